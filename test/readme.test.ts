import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AUTH_ERROR_CODES, catalogue, resolveOutcome } from '../src';
import en from '../locales/en/auth-errors.json';
import { directionOf } from './helpers/direction';
import { importsKit, logsOf } from './helpers/readmeExamples';

const README = resolve(__dirname, '../README.md');
const LOCALES_DIR = resolve(__dirname, '../locales');
const START = '<!-- catalogue-table:start (generated from src/catalogue and locales/en: npm run docs:readme) -->';
const END = '<!-- catalogue-table:end -->';
const LANGUAGES_START = '<!-- languages-table:start (generated from locales/: npm run docs:readme) -->';
const LANGUAGES_END = '<!-- languages-table:end -->';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The catalogue as a Markdown table: code → family → outcome → retry policy → English copy. */
function catalogueTable(): string {
  const rows = AUTH_ERROR_CODES.map((code) => {
    const entry = catalogue[code];
    const bundle: Record<string, string> = entry.outcome === 'delivery' ? en.delivery : en.codes;
    // A counted message (receiver_timeout) shows with the count the kit passes it.
    const { messageValues } = resolveOutcome({ code });
    const text = messageValues ? (bundle[`${code}_other`] ?? '').replace('{{count, number}}', String(messageValues.count)) : (bundle[code] ?? '');
    const copy = entry.display === 'hidden' ? '*(not shown)*' : cell(text);
    return `| \`${code}\` | ${entry.family} | ${entry.outcome} | ${entry.retry} | ${copy} |`;
  });
  return ['| Code | Family | Outcome | Retry | English copy |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/** A language's name in that language ("Deutsch", "português (Brasil)"), capitalised as the language does. */
function nativeName(lng: string): string {
  const name = new Intl.DisplayNames([lng], { type: 'language' }).of(lng) ?? lng;
  return name.charAt(0).toLocaleUpperCase(lng) + name.slice(1);
}

/** Every folder under locales/ as a Markdown table: code → native name → direction → register (from its glossary). */
function languagesTable(): string {
  const rows = readdirSync(LOCALES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((lng) => {
      const { register } = JSON.parse(readFileSync(resolve(LOCALES_DIR, lng, 'glossary.json'), 'utf8')) as { register?: string };
      return `| \`${lng}\` | ${cell(nativeName(lng))} | ${directionOf(lng)} | ${cell(register ?? '')} |`;
    });
  return ['| Code | Language | Direction | Register |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

function readmeSection(readme: string, start = START, end = END): string | undefined {
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  return from === -1 || to < from ? undefined : readme.slice(from + start.length, to).trim();
}

/** `readme` with the text between the markers replaced by `table`. */
function withTable(readme: string, start: string, end: string, table: string): string {
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  expect(from, `README.md needs the markers ${start} … ${end}`).toBeGreaterThan(-1);
  expect(to).toBeGreaterThan(from);
  return `${readme.slice(0, from + start.length)}\n\n${table}\n\n${readme.slice(to)}`;
}

/** The first ```ts block after the "## Quick start" heading. */
function quickStart(readme: string): string {
  const section = readme.slice(readme.indexOf('## Quick start'));
  const match = /```ts\n([\s\S]*?)```/.exec(section);
  if (!match?.[1]) throw new Error('README.md has no ```ts block under "## Quick start"');
  return match[1];
}

describe('README.md', () => {
  if (process.env.UPDATE_README) {
    it('should be rewritten with the catalogue and language tables generated from the code', () => {
      const readme = readFileSync(README, 'utf8');
      const withCatalogue = withTable(readme, START, END, catalogueTable());
      writeFileSync(README, withTable(withCatalogue, LANGUAGES_START, LANGUAGES_END, languagesTable()));
    });
    return;
  }

  it('should contain the catalogue table generated from the code (run npm run docs:readme to update it)', () => {
    expect(readmeSection(readFileSync(README, 'utf8'))).toBe(catalogueTable());
  });

  it('should list every language under locales/ in its table (run npm run docs:readme to update it)', () => {
    expect(readmeSection(readFileSync(README, 'utf8'), LANGUAGES_START, LANGUAGES_END)).toBe(languagesTable());
  });

  it('should have a quick start that runs as written and logs what its comments say', async () => {
    const code = quickStart(readFileSync(README, 'utf8'));
    const expected = [...code.matchAll(/console\.log\(.*\); \/\/ → (.*)$/gm)].map((match) => match[1]);
    expect(importsKit(code)).toBe(true);
    const logged = await logsOf(code);

    expect(expected.length).toBeGreaterThan(0);
    expect(logged).toEqual(expected);
  });
});
