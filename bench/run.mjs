#!/usr/bin/env node
// `npm run bench`: how cheaply the kit renders, measured on the built package (dist/) with
// production React 19 under jsdom in Node. Prints a table; not a test (numbers vary by machine).
//
// 1. Boundary cycle: mount → child throws a coded error → fallback rendered → unmount, 2,000
//    cycles after a warm-up, median of 5 runs, for AuthErrorBoundary and react-error-boundary's
//    ErrorBoundary (with a fallback that draws the message and a retry button), interleaved in the
//    same process, no provider around either. CPU time. Target: ours ≤ 1.2× theirs.
// 2. Countdown: a 90 s account_locked countdown on a fake clock, under a React <Profiler>
//    (react-dom/profiling): commits per second, and which components re-render on a tick.
//    Target: ≤ 1 commit a second, only the timer's subtree.
// 3. toAuthError + resolveOutcome over 100,000 mixed inputs (JSON bodies, OAuth parameters,
//    errors, junk): operations per second (CPU time), median of 5 runs.
// 4. Language switch: 50 mounted outcomes under one AuthErrorProvider with the app's i18next
//    instance; time from changeLanguage until all 50 show the new language (bundle already in
//    the instance), median of 5 switches; and whether any child or outcome remounted.
//
// Usage: npm run bench [-- boundary countdown normalise language]   (builds first; NODE_ENV=production)
import { JSDOM } from 'jsdom';
import { performance } from 'node:perf_hooks';

if (process.env.NODE_ENV !== 'production') {
  console.error('Run with NODE_ENV=production (npm run bench does).');
  process.exit(2);
}

// ── Environment: a DOM, and a DevTools hook to see which components rendered in a commit ──────────
const dom = new JSDOM('<!doctype html><html><body></body></html>', { url: 'https://app.example/', pretendToBeVisual: true });
const { document } = dom.window;
// What React and Radix reach for as globals; jsdom's own classes, so its dispatchEvent accepts them.
const GLOBALS = ['window', 'document', 'navigator', 'Node', 'Element', 'HTMLElement', 'Event', 'CustomEvent', 'KeyboardEvent', 'MouseEvent', 'FocusEvent', 'MutationObserver', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame'];
for (const key of GLOBALS) {
  Object.defineProperty(globalThis, key, { value: key === 'window' ? dom.window : dom.window[key], configurable: true, writable: true });
}

const commitListeners = new Set();
globalThis.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  supportsFiber: true,
  isDisabled: false,
  renderers: new Map(),
  inject: () => 1,
  checkDCE() {},
  onScheduleFiberRoot() {},
  onCommitFiberUnmount() {},
  onPostCommitFiberRoot() {},
  onCommitFiberRoot(_id, root) {
    for (const listener of commitListeners) listener(root);
  },
};

const PERFORMED_WORK = 1;
const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]); // function, class, forwardRef, memo, simple memo
const nameOf = (fiber) => {
  const type = fiber.type?.render ?? fiber.type?.type ?? fiber.type;
  return type?.displayName ?? type?.name ?? 'Anonymous';
};
/** The components that rendered in the commit of `root` (mounted, or re-rendered), as DevTools finds them. */
function renderedComponents(root) {
  const names = [];
  const visit = (fiber) => {
    for (let child = fiber; child; child = child.sibling) {
      const rendered = child.alternate === null || (child.flags & PERFORMED_WORK) === PERFORMED_WORK;
      if (COMPONENT_TAGS.has(child.tag) && rendered) names.push(nameOf(child));
      // A subtree React did not visit keeps the previous commit's children.
      if (child.child && !(child.alternate && child.alternate.child === child.child)) visit(child.child);
    }
  };
  visit(root.current.child);
  return names;
}

const React = (await import('react')).default;
const { createRoot } = await import('react-dom/client');
const { flushSync } = await import('react-dom');
const { ErrorBoundary } = await import('react-error-boundary');
const i18next = (await import('i18next')).default;
const kit = await import('../dist/index.mjs');
const en = (await import('../dist/locales/en.mjs')).default;
const de = (await import('../dist/locales/de.mjs')).default;
const h = React.createElement;

// CPU time of this process (ms), not wall time: a busy machine (CI, other jobs) skews the latter.
const cpuTime = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
// `npm run bench -- countdown language` runs only those (boundary, countdown, normalise, language).
const only = process.argv.slice(2);
const wanted = (name) => only.length === 0 || only.includes(name);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const format = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const tick = () => new Promise((resolve) => setImmediate(resolve));
const rows = [];
const row = (benchmark, result, target = '', verdict = '') => rows.push({ benchmark, result, target, verdict });
const silence = (fn) => {
  const error = console.error;
  console.error = () => {};
  try {
    return fn();
  } finally {
    console.error = error;
  }
};

