#!/usr/bin/env node
// Builds and packs the kit, installs the tarball in a scratch project outside the repository and
// checks what a user gets: the root entry loads through both `import` and `require` with every
// public foundation export, each language loads as `locales/<lng>`, each provider adapter loads
// as `adapters/<provider>`, each integration loads as `/<name>` beside its library, `/core`
// loads where React and i18next are not installed, the README quick start runs as written, client
// modules keep 'use client', publint and attw are clean (npm run check:package), and the locale
// checker runs.
// Usage: npm run test:pack   (needs the npm registry for the peer dependencies)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const keep = process.argv.includes('--keep');

/**
 * The foundation's names (issue 2) the root entry exports, with the type of value each must be;
 * `fromResponse` and `parseRetryAfter` are `/core`'s (checked below, where React is not installed).
 */
const EXPORTS = {
  AUTH_ERROR_CODES: 'object',
  catalogue: 'object',
  isAuthErrorCode: 'function',
  getFamily: 'function',
  toAuthError: 'function',
  resolveOutcome: 'function',
  shouldRetry: 'function',
  retryDelayMs: 'function',
  createCircuitBreaker: 'function',
  AUTH_ERRORS_NAMESPACE: 'string',
};

// Peers installed beside the tarball, at the versions the kit is developed against (the
// integrations' libraries too: optional peers, installed here to load those entries; `/next`
// loads nothing of Next.js, so Next.js is not installed).
const PEERS = ['react', 'react-dom', 'i18next', 'react-i18next', '@tanstack/react-query', 'react-hook-form', 'react-router'].map(
  (name) => `${name}@${pkg.devDependencies[name]}`,
);

const run = (command, args, cwd = root) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const step = (message) => console.log(`\n▸ ${message}`);
let failures = 0;
const check = (ok, message) => {
  console.log(`  ${ok ? '✓' : '✗'} ${message}`);
  if (!ok) failures += 1;
};

