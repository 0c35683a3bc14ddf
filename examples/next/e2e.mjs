// `npm run e2e` (after `npm run build`): starts the production server (`next start`) on a free
// port, drives Debian's Chromium through playwright-core, and checks what a user sees:
// - /locked: a server component throws account_locked with `retry_after_s: 30`. In production,
//   Next.js sends the browser only the error's digest: the page still shows the lockout copy and
//   a countdown that ticks, never the generic copy, and nothing of the server's message;
// - /limited: a server action throws rate_limited with `retry_after_s: 5`: the error page counts
//   down, then Next's `retry` renders the page again;
// - /sessions: a server component renders session_expired as a value (`AuthErrorBoundary` from
//   the root entry): its copy, and "Sign in" to the server layout's `signInHref`.
// Any console error, warning or uncaught error in the page fails it, but for what the scenarios
// provoke on purpose, each expected exactly as often as it is provoked:
// - Chromium's own log of each 500 response (the page, the server action), whoever asked for it;
// - Next.js's report of each error its error boundaries catch: in production it writes the
//   redacted error ("Minified React error #441", the digest on it) with console.error, from the
//   `onCaughtError` it gives React, and an app cannot turn that off.
// The server is stopped by the PID of the process listening on the port.
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { check, chromiumOptions, failed, freePort, listenerPid, waitForServer } from '../e2e-harness.mjs';

const started = Date.now();
const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const server = spawn('node', ['node_modules/next/dist/bin/next', 'start', '--hostname', '127.0.0.1', '--port', String(port)], {
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
});
let serverOutput = '';
server.stdout.on('data', (chunk) => (serverOutput += chunk));
server.stderr.on('data', (chunk) => (serverOutput += chunk));


let browser;
try {
  await waitForServer(origin, server, 60_000);
  browser = await chromium.launch(chromiumOptions);
  const page = await browser.newPage();
  const consoleErrors = [];
  const provoked = new Map([
    ['500 /locked', 0],
    ['500 /limited', 0],
    ['caught error reported by Next.js', 0],
  ]);
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    const status = /^Failed to load resource: the server responded with a status of (\d+)/.exec(message.text())?.[1];
    const key = status
      ? `${status} ${new URL(message.location().url).pathname}`
      : /^Error: Minified React error #441;/.test(message.text())
        ? 'caught error reported by Next.js'
        : undefined;
    if (key && provoked.has(key)) provoked.set(key, provoked.get(key) + 1);
    else consoleErrors.push(`console.${message.type()}: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  const text = () => page.locator('main').innerText();
  const visible = async (content, timeout = 10_000) => {
    try {
      await page.getByText(content, { exact: true }).first().waitFor({ timeout });
      return true;
    } catch {
      return false;
    }
  };

  console.log('▸ /locked: a server component throws account_locked (retry_after_s: 30)');
  const response = await page.goto(`${origin}/locked`);
  check(await visible('Too many failed attempts. Try again in a few minutes.'), 'shows the account_locked copy');
  const shown = /You can try again in (\d+) seconds\./.exec(await text());
  check(shown !== null && Number(shown[1]) >= 25, `counts down from retry_after_s ("${shown?.[0]}")`);
  await page.waitForTimeout(2_100);
  const later = /You can try again in (\d+) seconds\./.exec(await text());
  check(shown !== null && later !== null && Number(later[1]) < Number(shown[1]), `the countdown ticks ("${later?.[0]}")`);
  const html = (await response?.text()) ?? '';
  check(!(await text()).includes('Something went wrong') && !html.includes('Something went wrong'), 'never the generic copy');
  check(!html.includes('user 4711') && !(await page.content()).includes('user 4711'), "the server's message stays on the server");

  console.log('▸ /limited: a server action throws rate_limited (retry_after_s: 5)');
  await page.goto(`${origin}/limited`);
  await page.getByRole('button', { name: 'Send code' }).click();
  check(await visible('Too many requests. Try again in a moment.'), 'shows the rate_limited copy');
  const waiting = /Retrying in (\d) seconds?…/.exec(await text());
  check(waiting !== null, `counts down from retry_after_s ("${waiting?.[0]}")`);
  check(await visible('Verify your phone', 8_000), "retries with Next's retry once the wait is over: the page is back");

  console.log('▸ /sessions: a server component renders session_expired as a value');
  const sessions = await page.goto(`${origin}/sessions`);
  check(await visible('Your session has ended. Sign in to continue.'), 'shows the session_expired copy');
  check((await page.getByRole('link', { name: 'Sign in' }).getAttribute('href')) === '/sign-in', "links to the layout's signInHref");
  check(!(await sessions?.text())?.includes('9f2c'), "the server's message stays on the server");

  check(consoleErrors.length === 0, `no console errors or warnings${consoleErrors.length ? `:\n      ${consoleErrors.join('\n      ')}` : ''}`);
  const expected = { '500 /locked': 1, '500 /limited': 1, 'caught error reported by Next.js': 2 };
  for (const [what, times] of provoked) check(times === expected[what], `${what}: ${times} time(s), as provoked (${expected[what]})`);
} catch (error) {
  check(false, `the run stopped: ${error.stack ?? error}`);
  if (serverOutput) console.error(serverOutput);
} finally {
  await browser?.close();
  const pid = listenerPid(port);
  if (pid !== undefined) process.kill(pid);
  if (server.exitCode === null && server.pid !== pid) server.kill();
}

console.log(failed() === 0 ? `\nnext example passed in ${((Date.now() - started) / 1000).toFixed(1)} s.` : `\nnext example failed: ${failed()} problem(s).`);
process.exit(failed() === 0 ? 0 : 1);
