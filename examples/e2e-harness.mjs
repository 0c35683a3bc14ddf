// What the examples' e2e scripts share (Node built-ins only: each example brings its own
// playwright-core): Chromium's launch options, a free port, the server's PID by its port, waiting
// for the server, and the ✓/✗ checks with their count.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';

/** Debian's Chromium, headless, with nothing that reaches the network by itself (updates, sync, QUIC). */
export const chromiumOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

/** A TCP port nothing listens on now. */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/** The PID of the process listening on `port` (the server itself, not a wrapper that started it), so exactly it is stopped. */
export function listenerPid(port) {
  const lines = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
  const pid = /pid=(\d+)/.exec(lines)?.[1];
  return pid === undefined ? undefined : Number(pid);
}

/** Resolves once `url` answers 2xx; rejects when `child` exits first or `ms` pass. */
export async function waitForServer(url, child, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s`);
}

let failures = 0;

/** Prints one check (and `detail` when it failed), counting the failures. */
export function check(ok, message, detail) {
  console.log(`  ${ok ? '✓' : '✗'} ${message}`);
  if (ok) return;
  failures += 1;
  if (detail !== undefined) console.log(`      ${detail}`);
}

/** How many checks failed so far. */
export const failed = () => failures;
