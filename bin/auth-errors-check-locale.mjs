#!/usr/bin/env node
// Usage: auth-errors-check-locale <file.json> [--base en|<file.json>] [--lng <tag>]
//        [--glossary <glossary.json>] [--base-glossary <glossary.json>] [--no-glossary]
// Reports missing and extra keys, placeholders that differ, missing plural categories, spacing
// that breaks the language's convention, words that mix Latin letters with Cyrillic, Greek, Arabic
// or Hebrew ones and, with a glossary, terms that drift.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkGlossary, checkLocale } from './check-locale.mjs';

const USAGE = `Usage: auth-errors-check-locale <file.json> [--base en|<file.json>] [--lng <tag>]
       [--glossary <glossary.json>] [--base-glossary <glossary.json>] [--no-glossary]

Checks a translation of the kit's copy against a base bundle (English by default): missing and
extra keys, placeholders, plural forms, spacing, and words that mix Latin letters with Cyrillic,
Greek, Arabic or Hebrew ones. With a glossary (the glossary.json beside the file, or --glossary),
it also checks that every string uses the language's approved terms where the base uses them, and
no term where the base has none.`;

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const flag = (name) => {
  const i = args.indexOf(name);
  if (i !== -1) args.splice(i, 1);
  return i !== -1;
};
const base = option('--base') ?? 'en';
let lng = option('--lng');
const glossaryOption = option('--glossary');
const baseGlossaryOption = option('--base-glossary');
const noGlossary = flag('--no-glossary');
const file = args.find((arg) => !arg.startsWith('-'));

if (!file || args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(file ? 0 : 2);
}

const read = (path) => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    console.error(`Cannot read ${path}: ${error.message}`);
    process.exit(2);
  }
};

const here = dirname(fileURLToPath(import.meta.url));
const shipped = (name, lngOfBase) => resolve(here, '..', 'locales', lngOfBase, name);
const baseIsFile = base.endsWith('.json');
const basePath = baseIsFile ? resolve(base) : shipped('auth-errors.json', base);
// The language comes from --lng, else from locales/<lng>/auth-errors.json, else from <lng>.json.
lng ??= basename(file) === 'auth-errors.json' ? basename(dirname(resolve(file))) : basename(file, '.json');

// The glossary: --glossary, else glossary.json beside the file. The base's: --base-glossary, else
// the shipped one of the base language (a base given as a file has none unless named).
const besideFile = resolve(dirname(resolve(file)), 'glossary.json');
const glossaryPath = noGlossary ? undefined : glossaryOption ? resolve(glossaryOption) : existsSync(besideFile) ? besideFile : undefined;
const baseGlossaryPath = baseGlossaryOption ? resolve(baseGlossaryOption) : baseIsFile ? undefined : shipped('glossary.json', base);

const baseBundle = read(basePath);
const target = read(resolve(file));
const problems = checkLocale(baseBundle, target, lng);
let terms = '';
let note = '';
if (glossaryPath && baseGlossaryPath) {
  problems.push(...checkGlossary(baseBundle, target, lng, read(baseGlossaryPath), read(glossaryPath), baseIsFile ? 'en' : base));
  const shown = relative(process.cwd(), glossaryPath);
  terms = `, terms from ${shown && !shown.startsWith('..') ? shown : glossaryPath}`;
} else if (glossaryPath) {
  note = `Terms not checked: the base ${base} has no glossary (give one with --base-glossary).`;
} else if (!noGlossary) {
  note = 'Terms not checked: no glossary.json beside the file (give one with --glossary).';
}

if (problems.length === 0) {
  console.log(`${file}: complete (${lng}, checked against ${base}${terms}).`);
  if (note) console.log(note);
} else {
  console.error(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'} (${lng}, checked against ${base}${terms}):`);
  for (const { kind, key, message } of problems) console.error(`  ${kind.padEnd(11)} ${key ? `${key} ` : ''}${message}`);
  if (note) console.error(note);
  process.exit(1);
}
