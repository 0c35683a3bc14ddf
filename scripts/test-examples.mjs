#!/usr/bin/env node
// `npm run test:examples`: the example apps under examples/, each built for production and driven
// in Chromium against the packed kit, as a user would install it.
//
// 1. `npm run build` and `npm pack`: the tarball at the repository root
//    (intelliauth-react-auth-errors-<version>.tgz), which every example depends on as
//    `file:../../intelliauth-react-auth-errors-<version>.tgz`.
// 2. For every examples/<name>/ with a package.json, in turn: `npm install` (everything from the
//    example's package-lock.json, through npm's cache, which stays between runs: ~/.npm, or
//    wherever `npm_config_cache` points; the kit from the tarball just packed), `npm run build`
//    (a production build), `npm run e2e` (starts the production server, drives
//    /usr/bin/chromium, stops the server).
// Stops at the first failure, naming the example and the step.
//
// Usage: npm run test:examples [-- <name>…]   (needs the npm registry for a cold cache, and Chromium)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const tarball = `${pkg.name.replace('@', '').replace('/', '-')}-${pkg.version}.tgz`;
const only = process.argv.slice(2);
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

function run(label, command, args, cwd) {
  const since = Date.now();
  console.log(`\n▸ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) {
    console.error(`\n✗ ${label} failed (${command} ${args.join(' ')} exited with ${result.status ?? result.signal}).`);
    console.error(`Examples: failed after ${seconds(started)}.`);
    process.exit(1);
  }
  console.log(`  (${seconds(since)})`);
}

const examples = readdirSync(join(root, 'examples'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(root, 'examples', entry.name, 'package.json')))
  .map((entry) => entry.name)
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();
if (examples.length === 0) {
  console.error(`No example to run${only.length ? ` named ${only.join(', ')}` : ''} under examples/.`);
  process.exit(1);
}

run('the kit: build', 'npm', ['run', 'build', '--silent'], root);
run(`the kit: pack (${tarball})`, 'npm', ['pack', '--silent', '--pack-destination', root], root);
if (!existsSync(join(root, tarball))) {
  console.error(`✗ npm pack did not write ${tarball} at the repository root.`);
  process.exit(1);
}

for (const name of examples) {
  const dir = join(root, 'examples', name);
  const since = Date.now();
  console.log(`\n━━ examples/${name}`);
  // The tarball changes with every build of the kit, while the lockfile holds the integrity of
  // the one packed when it was written (and npm's cache may hold that one under it): the tarball
  // is named explicitly so that npm installs it as it is now, without saving (package.json and
  // the lockfile stay as committed).
  run(`examples/${name}: install`, 'npm', ['install', '--no-audit', '--no-fund', '--no-save', '--prefer-offline', '--loglevel=error', `../../${tarball}`], dir);
  run(`examples/${name}: production build`, 'npm', ['run', 'build'], dir);
  run(`examples/${name}: e2e in Chromium`, 'npm', ['run', 'e2e'], dir);
  console.log(`\n✓ examples/${name} passed in ${seconds(since)}.`);
}

console.log(`\nExamples passed: ${examples.join(', ')} in ${seconds(started)}.`);
