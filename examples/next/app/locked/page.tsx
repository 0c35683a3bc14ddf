import { throwAuthError } from '@intelliauth/react-auth-errors/next';
import { connection } from 'next/server';

// A server component whose platform call answers account_locked: the user waits 30 seconds.
export default async function Account() {
  await connection(); // rendered per request, not at build time
  const body = await signInAttempt();
  throwAuthError(body);
}

/** What the platform answers (its message is for the server's logs, never for the page). */
async function signInAttempt(): Promise<unknown> {
  return { error: { code: 'account_locked', message: 'user 4711 locked after 5 failed attempts', details: { retry_after_s: 30 } } };
}