// ── 1. Boundary cycle ──────────────────────────────────────────────────────────────────────────────
if (wanted('boundary')) {
  const CYCLES = 2000;
  const WARM_UP = 500;
  const RUNS = 5;
  function SignInForm() {
    throw { code: 'invalid_credentials' };
  }
  // react-error-boundary with what an app would draw itself: the message and a retry button.
  const messages = { invalid_credentials: en.codes.invalid_credentials };
  const theirFallback = ({ error, resetErrorBoundary }) =>
    h('div', { role: 'alert' }, h('p', null, messages[error?.code] ?? en.generic), h('button', { type: 'button', onClick: resetErrorBoundary }, en.actions.tryAgain));
  const subjects = {
    ours: () => h(kit.AuthErrorBoundary, null, h(SignInForm)),
    theirs: () => h(ErrorBoundary, { fallbackRender: theirFallback }, h(SignInForm)),
  };
  const container = document.createElement('div');
  document.body.append(container);
  // React 19 reports each caught error (console.error by default); neither side should pay for that.
  const root = createRoot(container, { onCaughtError() {}, onRecoverableError() {} });
  const cycle = (subject) => {
    flushSync(() => root.render(subject()));
    if (!container.querySelector('[role="alert"]')) throw new Error('the fallback did not render');
    flushSync(() => root.render(null));
  };
  const run = (subject, cycles) => {
    const start = cpuTime();
    for (let i = 0; i < cycles; i += 1) cycle(subject);
    return cpuTime() - start;
  };
  const times = { ours: [], theirs: [] };
  silence(() => {
    run(subjects.ours, WARM_UP);
    run(subjects.theirs, WARM_UP);
    for (let i = 0; i < RUNS; i += 1) {
      times.ours.push(run(subjects.ours, CYCLES));
      times.theirs.push(run(subjects.theirs, CYCLES));
    }
  });
  root.unmount();
  container.remove();
  const ours = median(times.ours);
  const theirs = median(times.theirs);
  const ratio = ours / theirs;
  row(`Boundary cycle ×${format(CYCLES)}, AuthErrorBoundary`, `${format((ours / CYCLES) * 1000)} µs CPU/cycle (${format((CYCLES / ours) * 1000)} cycles/s)`);
  row(`Boundary cycle ×${format(CYCLES)}, react-error-boundary 6`, `${format((theirs / CYCLES) * 1000)} µs CPU/cycle (${format((CYCLES / theirs) * 1000)} cycles/s)`);
  row('Boundary cycle, ratio ours / theirs', `${format(ratio, 2)}×`, '≤ 1.2×', ratio <= 1.2 ? 'met' : 'NOT met');
}

