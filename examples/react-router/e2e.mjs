// `npm run e2e` (after `npm run build`): serves the production build with `vite preview` on a
// free port, drives Debian's Chromium through playwright-core, and checks what a user sees:
// - /report: its loader gets a 429 with an HTML body and `Retry-After: 5`; the page says so and
//   counts down, then the loader runs again by itself and the report shows;
// - /profile: its loader gets a 401 `invalid_token`; the provider's refresh runs, the loader runs
//   again with the fresh token and the profile shows, with no "sign in" in between;
// - /no-such-page: React Router's 404, shown as the not_found copy.
// Any console error, warning or uncaught error in the page fails it, but for the two failed
// responses the scenario asks the API for: Chromium itself logs every failed HTTP response
// ("Failed to load resource: … 429"), whoever asked for it. The server is stopped by the PID of
// the process listening on the port.
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { check, chromiumOptions, failed, freePort, listenerPid, waitForServer } from '../e2e-harness.mjs';

const started = Date.now();
const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const server = spawn('node', ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  stdio: ['ignore', 'pipe', 'pipe'],
});
let serverOutput = '';
server.stdout.on('data', (chunk) => (serverOutput += chunk));
server.stderr.on('data', (chunk) => (serverOutput += chunk));


let browser;
try {
  await waitForServer(origin, server, 30_000);
  browser = await chromium.launch(chromiumOptions);
  const page = await browser.newPage();
  const consoleErrors = [];
  // The failures the scenario provokes, as Chromium reports them: each expected exactly once.
  const provoked = new Map([
    ['/api/report 429', 0],
    ['/api/profile 401', 0],
  ]);
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    const status = /^Failed to load resource: the server responded with a status of (\d+)/.exec(message.text())?.[1];
    const key = status && `${new URL(message.location().url).pathname} ${status}`;
    if (key && provoked.has(key)) provoked.set(key, provoked.get(key) + 1);
    else consoleErrors.push(`console.${message.type()}: ${message.text()}`);
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

  console.log('▸ /report: a 429 with an HTML body and Retry-After: 5');
  await page.goto(`${origin}/report`);
  check(await visible('Too many requests. Try again in a moment.'), 'shows the rate_limited copy');
  const shown = /Retrying in (\d) seconds?…/.exec(await text());
  check(shown !== null && Number(shown[1]) >= 3, `counts down from the Retry-After ("${shown?.[0]}")`);
  await page.waitForTimeout(1_500);
  const later = /Retrying in (\d) seconds?…/.exec(await text());
  check(shown !== null && later !== null && Number(later[1]) < Number(shown[1]), `the countdown ticks ("${later?.[0]}")`);
  check(await visible('Weekly sign-ins', 8_000), 'runs the loader again once the wait is over, and shows the report');

  console.log('▸ /profile: a 401 invalid_token');
  await page.goto(`${origin}/profile`);
  check(await visible('Ada Lovelace'), "refreshes the token, runs the loader again and shows the profile");
  check(!(await text()).includes('Sign in'), 'never asks to sign in');

  console.log('▸ /no-such-page: React Router 404');
  await page.goto(`${origin}/no-such-page`);
  check(await visible('Not found.'), 'shows the not_found copy');
  check(!(await page.locator('body').innerText()).includes('Something went wrong'), 'not the generic copy');

  check(consoleErrors.length === 0, `no console errors or warnings${consoleErrors.length ? `:\n      ${consoleErrors.join('\n      ')}` : ''}`);
  for (const [request, times] of provoked) check(times === 1, `${request}, provoked by the scenario, failed once (Chromium's own log of it, not the app's)`);
} catch (error) {
  check(false, `the run stopped: ${error.stack ?? error}`);
  if (serverOutput) console.error(serverOutput);
} finally {
  await browser?.close();
  const pid = listenerPid(port);
  if (pid !== undefined) process.kill(pid);
  if (server.exitCode === null && server.pid !== pid) server.kill();
}

console.log(failed() === 0 ? `\nreact-router example passed in ${((Date.now() - started) / 1000).toFixed(1)} s.` : `\nreact-router example failed: ${failed()} problem(s).`);
process.exit(failed() === 0 ? 0 : 1);
