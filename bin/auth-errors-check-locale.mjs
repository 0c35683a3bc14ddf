#!/usr/bin/env node
// Usage: auth-errors-check-locale <file.json> [--base en|<file.json>] [--lng <tag>]
// Reports missing and extra keys, placeholders that differ and missing plural categories.
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLocale } from './check-locale.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const base = option('--base') ?? 'en';
let lng = option('--lng');
const file = args.find((arg) => !arg.startsWith('-'));

if (!file || args.includes('--help') || args.includes('-h')) {
  console.log('Usage: auth-errors-check-locale <file.json> [--base en|<file.json>] [--lng <tag>]');
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
const basePath = base.endsWith('.json') ? resolve(base) : resolve(here, '..', 'locales', base, 'auth-errors.json');
// The language comes from --lng, else from locales/<lng>/auth-errors.json, else from <lng>.json.
lng ??= basename(file) === 'auth-errors.json' ? basename(dirname(resolve(file))) : basename(file, '.json');

const problems = checkLocale(read(basePath), read(resolve(file)), lng);
if (problems.length === 0) {
  console.log(`${file}: complete (${lng}, checked against ${base}).`);
} else {
  console.error(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'} (${lng}, checked against ${base}):`);
  for (const problem of problems) console.error(`  ${problem.kind.padEnd(11)} ${problem.key} ${problem.message}`);
  process.exit(1);
}
