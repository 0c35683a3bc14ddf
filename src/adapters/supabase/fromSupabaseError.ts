import { adapt, fromStatus, lookup } from '../adapt';
import type { IntelliAuthError } from '../../core/IntelliAuthError';
import { SUPABASE_ERROR_CODES, SUPABASE_FIELDS, SUPABASE_LEGACY_MESSAGES } from './SUPABASE_ERROR_CODES';

/**
 * Turns what `supabase.auth` returns as `error` (`AuthApiError`, `AuthRetryableFetchError`,
 * `AuthWeakPasswordError`, `AuthSessionMissingError`…) into an {@link IntelliAuthError}: its
 * `code` (or, for client-side errors, its `name`; for a redirect that carried an error, the URL's
 * `error_code` in `details.code`) picks the catalogue code; `status` is kept; a weak password
 * becomes `validation_failed` on the `password` field, with Supabase's `reasons` in
 * `details.reasons` for logging. An `AuthApiError` without a code (a server older than error codes)
 * goes by its exact message ("Invalid login credentials" → `invalid_credentials`). Never throws:
 * anything unknown becomes `unknown`. The original is kept as `cause`; its message is for logs,
 * never shown.
 *
 * @example
 * const { error } = await supabase.auth.signInWithPassword({ email, password })
 * if (error) showAuthError(fromSupabaseError(error))
 */
export function fromSupabaseError(error: unknown): IntelliAuthError {
  return adapt(error, (e) => {
    const { code: raw, name, status } = e;
    const key = typeof raw === 'string' ? raw : name;
    const code =
      // A redirect back with an error (AuthImplicitGrantRedirectError): the URL's error_code is in
      // `details.code` (auth-js src/GoTrueClient.ts _getSessionFromURL), e.g. otp_expired for an old link.
      lookup(SUPABASE_ERROR_CODES, (e.details as Record<string, unknown> | null | undefined)?.code) ??
      lookup(SUPABASE_ERROR_CODES, key) ??
      (typeof raw === 'string'
        ? undefined
        : name === 'AuthRetryableFetchError' && status === 0
          ? 'network_error'
          : // No code: a server older than error codes says it in words (SUPABASE_LEGACY_MESSAGES), else the status decides.
            (lookup(SUPABASE_LEGACY_MESSAGES, e.message, '|') ?? fromStatus(status)));
    const reasons = Array.isArray(e.reasons) ? e.reasons.filter((reason) => typeof reason === 'string').join(' ') : undefined;
    return {
      code,
      message: e.message,
      status,
      // Each line of SUPABASE_FIELDS that holds the code names its field.
      fields: SUPABASE_FIELDS.map((line) => lookup([line], key)),
      details: { reasons: reasons || undefined },
    };
  });
}
