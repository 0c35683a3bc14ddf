import { adapt, lookup, rec } from '../adapt';
import type { IntelliAuthError } from '../../core/IntelliAuthError';
import { CLERK_ERROR_CODES } from './CLERK_ERROR_CODES';

/**
 * Turns a Clerk error into an {@link IntelliAuthError}: a `ClerkAPIResponseError` (its first
 * `errors[].code` picks the code), a `ClerkRuntimeError` or `EmailLinkError` (`code`), or a sign-in
 * whose `status` hands off to another step (`needs_second_factor` → `mfa_required`). Form errors become
 * `validation_failed` (or `conflict`) with every field Clerk names in `meta.paramName`. Any error
 * carries the response's Retry-After (`retryAfter`) as `details.retry_after_s`. A Clerk response
 * whose code is not in the table goes by its HTTP status, which the table holds too (401
 * `session_expired`, 403 `permission_denied`, 404 `not_found`, 409 `conflict`, 429 `rate_limited`,
 * 503 `service_unavailable`, other 5xx `server_error`). Never throws: anything else unknown becomes
 * `unknown`. The original is kept as `cause`; `longMessage` is for logs, never shown.
 *
 * A lockout's length: Clerk's Frontend API sends it with `user_locked` as
 * `meta.lockout_expires_in_seconds`, but the SDK's `ClerkAPIError` keeps only some meta keys
 * (`paramName`, `sessionId`, `emailAddresses`, `identifiers`, `zxcvbn`, `plan`…; clerk/javascript
 * packages/shared/src/errors/clerkApiError.ts), so a `ClerkAPIResponseError` from @clerk/clerk-js
 * has no duration (only in its `longMessage` text, which is not parsed) and `account_locked` shows
 * no timer. A raw Frontend API body (`{ errors: [{ code: 'user_locked', meta: { lockout_expires_in_seconds } }] }`)
 * keeps it, and it becomes `details.retry_after_s`.
 *
 * @example
 * try {
 *   await signIn.create({ identifier, password })
 * } catch (error) {
 *   showAuthError(fromClerkError(error))
 * }
 */
export function fromClerkError(error: unknown): IntelliAuthError {
  return adapt(error, (e) => {
    // Without an `errors` array the error is a ClerkRuntimeError, an EmailLinkError or a sign-in, and
    // is read as its own first error.
    const errors = Array.isArray(e.errors) ? e.errors.slice(0, 50).map(rec) : undefined;
    const [first = e] = errors ?? [];
    // A sign-in has no `code`, and its `status` says what it waits for (needs_second_factor…). A
    // number (a response's status, when its first error has no code) is in no line: only strings are.
    const key = first.code ?? e.status;
    // A Frontend API response whose code no line holds (a newer one, or one that only comes with its
    // status: too_many_requests, internal_clerk_error, maintenance_mode…), or whose response had no
    // errors (an empty `errors` array, clerk/javascript packages/shared/src/errors/clerkApiResponseError.ts),
    // goes by its HTTP status, which is Clerk's own: the table's lines hold statuses as well ('401',
    // '5*'). Without the array the error is not Clerk's (a Supabase AuthApiError has a status too):
    // never claimed by status alone, so the next adapter of `normalize` gets it.
    const code = lookup(CLERK_ERROR_CODES, key) ?? (errors && lookup(CLERK_ERROR_CODES, String(e.status)));
    // Whole seconds, rounded up: Clerk sends numbers (the SDK parses Retry-After with parseInt,
    // clerk/javascript packages/clerk-js/src/core/resources/Base.ts; lockout_expires_in_seconds is a JSON number).
    const wait = rec(first.meta).lockout_expires_in_seconds ?? e.retryAfter;
    return {
      code,
      message: first.longMessage ?? first.long_message ?? first.message,
      status: e.status,
      // Every form error of the same kind names its field (a sign-up can fail on several at once).
      fields:
        code === 'validation_failed' || code === 'conflict'
          ? // An error of another kind names no field (false is skipped, as any non-string); lookup found
            // the code, so it is a string: no String() needed.
            errors?.map(
              (item) =>
                lookup(CLERK_ERROR_CODES, item.code) === code &&
                (rec(item.meta).paramName ?? rec(item.meta).param_name ?? (item.code as string).match(/password/)?.[0]),
            )
          : undefined,
      details: {
        retry_after_s: typeof wait === 'number' && wait >= 0 && wait <= 1e9 ? Math.ceil(wait) : undefined,
      },
    };
  });
}
