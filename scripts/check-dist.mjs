#!/usr/bin/env node
// `npm run check:dist`: checks the built files (run `npm run build` first).
//
// 1. Lazy loading: the modules an entry loads up front (its static import graph, ESM and CommonJS)
//    hold no copy of any language but English: no `dist/locales/<lng>` module other than `en`, and
//    none of another language's strings.
// 2. One copy of each bundle: the entry's `import()`s load `dist/locales/<lng>.{mjs,cjs}`, the very
//    files `@intelliauth/react-auth-errors/locales/<lng>` resolves to, one per shipped language.
// 3. 'use client': every built module starts with the directive exactly when its source does.
// 4. `./styles.css` resolves to the same file through `import` and `require`; no built module
//    imports another only for its side effects (which bundlers drop with a warning).
// 5. `/toast` and `/delivery` load nothing of the kit that the root entry does not load up front
//    (their size budgets count only what they add), and the root entry loads neither.
// 6. Each `/adapters/<provider>` is pure and stands alone: it loads nothing outside dist/adapters/
//    (not the root entry, no React, no package at all), and the root entry loads none of it.
// 7. `/core` loads only the pure functions and the catalogue, and no package at all.
// 8. Each integration (`/tanstack-query`, `/react-hook-form`, `/react-router`, `/next`) loads no
//    package but its own library and the kit's peers, and nothing of the kit that the root entry
//    does not; the root entry loads none of it and none of those libraries. `/next` is
//    server-safe: what a server component evaluates of it (its modules up to the 'use client'
//    ones, which stay client references) loads no package at all, React included.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { localeStrings } from './lib/localeStrings.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

