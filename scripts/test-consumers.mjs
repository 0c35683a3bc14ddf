#!/usr/bin/env node
// `npm run test:consumers`: the packed package in fresh projects, installed the way users install
// it, once with React 18.3 and once with React 19 (needs the npm registry; run `npm run build`
// first). In each project:
// - test/consumers/render.mjs: import the kit (ESM), render an AuthErrorBoundary outcome with
//   react-dom/server, then with createRoot in jsdom where a child throws a coded error, then in
//   German, whose bundle loads on demand;
// - test/consumers/render.cjs: the same through `require`;
// - `vite build` of test/consumers/vite-app (a tiny app importing the kit and its stylesheet): the
//   build succeeds, the chunks the page loads up front hold no language but English, and each other
//   language is a chunk of its own;
// - what the kit adds to an app's production build, i18next and react-i18next included:
//   test/consumers/vite-cost (a typical app's import) against vite-baseline (the page without it).
// Usage: npm run test:consumers [-- --keep]
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import { localeStrings } from './lib/localeStrings.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const keep = process.argv.includes('--keep');
const dev = (name) => `${name}@${pkg.devDependencies[name]}`;

const REACT_MAJORS = [
  { label: 'React 18', packages: ['react@18.3.1', 'react-dom@18.3.1'] },
  { label: 'React 19', packages: [dev('react'), dev('react-dom')] },
];
const TOOLS = [dev('i18next'), dev('react-i18next'), dev('jsdom'), dev('vite'), dev('@vitejs/plugin-react')];

const run = (command, args, cwd) =>
  new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) =>
      code === 0 ? done(stdout) : fail(new Error(`${command} ${args.join(' ')} exited with ${code}\n${stderr || stdout}`)),
    );
  });

let failures = 0;
const check = (ok, message) => {
  console.log(`  ${ok ? '✓' : '✗'} ${message}`);
  if (!ok) failures += 1;
};

