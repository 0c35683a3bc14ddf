#!/usr/bin/env node
// `npm run check:package`: publint --strict and @arethetypeswrong/cli (attw) --pack on the built
// package. Run `npm run build` first.
//
// attw does not resolve wildcard subpaths, so each shipped language's `./locales/<lng>` is named
// explicitly; `./styles.css` has no types to check.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');

if (!existsSync(join(root, 'dist', 'index.mjs'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(2);
}

const languages = readdirSync(join(root, 'locales'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const run = (label, args) => {
  console.log(`\n▸ ${label}`);
  const result = spawnSync('npx', ['--no-install', ...args], { cwd: root, stdio: 'inherit' });
  return result.status === 0;
};

const results = [
  run('publint --strict', ['publint', '--strict']),
  run(`attw --pack (every entry, and ./locales/<lng> for ${languages.length} languages)`, [
    'attw',
    '--pack',
    '.',
    '--format',
    'table-flipped',
    '--exclude-entrypoints',
    './styles.css',
    '--include-entrypoints',
    ...languages.map((lng) => `./locales/${lng}`),
  ]),
];

if (results.every(Boolean)) {
  console.log('\nPackage check passed.');
} else {
  console.error('\nPackage check failed.');
  process.exit(1);
}
