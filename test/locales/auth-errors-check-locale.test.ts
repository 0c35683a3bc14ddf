// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve(__dirname, '../../bin/auth-errors-check-locale.mjs');
const LOCALES_DIR = resolve(__dirname, '../../locales');
const read = (lng: string, file = 'auth-errors.json') => JSON.parse(readFileSync(resolve(LOCALES_DIR, lng, file), 'utf8'));

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
  it('should exit 0 and say so for a complete bundle, its terms checked with the glossary beside it', () => {
    const { status, stdout, stderr } = check([resolve(LOCALES_DIR, 'de/auth-errors.json')], LOCALES_DIR);

    expect(status).toBe(0);
    expect(stdout).toBe(`${resolve(LOCALES_DIR, 'de/auth-errors.json')}: complete (de, checked against en, terms from de/glossary.json).\n`);
    expect(stderr).toBe('');
  });

  it('should report the terms that drift from the glossary beside the bundle', () => {
    const fr = read('fr');
    fr.codes.network_error = 'Problème de connexion. Vérifiez votre accès à Internet et réessayez.';
    fr.codes.session_expired = 'Votre session a pris fin. Identifiez-vous pour continuer.';
    const file = write('locales/fr/auth-errors.json', fr);
    write('locales/fr/glossary.json', read('fr', 'glossary.json'));

    const { status, stderr } = check(['locales/fr/auth-errors.json']);
    expect(status).toBe(1);
    expect(stderr.split('\n')).toEqual([
      'locales/fr/auth-errors.json: 2 problems (fr, checked against en, terms from locales/fr/glossary.json):',
      '  term        codes.session_expired lacks the term signIn ("connect", "connexion"): the base says "sign in"',
      '  term        codes.network_error says "connexion" (signIn), a term the base does not use here',
      '',
    ]);
    expect(file).toContain(work);
  });

  it('should take the glossary from --glossary, and check no terms with --no-glossary', () => {
    const fr = read('fr');
    fr.codes.network_error = 'Problème de connexion. Réessayez.';
    const file = write('fr.json', fr);
    const glossary = write('terms/fr.json', read('fr', 'glossary.json'));

    const flagged = check([file, '--glossary', glossary]);
    expect(flagged.status).toBe(1);
    expect(flagged.stderr).toContain('term        codes.network_error says "connexion" (signIn), a term the base does not use here');

    const skipped = check([file, '--glossary', glossary, '--no-glossary']);
    expect(skipped.status).toBe(0);
    expect(skipped.stdout).toBe(`${file}: complete (fr, checked against en).\n`);
  });

  it('should say that terms were not checked when there is no glossary', () => {
    const { status, stdout } = check([write('de.json', read('de'))]);

    expect(status).toBe(0);
    expect(stdout).toContain('Terms not checked: no glossary.json beside the file (give one with --glossary).');
  });

  it('should check terms against a base given as a file only with --base-glossary', () => {
    const base = write('base/en.json', read('en'));
    const fr = read('fr');
    fr.codes.network_error = 'Problème de connexion. Réessayez.';
    write('locales/fr/glossary.json', read('fr', 'glossary.json'));
    const file = write('locales/fr/auth-errors.json', fr);

    const unchecked = check([file, '--base', base]);
    expect(unchecked.status).toBe(0);
    expect(unchecked.stdout).toContain(`Terms not checked: the base ${base} has no glossary (give one with --base-glossary).`);

    const checked = check([file, '--base', base, '--base-glossary', resolve(LOCALES_DIR, 'en/glossary.json')]);
    expect(checked.status).toBe(1);
    expect(checked.stderr).toContain('codes.network_error says "connexion" (signIn)');
  });

  it('should report a malformed glossary and exit 1', () => {
    write('locales/de/glossary.json', { terms: { signIn: 'anmelden' } });
    const { status, stderr } = check([write('locales/de/auth-errors.json', read('de'))]);

    expect(status).toBe(1);
    expect(stderr).toContain('  glossary    the de glossary\'s term "signIn" is not a list of forms (non-empty strings)\n');
  });

  it('should report spacing that breaks the language’s convention (Japanese: none between Japanese and Latin)', () => {
    const ja = read('ja');
    ja.delivery.title = 'Webhook の配信';
    const { status, stderr } = check([write('ja.json', ja)]);

    expect(status).toBe(1);
    expect(stderr).toContain('spacing     delivery.title has a space between Japanese and Latin letters or digits: "k の"');
  });

  it('should report a word mixing Latin letters with Cyrillic ones (Serbian "кôд" with a Latin ô)', () => {
    const sr = read('sr');
    sr.codes.backup_code_invalid = 'Резервни к\u00F4д није прихваћен.';
    const { status, stderr } = check([write('sr.json', sr)]);

    expect(status).toBe(1);
    expect(stderr).toContain('script      codes.backup_code_invalid has a word mixing Latin letters with Cyrillic ones: "кôд"');
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
      'Terms not checked: no glossary.json beside the file (give one with --glossary).',
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
    expect(stderr).toContain('(pl, checked against en, terms from ');
    expect(stderr).toContain('plural      hints.attemptsRemaining_few is missing (pl uses the plural categories few, many, one, other)');
  });

  it('should check against another shipped language with --base <lng>', () => {
    const { status, stdout } = check([resolve(LOCALES_DIR, 'nb/auth-errors.json'), '--base', 'da']);

    expect(status).toBe(0);
    expect(stdout).toContain('complete (nb, checked against da, terms from ');
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
    expect(stdout).toContain('[--glossary <glossary.json>] [--base-glossary <glossary.json>] [--no-glossary]');
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