// Each language's own strings: at least 8 characters, and in no other language (English included,
// even as part of a longer string: "{{count, number}} sekund" is Danish, Swedish and more), to find
// where each language went in the app's build.
const strings = (lng) => localeStrings(root, lng);
const all = readdirSync(join(root, 'locales'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => ({ lng: entry.name, strings: strings(entry.name) }));
const english = all.find(({ lng }) => lng === 'en').strings;
const foreign = all
  .filter(({ lng }) => lng !== 'en')
  .map(({ lng, strings: own }) => ({
    lng,
    strings: own.filter((s) => s.length >= 8 && all.every((other) => other.lng === lng || !other.strings.some((o) => o.includes(s)))),
  }));

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

/** Builds the Vite app in `app` (vite-app's page and config, its own src/) and measures the JavaScript its page loads up front, brotli. */
async function upFrontBrotli(app) {
  for (const file of ['index.html', 'vite.config.mjs']) cpSync(join(app, '..', 'vite-app', file), join(app, file));
  await run('npx', ['--no-install', 'vite', 'build', '--manifest'], app);
  const out = join(app, 'dist');
  const manifest = JSON.parse(readFileSync(join(out, '.vite', 'manifest.json'), 'utf8'));
  const files = new Set();
  const queue = [Object.values(manifest).find((chunk) => chunk.isEntry)];
  while (queue.length > 0) {
    const chunk = queue.shift();
    if (!chunk || files.has(chunk.file)) continue;
    files.add(chunk.file);
    queue.push(...(chunk.imports ?? []).map((key) => manifest[key]));
  }
  return [...files].reduce((sum, file) => sum + brotliCompressSync(readFileSync(join(out, file))).length, 0);
}

const scratch = mkdtempSync(join(tmpdir(), 'react-auth-errors-consumers-'));
try {
  console.log('▸ npm pack');
  const [packed] = JSON.parse(await run('npm', ['pack', '--json', '--pack-destination', scratch], root));
  const tarball = join(scratch, packed.filename);
  console.log(`  ${packed.filename}`);

  // Install every project at once: the registry is the slow part.
  const projects = REACT_MAJORS.map((major) => ({ ...major, dir: join(scratch, major.label.replace(' ', '-').toLowerCase()) }));
  console.log(`▸ npm install in ${projects.length} fresh projects: ${projects.map((p) => p.label).join(', ')}`);
  await Promise.all(
    projects.map(async (project) => {
      mkdirSync(project.dir, { recursive: true });
      writeFileSync(join(project.dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2));
      cpSync(join(root, 'test', 'consumers'), project.dir, { recursive: true });
      await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball, ...project.packages, ...TOOLS], project.dir);
    }),
  );

  for (const project of projects) {
    console.log(`\n▸ ${project.label}: render.mjs (import)`);
    for (const file of ['render.mjs', 'render.cjs']) {
      if (file === 'render.cjs') console.log(`▸ ${project.label}: render.cjs (require)`);
      try {
        const result = JSON.parse((await run('node', [file], project.dir)).trim().split('\n').pop());
        for (const [name, ok] of Object.entries(result)) check(ok, name);
      } catch (error) {
        check(false, `node ${file}: ${error.message}`);
      }
    }

    console.log(`▸ ${project.label}: vite build of a tiny app`);
    const app = join(project.dir, 'vite-app');
    try {
      await run('npx', ['--no-install', 'vite', 'build', '--manifest'], app);
      check(true, 'vite build succeeds');
    } catch (error) {
      check(false, `vite build: ${error.message}`);
      continue;
    }
    const out = join(app, 'dist');
    const manifest = JSON.parse(readFileSync(join(out, '.vite', 'manifest.json'), 'utf8'));
    const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
    // What the page loads up front: the entry chunk and the chunks it imports statically.
    const upFront = new Set();
    const queue = [entry];
    while (queue.length > 0) {
      const chunk = queue.shift();
      if (!chunk || upFront.has(chunk.file)) continue;
      upFront.add(chunk.file);
      queue.push(...(chunk.imports ?? []).map((key) => manifest[key]));
    }
    const upFrontText = [...upFront].map((file) => readFileSync(join(out, file), 'utf8')).join('\n');
    check(upFrontText.includes(english.find((s) => s.length > 20)), 'the up-front chunks hold the English copy');
    const leaked = foreign.filter(({ strings: own }) => own.some((s) => upFrontText.includes(s))).map(({ lng }) => lng);
    check(leaked.length === 0, `the up-front chunks hold no other language${leaked.length ? ` (found ${leaked.join(', ')})` : ''}`);
    const allChunks = Object.values(manifest).map((chunk) => chunk.file).filter((file) => file.endsWith('.js'));
    const homes = foreign.map(({ lng, strings: own }) => ({
      lng,
      files: allChunks.filter((file) => {
        const text = readFileSync(join(out, file), 'utf8');
        return own.some((s) => text.includes(s));
      }),
    }));
    check(
      homes.every(({ files }) => files.length === 1 && !upFront.has(files[0])) &&
        new Set(homes.map(({ files }) => files[0])).size === homes.length,
      `each of the ${homes.length} other languages is a lazy chunk of its own`,
    );
    const css = Object.values(manifest).flatMap((chunk) => chunk.css ?? []);
    check(css.some((file) => readFileSync(join(out, file), 'utf8').includes('.iae-root')), 'the stylesheet is bundled');

    // The whole cost: a typical app's import built for production (React, i18next and
    // react-i18next bundled), against the same page without the kit.
    console.log(`▸ ${project.label}: what the kit adds to an app's production build`);
    try {
      const [withKit, without] = await Promise.all(['vite-cost', 'vite-baseline'].map((name) => upFrontBrotli(join(project.dir, name))));
      check(withKit > without, `the kit with i18next and react-i18next: ${kB(withKit - without)} brotli up front (${kB(withKit)} with React, against ${kB(without)} for React alone)`);
    } catch (error) {
      check(false, `vite build of vite-cost / vite-baseline: ${error.message}`);
    }
  }
} finally {
  if (keep) console.log(`\nKept ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
}

console.log(failures === 0 ? '\nConsumer check passed.' : `\nConsumer check failed: ${failures} problem(s).`);
process.exit(failures === 0 ? 0 : 1);
