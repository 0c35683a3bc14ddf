// Drives the production build in Chromium as a user would: starts `server.mjs` on a free port,
// checks what the page shows, fails on any browser console error, and stops the server by the
// PID of the process listening on that port.
/* global window, document, MutationObserver -- the functions given to page.evaluate run in the page */
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { check, chromiumOptions, failed, freePort, listenerPid } from '../e2e-harness.mjs';

const TIMEOUT = 15_000;

/** Starts the production server and resolves once it listens. */
function startServer(port) {
  const child = spawn(process.execPath, ['server.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start within 10 s')), 10_000);
    child.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes('listening on')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
  });
}

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const server = await startServer(port);
const browser = await chromium.launch(chromiumOptions);
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const consoleErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  const answers = [];
  page.on('response', (response) => answers.push(`${response.request().method()} ${new URL(response.url()).pathname} ${response.status()}`));
  page.on('requestfailed', (request) => answers.push(`${request.method()} ${new URL(request.url()).pathname} failed`));

  // Every text the service status shows, however briefly (the retries can be quick).
  await page.addInitScript(() => {
    window.statusTexts = [];
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="status"]')?.textContent;
      if (text && text !== window.statusTexts.at(-1)) window.statusTexts.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });

  console.log(`▸ ${origin}`);
  await page.goto(origin);

  console.log('▸ a query that meets token_expired: refresh, then refetch');
  await page.getByText('Signed in as Ada Lovelace').waitFor();
  const api = (path) => answers.filter((answer) => answer.includes(` ${path} `));
  check(true, 'the profile shows once the token is refreshed');
  check(
    JSON.stringify(api('/api/profile')) === JSON.stringify(['GET /api/profile 401', 'GET /api/profile 200']) &&
      JSON.stringify(api('/api/refresh')) === JSON.stringify(['POST /api/refresh 200']),
    'one refresh, then the failed query ran again',
    JSON.stringify([...api('/api/profile'), ...api('/api/refresh')]),
  );
  check((await page.getByRole('link', { name: 'Sign in' }).count()) === 0, 'no "Sign in" prompt');

  console.log('▸ a query whose connection drops twice: retried with backoff');
  await page.getByText('All systems normal').waitFor();
  check(
    JSON.stringify(api('/api/status')) === JSON.stringify(['GET /api/status failed', 'GET /api/status failed', 'GET /api/status 200']),
    'two failed fetches retried, the third answered',
    JSON.stringify(api('/api/status')),
  );
  const statusTexts = await page.evaluate(() => window.statusTexts);
  check(
    statusTexts.includes('Connection lost, retrying (attempt 2)…') && statusTexts.includes('Connection lost, retrying (attempt 3)…'),
    'the page said it was retrying, attempt by attempt',
    JSON.stringify(statusTexts),
  );
  check((await page.getByText('Connection issue').count()) === 0, 'no error shown: the retries were enough');

  console.log('▸ a sign-up the server answers with 422 validation_failed');
  const email = page.getByLabel('Email');
  const password = page.getByLabel('Password');
  await email.fill('ada@');
  await password.fill('abc');
  await page.getByRole('button', { name: 'Create account' }).click();
  const summary = page.locator('[data-auth-error-code="validation_failed"]');
  await summary.waitFor();
  const lines = () => summary.getByRole('listitem').allTextContents();
  check(await page.getByRole('heading', { name: 'There is a problem' }).isVisible(), 'the kit shows its summary heading');
  check(
    JSON.stringify(await lines()) === JSON.stringify(['Enter a valid email address.', 'Use at least 8 characters.', 'Add a number.']),
    "the summary lists the server's messages",
    JSON.stringify(await lines()),
  );
  check((await page.locator('#email-error').textContent()) === 'Enter a valid email address.', "the email field has its message (react-hook-form's errors)");
  const passwordError = (await page.locator('#password-error').textContent()) ?? '';
  check(passwordError.includes('Use at least 8 characters.') && passwordError.includes('Add a number.'), 'the password field has both of its messages', passwordError);
  check((await email.getAttribute('aria-invalid')) === 'true', 'the email field is marked invalid');

  console.log('▸ editing a field takes its line out of the summary');
  await email.fill('ada@example.com');
  await page.waitForFunction(() => document.querySelectorAll('[data-auth-error-code="validation_failed"] li').length === 2);
  check(JSON.stringify(await lines()) === JSON.stringify(['Use at least 8 characters.', 'Add a number.']), "the email line is gone, the password's stay", JSON.stringify(await lines()));
  check((await page.locator('#email-error').textContent()) === '', "the email field's message is gone");
  await password.fill('analytical engine 1');
  await summary.waitFor({ state: 'detached' });
  check(true, 'the summary goes once every field is edited');

  console.log('▸ the corrected sign-up goes through');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByText('Account created for ada@example.com.').waitFor();
  check(true, 'the account is created');

  // Chromium reports every HTTP error status and dropped connection as a console error of its own
  // ("Failed to load resource"): those are the answers this app provokes on purpose, listed above.
  // Anything else (React, the kit, the app) fails the run.
  const provoked = /^Failed to load resource: (the server responded with a status of (401|422)|net::ERR_EMPTY_RESPONSE) .*\/api\/(profile|status|sign-up)\)$/;
  const unexpected = consoleErrors.filter((error) => !provoked.test(error));
  console.log(`  (${consoleErrors.length - unexpected.length} console errors for the answers provoked on purpose)`);
  check(unexpected.length === 0, 'no console errors', unexpected.join('\n      '));
} catch (error) {
  check(false, `the run stopped: ${error.message}`);
} finally {
  await browser.close();
  const pid = listenerPid(port) ?? server.pid;
  if (pid !== undefined) process.kill(pid, 'SIGTERM');
}

console.log(failed() === 0 ? '\nE2E passed.' : `\nE2E failed: ${failed()} problem(s).`);
process.exit(failed() === 0 ? 0 : 1);
