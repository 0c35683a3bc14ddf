import { AuthErrorBoundary, toAuthErrorDigest } from '@intelliauth/react-auth-errors';
import { fromResponse } from '@intelliauth/react-auth-errors/core';
import { connection } from 'next/server';

// An expected auth error, rendered as a value rather than thrown: no error boundary, nothing in
// the console. What crosses to the browser is its digest (the code and the details the UI uses),
// not the error: the server's message stays on the server.
export default async function Sessions() {
  await connection(); // rendered per request, not at build time
  const res = await listSessions();
  const error = res.ok ? null : { digest: toAuthErrorDigest(await fromResponse(res)) };
  return (
    <AuthErrorBoundary error={error}>
      <h1>Your sessions</h1>
    </AuthErrorBoundary>
  );
}

/** What the platform answers: the session is over. */
async function listSessions(): Promise<Response> {
  return new Response(JSON.stringify({ error: { code: 'session_expired', message: 'refresh token 9f2c expired' } }), {
    status: 401,
    headers: { 'Content-Type': 'application/json' },
  });
}
