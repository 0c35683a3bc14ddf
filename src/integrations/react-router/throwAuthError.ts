import { data } from 'react-router';
import { toAuthError } from '../../core/toAuthError';

/**
 * Throws an auth error from a loader or an action so that the route's `errorElement`
 * (`RouteAuthErrorBoundary`) shows it: normalised with `toAuthError`, as a response with the
 * error's status (400 when it has none, 500 for what `toAuthError` cannot read) whose body
 * carries the code and `details` (`retry_after_s` included), which `toAuthError` reads back on
 * the other side. (React Router keeps a thrown response's body, not its headers.) `message` and
 * `cause` stay where they were thrown (log them there).
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
  const { code, status = 0, details } = toAuthError(error);
  throw data({ code, details }, status >= 400 ? status : code === 'unknown' ? 500 : 400);
}
