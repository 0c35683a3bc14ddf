import { toAuthError } from '../../core/toAuthError';
import { toAuthErrorDigest } from '../../core/toAuthErrorDigest';

/**
 * Throws an auth error from a server component, a server action or a route's data code so that
 * `error.tsx` (`AuthErrorPage`) shows the right outcome in production too. Next.js replaces what
 * a server component throws with a generic error before it reaches the browser, keeping only its
 * `digest`: the error is thrown with a digest from `toAuthErrorDigest` (its code, status and the
 * details the UI uses: `retry_after_s`, `remaining_attempts`, `fields`), which `toAuthError`
 * reads back on the client. Its message names the code for your server logs; what you passed is
 * its `cause`. Server text (`message`, `error_description`) never leaves the server.
 *
 * @example
 * // fromResponse: import { fromResponse } from '@intelliauth/react-auth-errors/core'
 * // app/account/page.tsx (a server component)
 * const res = await fetch(`${API}/account`, { headers: { authorization } });
 * if (!res.ok) throwAuthError(await fromResponse(res));
 */
export function throwAuthError(error: unknown): never {
  throw Object.assign(new Error(`IntelliAuth error: ${toAuthError(error).code}`, { cause: error }), { digest: toAuthErrorDigest(error) });
}
