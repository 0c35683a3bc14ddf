import { adapt, fromStatus, lookup, rec, seconds } from '../adapt';
import type { IntelliAuthError } from '../../core/IntelliAuthError';
import { CLERK_ERROR_CODES } from './CLERK_ERROR_CODES';

/**
 * Turns a Clerk error into an {@link IntelliAuthError}: a `ClerkAPIResponseError` (its first
 * `errors[].code` picks the code), a `ClerkRuntimeError` or `EmailLinkError` (`code`), or a sign-in
 * whose `status` hands off to another step (`needs_second_factor` → `mfa_required`). Form errors become
 * `validation_failed` (or `conflict`) with every field Clerk names in `meta.paramName`. Any error
 * carries the response's Retry-After (`retryAfter`) as `details.retry_after_s`. Never throws:
 * anything unknown becomes `unknown`. The original is kept as `cause`; `longMessage` is for logs,
 * never shown.
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
    // Without an `errors` array the error is a ClerkRuntimeError, an EmailLinkError or a sign-in.
    const errors = Array.isArray(e.errors) ? e.errors.slice(0, 50).map(rec) : undefined;
    const first = errors?.[0];
    const key = first ? first.code : typeof e.status === 'string' ? e.status : e.code;
    // A ClerkAPIResponseError whose response had no errors goes by its HTTP status; it has an empty
    // `errors` array (clerk/javascript packages/shared/src/errors/clerkApiResponseError.ts). Without
    // the array the error is not Clerk's (a Supabase AuthApiError has a status too): never claimed by
    // status alone, so the next adapter of `normalize` gets it.
    const code = lookup(CLERK_ERROR_CODES, key) ?? (errors?.length === 0 ? fromStatus(e.status) : undefined);
    const meta = rec(first?.meta);
    return {
      code,
      message: first?.longMessage ?? first?.long_message ?? first?.message ?? e.message,
      status: e.status,
      // Every form error of the same kind names its field (a sign-up can fail on several at once).
      fields:
        code === 'validation_failed' || code === 'conflict'
          ? errors?.map((item) => {
              const itemMeta = rec(item.meta);
              if (lookup(CLERK_ERROR_CODES, item.code) !== code) return undefined;
              // lookup found the code, so it is a string: no String() needed.
              return itemMeta.paramName ?? itemMeta.param_name ?? (/password/.test(item.code as string) ? 'password' : undefined);
            })
          : undefined,
      details: {
        retry_after_s: seconds(meta.lockout_expires_in_seconds) ?? seconds(e.retryAfter),
      },
    };
  });
}
