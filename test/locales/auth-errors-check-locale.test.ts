// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve(__dirname, '../../bin/auth-errors-check-locale.mjs');
const LOCALES_DIR = resolve(__dirname, '../../locales');
const read = (lng: string) => JSON.parse(readFileSync(resolve(LOCALES_DIR, lng, 'auth-errors.json'), 'utf8'));

/** Runs the command as an app would (`npx auth-errors-check-locale …`), from `cwd`. */
function check(args: string[], cwd = work) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status, stdout, stderr };
}

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'auth-errors-check-locale-'));
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Writes `bundle` to a file under the temporary directory and gives its path. */
function write(path: string, bundle: unknown) {
  const file = join(work, path);
  mkdirSync(resolve(file, '..'), { recursive: true });
  writeFileSync(file, JSON.stringify(bundle, null, 2));
  return file;
}

describe('auth-errors-check-locale', () => {
  it('should exit 0 and say so for a complete bundle', () => {
    const { status, stdout, stderr } = check([resolve(LOCALES_DIR, 'de/auth-errors.json')]);

    expect(status).toBe(0);
    expect(stdout).toMatch(/auth-errors\.json: complete \(de, checked against en\)\./);
    expect(stderr).toBe('');
  });

  it('should take the language from locales/<lng>/auth-errors.json, relative to where it runs', () => {
    write('locales/ru/auth-errors.json', read('ru'));
    const { status, stdout } = check(['locales/ru/auth-errors.json']);

    expect(status).toBe(0);
    expect(stdout).toContain('complete (ru, checked against en)');
  });

  it('should exit 1 with a readable report of every problem of a broken bundle', () => {
    const broken = read('ru');
    delete broken.codes.network_error;
    broken.codes.not_a_code = 'Лишний ключ.';
    broken.countdown.retryIn = 'Повторить попытку можно позже.';
    delete broken.duration.seconds_many;
    const file = write('locales/ru/auth-errors.json', broken);

    const { status, stdout, stderr } = check([file]);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toEqual([
      `${file}: 4 problems (ru, checked against en):`,
      '  missing     codes.network_error is missing',
      '  placeholder countdown.retryIn lacks the placeholder {{time}}',
      '  plural      duration.seconds_many is missing (ru uses the plural categories few, many, one, other)',
      '  extra       codes.not_a_code is not in the base bundle',
      '',
    ]);
  });

  it('should say "1 problem" for one', () => {
    const broken = read('de');
    broken.generic = '';
    const { status, stderr } = check([write('de.json', broken)]);

    expect(status).toBe(1);
    expect(stderr).toContain('de.json: 1 problem (de, checked against en):');
    expect(stderr).toContain('empty       generic is empty');
  });

  it('should take the language from <lng>.json, and from --lng over the file name', () => {
    const uk = read('uk');
    expect(check([write('uk.json', uk)]).status).toBe(0);

    const named = write('my-translation.json', uk);
    const guessed = check([named]);
    expect(guessed.status).toBe(1);
    expect(guessed.stderr).toContain('"my-translation" is not a language tag Intl.PluralRules understands');

    const told = check([named, '--lng', 'uk']);
    expect(told.status).toBe(0);
    expect(told.stdout).toContain('complete (uk, checked against en)');
  });

  it('should check the plural forms of the language given with --lng', () => {
    const { status, stderr } = check([resolve(LOCALES_DIR, 'de/auth-errors.json'), '--lng', 'pl']);

    expect(status).toBe(1);
    expect(stderr).toContain('(pl, checked against en)');
    expect(stderr).toContain('plural      hints.attemptsRemaining_few is missing (pl uses the plural categories few, many, one, other)');
  });

  it('should check against another shipped language with --base <lng>', () => {
    const { status, stdout } = check([resolve(LOCALES_DIR, 'nb/auth-errors.json'), '--base', 'da']);

    expect(status).toBe(0);
    expect(stdout).toContain('complete (nb, checked against da)');
  });

  it('should check against a JSON file with --base <file.json>', () => {
    const base = write('base.json', { generic: 'Oops.', codes: { x: 'Wait {{time}}.' } });
    const ok = check([write('fr.json', { generic: 'Oups.', codes: { x: 'Attendez {{time}}.' } }), '--base', base]);
    expect(ok.status).toBe(0);

    const bad = check([write('es.json', { generic: 'Ups.' }), '--base', base]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(`(es, checked against ${base})`);
    expect(bad.stderr).toContain('missing     codes.x is missing');
  });

  it('should accept the options before the file', () => {
    expect(check(['--lng', 'uk', '--base', 'en', write('bundle.json', read('uk'))]).status).toBe(0);
  });

  it('should print its usage and exit 2 without a file', () => {
    const { status, stdout } = check([]);

    expect(status).toBe(2);
    expect(stdout).toContain('Usage: auth-errors-check-locale <file.json> [--base en|<file.json>] [--lng <tag>]');
  });

  it('should exit 2 for a file it cannot read or parse', () => {
    const missing = check([join(work, 'nope.json')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Cannot read');

    writeFileSync(join(work, 'de.json'), '{ "generic": ');
    const unparsable = check([join(work, 'de.json')]);
    expect(unparsable.status).toBe(2);
    expect(unparsable.stderr).toContain('Cannot read');
  });
});