const scratch = mkdtempSync(join(tmpdir(), 'react-auth-errors-pack-'));
try {
  step('npm run build');
  run('npm', ['run', 'build', '--silent']);

  step('npm pack');
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch]));
  const tarball = join(scratch, packed.filename);
  const files = packed.files.map((file) => file.path);
  console.log(`  ${packed.filename}: ${files.length} files, ${(packed.size / 1024).toFixed(1)} kB`);
  check(files.includes('dist/index.mjs') && files.includes('dist/index.cjs'), 'the tarball holds the ESM and CJS builds');
  check(files.includes('dist/index.d.mts') && files.includes('dist/index.d.cts'), 'the tarball holds the type declarations');
  check(files.includes('locales/en/auth-errors.json'), 'the tarball holds the English bundle');
  check(files.includes('bin/auth-errors-check-locale.mjs'), 'the tarball holds the locale checker');
  const stray = files.filter((file) => !/^(dist|bin|locales)\/|^(package\.json|README\.md|LICENSE)$/.test(file));
  check(stray.length === 0, `nothing outside the files whitelist${stray.length ? `: ${stray.join(', ')}` : ''}`);

  check(
    files.includes('dist/locales/de.mjs') && files.includes('dist/locales/de.cjs') && files.includes('dist/locales/de.d.mts'),
    'the tarball holds each language as a module with its types (dist/locales/<lng>)',
  );
  check(files.includes('dist/styles.css'), 'the tarball holds the stylesheet');

  step('npm run check:package (publint --strict, attw)');
  try {
    execFileSync('node', [join(root, 'scripts', 'check-package.mjs')], { cwd: root, stdio: 'inherit' });
    check(true, 'publint and attw are clean');
  } catch {
    check(false, 'publint and attw are clean');
  }

  step(`install the tarball in ${scratch} with ${PEERS.join(' ')}`);
  const project = join(scratch, 'project');
  run('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'pack-check', private: true }, null, 2));
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball, ...PEERS], project);
  const installed = join(project, 'node_modules', ...pkg.name.split('/'));

  const probe = (load) => `
    ${load}
    const expected = ${JSON.stringify(EXPORTS)};
    const result = {};
    for (const [name, type] of Object.entries(expected)) result[name] = typeof kit[name] === type;
    const outcome = kit.resolveOutcome(kit.toAuthError({ code: 'account_locked', details: { retry_after_s: '60' } }));
    result['toAuthError → resolveOutcome works'] = outcome.kind === 'countdown' && outcome.retryAfterS === 60;
    result['AUTH_ERROR_CODES has 45 codes'] = kit.AUTH_ERROR_CODES.length === 45;
    result['locales/de is the German bundle'] = typeof de.codes.invalid_credentials === 'string' && de.codes.invalid_credentials !== en.codes.invalid_credentials;
    console.log(JSON.stringify(result));`;
  for (const [label, file, source] of [
    [
      'import',
      'probe.mjs',
      probe(`import * as kit from '${pkg.name}'; import de from '${pkg.name}/locales/de'; import en from '${pkg.name}/locales/en';`),
    ],
    [
      'require',
      'probe.cjs',
      probe(
        `const kit = require('${pkg.name}'); const de = require('${pkg.name}/locales/de').default; const en = require('${pkg.name}/locales/en').default;`,
      ),
    ],
  ]) {
    step(`load the root entry with ${label}`);
    writeFileSync(join(project, file), source);
    let result = {};
    try {
      result = JSON.parse(run('node', [file], project));
    } catch (error) {
      check(false, `node ${file} failed: ${error.message}`);
    }
    for (const [name, ok] of Object.entries(result)) check(ok, name);
  }

  // Each provider adapter, through import and require: a typical error of that provider becomes
  // the catalogue code the README's table gives.
  const ADAPTERS = {
    auth0: ['fromAuth0Error', { error: 'too_many_attempts', error_description: 'blocked' }, 'account_locked'],
    clerk: ['fromClerkError', { status: 422, errors: [{ code: 'form_password_incorrect', message: 'x' }] }, 'invalid_credentials'],
    supabase: ['fromSupabaseError', { name: 'AuthApiError', status: 400, code: 'invalid_credentials' }, 'invalid_credentials'],
    firebase: ['fromFirebaseError', { name: 'FirebaseError', code: 'auth/user-disabled' }, 'account_disabled'],
    cognito: ['fromCognitoError', { name: 'NotAuthorizedException', message: 'Password attempts exceeded' }, 'account_locked'],
  };
  for (const [label, file, load] of [
    ['import', 'adapters.mjs', (provider) => `(await import('${pkg.name}/adapters/${provider}'))`],
    ['require', 'adapters.cjs', (provider) => `require('${pkg.name}/adapters/${provider}')`],
  ]) {
    step(`load each provider adapter with ${label}`);
    const lines = Object.entries(ADAPTERS).map(
      ([provider, [name, input, code]]) =>
        `result[${JSON.stringify(`/adapters/${provider}: ${name} → ${code}`)}] = ${load(provider)}.${name}(${JSON.stringify(input)}).code === ${JSON.stringify(code)};`,
    );
    const body = `const result = {};\n${lines.join('\n')}\nconsole.log(JSON.stringify(result));`;
    writeFileSync(join(project, file), label === 'import' ? body : `(async () => {\n${body}\n})();`);
    let result = {};
    try {
      result = JSON.parse(run('node', [file], project));
    } catch (error) {
      check(false, `node ${file} failed: ${error.message}`);
    }
    for (const [name, ok] of Object.entries(result)) check(ok, name);
  }

  // Each integration, through import and require, beside its library: what it exports works.
  const INTEGRATIONS = {
    'tanstack-query': {
      'authErrorRetry retries a failed fetch, not wrong credentials': `m.authErrorRetry(0, new TypeError('Failed to fetch')) && !m.authErrorRetry(0, { code: 'invalid_credentials' })`,
      'authErrorRetryDelay waits out Retry-After': `m.authErrorRetryDelay(0, { code: 'rate_limited', details: { retry_after_s: 5 } }) >= 5000`,
      'authErrorThrowOnError throws session_expired only': `m.authErrorThrowOnError({ code: 'session_expired' }) && !m.authErrorThrowOnError({ code: 'validation_failed' })`,
      'QueryAuthErrorBoundary is a component': `typeof m.QueryAuthErrorBoundary === 'function'`,
    },
    'react-hook-form': {
      'setAuthFieldErrors calls setError per field': `(() => { const set = []; const names = m.setAuthFieldErrors({ setError: (name, error) => set.push([name, error.message]), getFieldState: () => ({}) }, { code: 'validation_failed', details: { fields: { email: 'Bad.' } } }); return JSON.stringify([names, set]) === '[["email"],[["email","Bad."]]]'; })()`,
      'useAuthErrorForm is a hook': `typeof m.useAuthErrorForm === 'function'`,
    },
    'react-router': {
      'RouteAuthErrorBoundary is a component': `typeof m.RouteAuthErrorBoundary === 'function'`,
      'throwAuthError throws a response with the status kept and the code and Retry-After in its body': `(() => { try { m.throwAuthError({ code: 'rate_limited', status: 429, details: { retry_after_s: 5 } }); } catch (r) { return r.init.status === 429 && r.data.code === 'rate_limited' && r.data.details.retry_after_s === 5; } })()`,
    },
    // Not an integration, an entry of its own: loaded the same way.
    delivery: {
      'DeliveryStatus is a component (forwardRef)': `typeof m.DeliveryStatus === 'object' && typeof m.DeliveryStatus.render === 'function'`,
    },
    next: {
      'AuthErrorPage and NextAuthErrorProvider are components': `typeof m.AuthErrorPage === 'function' && typeof m.NextAuthErrorProvider === 'function'`,
      'throwAuthError survives redaction (the digest alone gives the code and the wait back, not the message)': `(() => { try { m.throwAuthError({ code: 'account_locked', message: 'secret', details: { retry_after_s: 30 } }); } catch (e) { const read = core.toAuthError(Object.assign(new Error('redacted'), { digest: e.digest })); return read.code === 'account_locked' && read.details?.retry_after_s === 30 && !e.digest.includes('secret'); } })()`,
    },
  };
  for (const [label, file, load] of [
    ['import', 'integrations.mjs', (name) => `await import('${pkg.name}/${name}')`],
    ['require', 'integrations.cjs', (name) => `require('${pkg.name}/${name}')`],
  ]) {
    step(`load each integration with ${label}`);
    const lines = Object.entries(INTEGRATIONS).flatMap(([name, checks]) => [
      `m = ${load(name)};`,
      ...Object.entries(checks).map(([what, expression]) => `result[${JSON.stringify(`/${name}: ${what}`)}] = Boolean(${expression});`),
    ]);
    const body = `const result = {};\nlet m;\nconst core = ${load('core')};\n${lines.join('\n')}\nconsole.log(JSON.stringify(result));`;
    writeFileSync(join(project, file), label === 'import' ? body : `(async () => {\n${body}\n})();`);
    let result = {};
    try {
      result = JSON.parse(run('node', [file], project));
    } catch (error) {
      check(false, `node ${file} failed: ${error.message}`);
    }
    for (const [name, ok] of Object.entries(result)) check(ok, name);
  }

  // The /core entry runs where React and i18next are not installed at all (Node, workers, edge).
  step('install the tarball alone, without its peer dependencies, and load /core');
  const bare = join(scratch, 'bare');
  run('mkdir', ['-p', bare]);
  writeFileSync(join(bare, 'package.json'), JSON.stringify({ name: 'core-check', private: true }, null, 2));
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--omit=peer', tarball], bare);
  const peersAbsent = ['react', 'react-dom', 'i18next', 'react-i18next'].every((name) => {
    try {
      readFileSync(join(bare, 'node_modules', name, 'package.json'));
      return false;
    } catch {
      return true;
    }
  });
  check(peersAbsent, 'react, react-dom, i18next and react-i18next are not installed');
  const coreProbe = (load) => `${load}
    const result = {};
    const error = core.toAuthError({ code: 'rate_limited', details: { retry_after_s: 5 } });
    result['/core: toAuthError → resolveOutcome'] = core.resolveOutcome(error).kind === 'retry';
    result['/core: shouldRetry'] = core.shouldRetry({ code: 'network_error' }) === true;
    result['/core: retryDelayMs honours Retry-After'] = core.retryDelayMs(1, error) >= 5000;
    result['/core: safeHref refuses javascript:'] = core.safeHref('javascript:alert(1)') === undefined;
    result['/core: the catalogue has 45 codes'] = core.AUTH_ERROR_CODES.length === 45 && typeof core.catalogue.account_locked === 'object';
    result['/core: parseRetryAfter reads an HTTP-date'] = core.parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.UTC(2015, 9, 21, 7, 27)) === 60;
    core.fromResponse(new Response('', { status: 503 })).then((e) => {
      result['/core: fromResponse'] = e.code === 'service_unavailable';
      console.log(JSON.stringify(result));
    });`;
  for (const [label, file, load] of [
    ['import', 'core.mjs', `import * as core from '${pkg.name}/core';`],
    ['require', 'core.cjs', `const core = require('${pkg.name}/core');`],
  ]) {
    let result = {};
    try {
      writeFileSync(join(bare, file), coreProbe(load));
      result = JSON.parse(run('node', [file], bare));
    } catch (error) {
      check(false, `node ${file} (${label}) failed without React: ${error.message}`);
    }
    for (const [name, ok] of Object.entries(result)) check(ok, `${name} (${label})`);
  }

  step('run the README quick start against the installed package');
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const quickStart = /```ts\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf('## Quick start')))?.[1];
  if (quickStart) {
    writeFileSync(join(project, 'quick-start.mjs'), quickStart);
    const expected = [...quickStart.matchAll(/console\.log\(.*\); \/\/ → (.*)$/gm)].map((match) => match[1]);
    let logged = [];
    try {
      logged = run('node', ['quick-start.mjs'], project).trimEnd().split('\n');
    } catch (error) {
      check(false, `node quick-start.mjs failed: ${error.message}`);
    }
    check(expected.length > 0 && JSON.stringify(logged) === JSON.stringify(expected), `logs ${JSON.stringify(expected)}`);
    if (JSON.stringify(logged) !== JSON.stringify(expected)) console.log(`    got ${JSON.stringify(logged)}`);
  } else {
    check(false, 'README.md has a ```ts block under "## Quick start"');
  }

  step("'use client' at the top of every built client module");
  const clientModules = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name) && /^\s*['"]use client['"]/.test(readFileSync(path, 'utf8'))) clientModules.push(path);
    }
  };
  walk(join(root, 'src'));
  for (const source of clientModules) {
    const base = relative(join(root, 'src'), source).replace(/\.tsx?$/, '');
    for (const ext of ['.mjs', '.cjs']) {
      const built = join(installed, 'dist', base + ext);
      let head = '';
      try {
        head = readFileSync(built, 'utf8').slice(0, 20);
      } catch {
        // Not reachable from a public entry: tree-shaken away, nothing to check.
        continue;
      }
      check(head.startsWith('"use client";'), `dist/${base}${ext}`);
    }
  }
  if (clientModules.length === 0) console.log('  (no client modules yet)');

  step('run the locale checker from the installed package');
  try {
    const output = run('npx', ['--no-install', 'auth-errors-check-locale', join(installed, 'locales/en/auth-errors.json')], project);
    check(/complete/.test(output), output.trim());
  } catch (error) {
    check(false, `auth-errors-check-locale failed: ${error.message}`);
  }
} finally {
  if (keep) console.log(`\nKept ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
}

console.log(failures === 0 ? '\nPack check passed.' : `\nPack check failed: ${failures} problem(s).`);
process.exit(failures === 0 ? 0 : 1);
