import { data } from 'react-router';
import { toAuthError } from '../../core/toAuthError';

// The HTTP status a code stands for when the error did not come with one.
const STATUS: Readonly<Record<string, number>> = {
  rate_limited: 429,
  service_unavailable: 503,
  network_error: 503,
  server_error: 500,
  unknown: 500,
  not_found: 404,
  permission_denied: 403,
  conflict: 409,
  precondition_failed: 412,
  validation_failed: 422,
  token_expired: 401,
  session_expired: 401,
  session_revoked: 401,
};

/**
 * Throws an auth error from a loader or an action so that the route's `errorElement`
 * (`RouteAuthErrorBoundary`) shows it: normalised with `toAuthError`, as a response with its
 * status (from the error, else the code's), `Retry-After` (from `details.retry_after_s`) and,
 * for `token_expired`, `WWW-Authenticate: Bearer error="invalid_token"`. React Router keeps a
 * thrown response's body, not its headers: the body carries the code and `details`, so
 * `toAuthError` reads them back on the other side. `message` and `cause` stay where they were
 * thrown (log them there).
 *
 * @example
 * // fromResponse: import { fromResponse } from '@intelliauth/react-auth-errors/core'
 * export async function loader() {
 *   const res = await fetch('/api/profile');
 *   if (!res.ok) throwAuthError(await fromResponse(res)); // the body's code wins, Retry-After kept
 *   return res.json();
 * }
 */
export function throwAuthError(error: unknown): never {
  const { code, status: given, details } = toAuthError(error);
  const status = given !== undefined && given >= 400 ? given : Object.hasOwn(STATUS, code) ? (STATUS[code] as number) : 400;
  const headers: Record<string, string> = {};
  if (details?.retry_after_s !== undefined) headers['Retry-After'] = String(details.retry_after_s);
  if (code === 'token_expired') headers['WWW-Authenticate'] = 'Bearer error="invalid_token"';
  throw data({ code, status, details }, { status, headers });
}