// ── 2. Countdown under the Profiler ───────────────────────────────────────────────────────────────
if (wanted('countdown')) {
  const SECONDS = 90;
  const profiling = await import('react-dom/profiling');
  const { Profiler } = React;
  // A fake clock: Date.now, performance.now and setTimeout move only when we say so.
  const realDateNow = Date.now;
  const realPerfNow = performance.now.bind(performance);
  const realSetTimeout = globalThis.setTimeout;
  const realClearTimeout = globalThis.clearTimeout;
  const wallBase = realDateNow();
  const monoBase = realPerfNow();
  let offset = 0;
  let nextId = 1;
  const timers = new Map();
  Date.now = () => wallBase + offset;
  performance.now = () => monoBase + offset;
  globalThis.setTimeout = (fn, ms = 0, ...args) => {
    const id = nextId++;
    timers.set(id, { at: offset + Math.max(0, ms), fn: () => fn(...args) });
    return id;
  };
  globalThis.clearTimeout = (id) => timers.delete(id);
  const advance = async (ms) => {
    const target = offset + ms;
    for (;;) {
      const due = [...timers.entries()].filter(([, t]) => t.at <= target).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      offset = due[1].at;
      due[1].fn();
      for (let i = 0; i < 3; i += 1) await tick();
    }
    offset = target;
    for (let i = 0; i < 3; i += 1) await tick();
  };

  let profilerCommits = 0;
  const commits = [];
  const onCommit = (root) => commits.push(renderedComponents(root));
  const container = document.createElement('div');
  document.body.append(container);
  const root = profiling.createRoot(container);
  function Page() {
    return h('main', null, h(kit.AuthErrorBoundary, { error: { code: 'account_locked', details: { retry_after_s: SECONDS } } }, h('form')));
  }
  profiling.flushSync(() =>
    root.render(h(Profiler, { id: 'page', onRender: () => (profilerCommits += 1) }, h(kit.AuthErrorProvider, null, h(Page)))),
  );
  for (let i = 0; i < 5; i += 1) await tick(); // effects of the mount (timers armed, announcer)
  const readText = () => container.querySelector('[role="timer"]')?.textContent ?? '(no timer)';
  const before = readText();
  profilerCommits = 0;
  commitListeners.add(onCommit);
  for (let s = 0; s < SECONDS + 2; s += 1) await advance(1000);
  commitListeners.delete(onCommit);
  const after = readText();
  profiling.flushSync(() => root.render(null));
  root.unmount();
  container.remove();
  Date.now = realDateNow;
  performance.now = realPerfNow;
  globalThis.setTimeout = realSetTimeout;
  globalThis.clearTimeout = realClearTimeout;

  const perSecond = profilerCommits / SECONDS;
  // The last commit is the countdown's end (the outcome turns to "you can try again now").
  const ticks = commits.slice(0, -1);
  const summary = (list) => {
    const counts = new Map();
    for (const names of list) for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
    return [...counts.entries()].map(([name, n]) => `${name} ×${n}`).join(', ') || '(none)';
  };
  // Components above the outcome: re-rendering them on a tick would redraw the whole boundary.
  const above = new Set(['Page', 'AuthErrorProvider', 'AuthErrorBoundary', 'ErrorCatcher']);
  const outside = [...new Set(ticks.flat().filter((name) => above.has(name)))];
  row(
    `Countdown ${SECONDS} s: Profiler commits`,
    `${profilerCommits} commits = ${format(perSecond, 2)}/s (the DevTools hook saw ${commits.length})`,
    '≤ 1/s',
    perSecond <= 1 + 1.5 / SECONDS ? 'met' : 'NOT met',
  );
  row(`Countdown: rendered on the ${ticks.length} ticks`, summary(ticks), 'only the timer subtree', outside.length === 0 ? 'met (the outcome view)' : `NOT met (${outside.join(', ')})`);
  row('Countdown: rendered at the end', summary(commits.slice(-1)));
  row('Countdown: timer text before → after', `${JSON.stringify(before)} → ${JSON.stringify(after)}`);
}

// ── 3. toAuthError + resolveOutcome ───────────────────────────────────────────────────────────────
if (wanted('normalise')) {
  const INPUTS = 100_000;
  const RUNS = 5;
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const codes = [...kit.AUTH_ERROR_CODES, 'unknown_thing', 'INVALID_CREDENTIALS'];
  const oauth = ['access_denied', 'invalid_grant', 'login_required', 'consent_required', 'temporarily_unavailable', 'invalid_request', 'nope'];
  const makers = [
    () => ({ code: pick(codes), message: 'Server says no', status: 400 + Math.floor(random() * 100) }),
    () => ({ code: pick(codes), details: { retry_after_s: String(Math.floor(random() * 120)), fields: { email: ['is invalid'], password: 'too short' } } }),
    () => ({ error: { code: pick(codes), message: 'wrapped' }, status: 429 }),
    () => JSON.parse(JSON.stringify({ error: pick(oauth), error_description: 'The grant is invalid' })),
    () => `?error=${pick(oauth)}&error_description=Denied&state=xyz`,
    () => new URLSearchParams({ error: pick(oauth), error_uri: 'https://idp.example/help' }),
    () => new URL(`https://app.example/callback#error=${pick(oauth)}`),
    () => new TypeError('Failed to fetch'),
    () => Object.assign(new Error('Request failed'), { response: { status: 401, data: { code: pick(codes) } } }),
    () => pick([null, undefined, 42, NaN, true, '', 'boom', [], [1, 2], { nested: { deeper: {} } }, Symbol('x'), () => 1]),
  ];
  const inputs = Array.from({ length: INPUTS }, () => pick(makers)());
  let sink = 0;
  const run = () => {
    const start = cpuTime();
    for (const input of inputs) sink += kit.resolveOutcome(kit.toAuthError(input)).kind.length;
    return cpuTime() - start;
  };
  run(); // warm-up
  const times = Array.from({ length: RUNS }, run);
  const ms = median(times);
  row(`toAuthError + resolveOutcome, ${format(INPUTS)} mixed inputs`, `${format((INPUTS / ms) * 1000)} ops/s (${format(ms)} ms CPU per pass)`);
  if (sink === 0) throw new Error('unreachable');
}