if (!existsSync(join(dist, 'index.mjs'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(2);
}

let failures = 0;
const check = (ok, message, detail) => {
  console.log(`  ${ok ? '✓' : '✗'} ${message}`);
  if (!ok) {
    failures += 1;
    if (detail) console.log(`      ${detail}`);
  }
};
const rel = (path) => relative(root, path);

const languages = readdirSync(join(root, 'locales'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const others = languages.filter((lng) => lng !== 'en');

/**
 * The relative specifiers a built module loads: `static` ones (import/export … from, and a
 * `require()` outside any function) and `lazy` ones (`import()`, or a `require()` inside a
 * function, which is how the CommonJS build writes `import()`).
 */
function specifiers(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const found = { static: [], lazy: [] };
  const insideFunction = (node) => {
    for (let parent = node.parent; parent; parent = parent.parent) if (ts.isFunctionLike(parent)) return true;
    return false;
  };
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      found.static.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0])) {
      const target = node.arguments[0].text;
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword) found.lazy.push(target);
      else if (ts.isIdentifier(node.expression) && node.expression.text === 'require') {
        (insideFunction(node) ? found.lazy : found.static).push(target);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const local = (list) => list.filter((s) => s.startsWith('.')).map((s) => resolve(dirname(file), s));
  const packages = [...found.static, ...found.lazy].filter((s) => !s.startsWith('.'));
  return { static: local(found.static), lazy: local(found.lazy), packages };
}

/** Every module `entry` loads up front, and every module loaded on demand from those (and from those, in turn). */
function graph(entry) {
  const upFront = new Set();
  const lazy = new Set();
  const packages = new Set();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift();
    if (upFront.has(file)) continue;
    upFront.add(file);
    const found = specifiers(file);
    queue.push(...found.static);
    for (const target of found.lazy) lazy.add(target);
    for (const name of found.packages) packages.add(name);
  }
  // What a lazily loaded module loads is on demand too (the table of loaders, then each language).
  for (const file of lazy) {
    if (upFront.has(file) || !/\.(mjs|cjs)$/.test(file) || dirname(file) === join(dist, 'locales')) continue;
    const found = specifiers(file);
    for (const target of [...found.static, ...found.lazy]) lazy.add(target);
  }
  return { upFront, lazy, packages };
}

const strings = (lng) => localeStrings(root, lng);
const english = strings('en');
/**
 * Strings of `lng`'s bundle that cannot appear in English code: at least 8 characters (so not
 * "OK") and not part of any English string ("{{count, number}} minut" is in "… minutes").
 */
const ownStrings = (lng) => strings(lng).filter((s) => s.length >= 8 && !english.some((e) => e.includes(s)));
const foreign = others.map((lng) => ({ lng, strings: ownStrings(lng) }));

// Entries from the exports map: `.` and every other subpath that is a JavaScript module.
const moduleEntries = Object.entries(pkg.exports)
  .filter(([subpath, target]) => typeof target === 'object' && !subpath.includes('*'))
  .map(([subpath, target]) => ({ subpath, esm: join(root, target.import.default), cjs: join(root, target.require.default) }));

// Each integration's entry, and the one library (an optional peer) it may load besides the kit's.
const INTEGRATIONS = {
  './tanstack-query': '@tanstack/react-query',
  './react-hook-form': 'react-hook-form',
  './react-router': 'react-router',
  './next': 'next',
};
const KIT_PEERS = ['react', 'react-dom', 'i18next', 'react-i18next'];
const packageName = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
const isClientModule = (file) => /^\s*['"]use client['"]/.test(readFileSync(file, 'utf8'));

/** What a React Server Components bundler evaluates of an entry: its modules, stopping at 'use client' ones. */
function serverGraph(entry) {
  const modules = new Set();
  const packages = new Set();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift();
    if (modules.has(file) || isClientModule(file)) continue;
    modules.add(file);
    const found = specifiers(file);
    queue.push(...found.static);
    for (const name of found.packages) packages.add(name);
  }
  return { modules, packages };
}

const selfRequire = createRequire(join(root, 'package.json'));
const resolveEsm = (specifier) => fileURLToPath(import.meta.resolve(specifier, pathToFileURL(join(root, 'package.json')).href));

const upFrontOf = {};
for (const entry of moduleEntries) {
  for (const [kind, file, ext] of [
    ['ESM', entry.esm, 'mjs'],
    ['CommonJS', entry.cjs, 'cjs'],
  ]) {
    console.log(`\n▸ ${pkg.name}${entry.subpath.slice(1)} (${kind}, ${rel(file)})`);
    if (!existsSync(file)) {
      check(false, `${rel(file)} exists`);
      continue;
    }
    const { upFront, lazy, packages } = graph(file);
    upFrontOf[`${entry.subpath} ${kind}`] = upFront;
    const localeFiles = [...upFront].filter((path) => dirname(path) === join(dist, 'locales'));
    check(
      localeFiles.every((path) => path === join(dist, 'locales', `en.${ext}`)),
      `loads no language but English up front (${upFront.size} modules)`,
      localeFiles.map(rel).join(', '),
    );
    const text = [...upFront].map((path) => readFileSync(path, 'utf8')).join('\n');
    const leaked = foreign
      .map(({ lng, strings }) => ({ lng, found: strings.filter((s) => text.includes(s)) }))
      .filter(({ found }) => found.length > 0);
    check(
      leaked.length === 0,
      `holds none of the ${foreign.reduce((n, { strings }) => n + strings.length, 0)} strings of the ${others.length} other languages`,
      leaked.map(({ lng, found }) => `${lng}: ${JSON.stringify(found[0])}${found.length > 1 ? ` and ${found.length - 1} more` : ''}`).join('; '),
    );
    if (entry.subpath.startsWith('./adapters/')) {
      const adapters = join(dist, 'adapters');
      const outside = [...upFront].filter((path) => !path.startsWith(adapters + sep));
      check(outside.length === 0, 'loads nothing outside dist/adapters/ (not the root entry)', outside.map(rel).join(', '));
      check(packages.size === 0, 'imports no package (no React, no i18next)', [...packages].join(', '));
      continue;
    }
    if (entry.subpath === './core') {
      // The pure functions and the catalogue, for Node, workers and edge runtimes without React.
      const allowed = ['core', 'catalogue'].map((folder) => join(dist, folder) + sep);
      const outside = [...upFront, ...lazy].filter((path) => !allowed.some((folder) => path.startsWith(folder)) && path !== join(dist, `dev.${ext}`));
      check(outside.length === 0, 'loads nothing but dist/core/ and dist/catalogue/', outside.map(rel).join(', '));
      check(packages.size === 0, 'imports no package (runs without React or i18next installed)', [...packages].join(', '));
      continue;
    }
    if (entry.subpath === '.') {
      const adapters = [...upFront, ...lazy].filter((path) => path.startsWith(join(dist, 'adapters') + sep));
      check(adapters.length === 0, 'loads none of the provider adapters', adapters.map(rel).join(', '));
      const entries = [...upFront, ...lazy].filter((path) => ['toast', 'delivery'].some((folder) => path.startsWith(join(dist, folder) + sep)));
      check(entries.length === 0, 'loads neither /toast nor /delivery', entries.map(rel).join(', '));
      const integrations = [...upFront, ...lazy].filter((path) => path.startsWith(join(dist, 'integrations') + sep));
      check(integrations.length === 0, 'loads none of the integrations', integrations.map(rel).join(', '));
      const libraries = [...packages].filter((name) => Object.values(INTEGRATIONS).includes(packageName(name)));
      check(libraries.length === 0, `imports none of their libraries (${Object.values(INTEGRATIONS).join(', ')})`, libraries.join(', '));
    }
    if (entry.subpath in INTEGRATIONS) {
      const allowed = [...KIT_PEERS, INTEGRATIONS[entry.subpath]];
      const others = [...packages].filter((name) => !allowed.includes(packageName(name)));
      check(others.length === 0, `imports no package but ${INTEGRATIONS[entry.subpath]} and the kit's peers`, others.join(', '));
    }
    if (entry.subpath === './next') {
      const server = serverGraph(file);
      check(
        server.packages.size === 0,
        `server-safe: the ${server.modules.size} modules a server component evaluates (up to the 'use client' ones) load no package, React included`,
        [...server.packages].join(', '),
      );
    }
    if (entry.subpath !== '.') {
      // The size budget of a subpath entry counts only what it adds to the root entry's.
      const own = dirname(file);
      const root = upFrontOf[`. ${kind}`] ?? new Set();
      const extra = [...upFront].filter((path) => !path.startsWith(own + sep) && !root.has(path));
      check(extra.length === 0, `loads nothing of the kit outside ${rel(own)}/ that the root entry does not`, extra.map(rel).join(', '));
      continue;
    }
    const lazyLocales = [...lazy].filter((path) => dirname(path) === join(dist, 'locales')).sort();
    const expected = others.map((lng) => join(dist, 'locales', `${lng}.${ext}`)).sort();
    check(
      JSON.stringify(lazyLocales) === JSON.stringify(expected),
      `loads each of the ${others.length} other languages on demand from dist/locales/<lng>.${ext}`,
      `got ${lazyLocales.map(rel).join(', ')}`,
    );
    const resolveLocale = kind === 'ESM' ? resolveEsm : (specifier) => selfRequire.resolve(specifier);
    const mismatched = others.filter((lng) => resolveLocale(`${pkg.name}/locales/${lng}`) !== join(dist, 'locales', `${lng}.${ext}`));
    check(mismatched.length === 0, `${pkg.name}/locales/<lng> resolves to those same files`, mismatched.join(', '));
    const english = resolveLocale(`${pkg.name}/locales/en`);
    check(upFront.has(english), `${pkg.name}/locales/en is the English bundle the entry loads (${rel(english)})`);
  }
}

console.log("\n▸ 'use client' at the top of every built module whose source has it, and only there");
const sourceOf = (built) => {
  const base = join(root, 'src', relative(dist, built).replace(/\.(mjs|cjs)$/, ''));
  return ['.tsx', '.ts'].map((ext) => base + ext).find(existsSync);
};
const directive = /^\s*['"]use client['"]/;
let clientModules = 0;
const wrong = [];
(function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (/\.(mjs|cjs)$/.test(entry.name)) {
      const source = sourceOf(path);
      const wanted = source ? directive.test(readFileSync(source, 'utf8')) : false;
      if (wanted) clientModules += 1;
      if (directive.test(readFileSync(path, 'utf8')) !== wanted) wrong.push(`${rel(path)} (${wanted ? 'missing' : 'unexpected'})`);
    }
  }
})(dist);
check(wrong.length === 0, `${clientModules} built client modules (ESM and CommonJS) start with it`, wrong.join(', '));

// A bare `import "./x.mjs"` is left behind when the build inlines the only thing a module took
// from another (a constant). The package declares no side effects, so bundlers drop it and warn
// about it in the app's build: none may ship.
console.log('\n▸ no import only for side effects between the kit\'s modules');
const bare = [];
(function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.mjs') && /^import ["']\.\.?\//m.test(readFileSync(path, 'utf8'))) bare.push(rel(path));
  }
})(dist);
check(bare.length === 0, 'no built ES module imports another of the kit without taking a binding from it', bare.join(', '));

console.log('\n▸ ./styles.css');
const cssImport = resolveEsm(`${pkg.name}/styles.css`);
const cssRequire = selfRequire.resolve(`${pkg.name}/styles.css`);
check(cssImport === cssRequire && existsSync(cssImport), `import and require both resolve it to ${rel(cssImport)}`);
check(
  readFileSync(cssImport, 'utf8') === readFileSync(join(root, 'src', 'styles.css'), 'utf8'),
  'it is src/styles.css as written',
);

console.log(failures === 0 ? '\ndist check passed.' : `\ndist check failed: ${failures} problem(s).`);
process.exit(failures === 0 ? 0 : 1);