// ── 4. Language switch ────────────────────────────────────────────────────────────────────────────
if (wanted('language')) {
  const OUTCOMES = 50;
  const SWITCHES = 5;
  // The app's instance, with the German bundle already in it (as an app that imports
  // '@intelliauth/react-auth-errors/locales/de' would have it): what is timed is the re-render.
  const i18n = i18next.createInstance();
  await i18n.init({ lng: 'en', fallbackLng: 'en', resources: {}, initAsync: false });
  i18n.addResourceBundle('de', kit.AUTH_ERRORS_NAMESPACE, de);
  let childMounts = 0;
  function Field() {
    React.useEffect(() => {
      childMounts += 1;
    }, []);
    return h('input', { name: 'email' });
  }
  const inline = kit.AUTH_ERROR_CODES.filter((code) => ['form_error', 'field_errors', 'action'].includes(kit.catalogue[code].outcome));
  const errors = Array.from({ length: OUTCOMES }, (_, i) => ({ code: inline[i % inline.length], details: { fields: { email: 'bad' } } }));
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  flushSync(() =>
    root.render(
      h(kit.AuthErrorProvider, { i18n }, ...errors.map((error, i) => h(kit.AuthErrorBoundary, { key: i, error }, h(Field)))),
    ),
  );
  for (let i = 0; i < 5; i += 1) await tick();
  const outcomeNodes = () => [...container.querySelectorAll('[data-auth-error-code]')];
  const shows = (bundle) => outcomeNodes().filter((node) => node.textContent.includes(bundle.codes[node.dataset.authErrorCode] ?? '\u0000')).length;
  // Resolves at React's next commit (seen by the DevTools hook), or after 5 s.
  const nextCommit = () =>
    new Promise((resolve) => {
      const done = () => {
        commitListeners.delete(done);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(done, 5000);
      commitListeners.add(done);
    });
  const waitFor = async (bundle) => {
    for (let i = 0; i < 20; i += 1) {
      if (outcomeNodes().length > 0 && shows(bundle) === expected) return true;
      await nextCommit();
    }
    return false;
  };
  const expected = outcomeNodes().filter((node) => typeof en.codes[node.dataset.authErrorCode] === 'string').length;
  // A first switch there and back, untimed.
  await i18n.changeLanguage('de');
  const loaded = await waitFor(de);
  await i18n.changeLanguage('en');
  await waitFor(en);
  const nodesBefore = outcomeNodes();
  const mountsBefore = childMounts;
  const times = [];
  const cpuTimes = [];
  let commits = 0;
  const countCommit = () => (commits += 1);
  commitListeners.add(countCommit);
  for (let i = 0; i < SWITCHES; i += 1) {
    for (const [lng, bundle] of [
      ['de', de],
      ['en', en],
    ]) {
      const start = performance.now();
      const startCpu = cpuTime();
      await i18n.changeLanguage(lng);
      await waitFor(bundle);
      if (lng === 'de') {
        times.push(performance.now() - start);
        cpuTimes.push(cpuTime() - startCpu);
      }
    }
  }
  commitListeners.delete(countCommit);
  const nodesAfter = outcomeNodes();
  const sameNodes = nodesBefore.length === nodesAfter.length && nodesBefore.every((node, i) => node === nodesAfter[i]);
  root.unmount();
  container.remove();
  row(
    `Language switch, ${OUTCOMES} outcomes (${expected} with copy) en → de`,
    loaded
      ? `${format(median(cpuTimes), 1)} ms CPU, ${format(median(times), 1)} ms wall (median of ${SWITCHES}); ${format(commits / (2 * SWITCHES), 1)} commits a switch`
      : 'German never showed',
  );
  row(
    'Language switch: remounts',
    `children ${childMounts - mountsBefore}, outcome elements ${sameNodes ? 0 : 'replaced'}`,
    'none',
    childMounts === mountsBefore && sameNodes ? 'met' : 'NOT met',
  );
}

// ── Table ──────────────────────────────────────────────────────────────────────────────────────────
const columns = ['benchmark', 'result', 'target', 'verdict'];
const widths = columns.map((column) => Math.max(column.length, ...rows.map((r) => String(r[column]).length)));
const line = (cells) => `| ${cells.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ')} |`;
console.log(`\n@intelliauth/react-auth-errors bench: React ${React.version} (production), jsdom, Node ${process.versions.node}\n`);
console.log(line(columns));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(columns.map((c) => r[c])));
