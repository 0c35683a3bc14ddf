import type { AuthErrorCode } from '../catalogue/catalogue';

/** Extra data the platform sends with some codes. Every field is optional and may be missing. */
export interface IntelliAuthErrorDetails {
  /** Seconds to wait before trying again (account_locked, sms_rate_limited, rate_limited). */
  retry_after_s?: number;
  /** Per-field messages (validation_failed) or the conflicting fields (conflict). */
  fields?: Record<string, string | string[]>;
  /** Which custom Action produced step_blocked / step_timeout / step_error. For logging only. */
  step?: string;
  /** Why the Action blocked. For logging only, never shown to users. */
  reason?: string;
  [key: string]: unknown;
}

/**
 * The platform's error value, after {@link toAuthError} has normalised it.
 * `code` is a catalogue code, a code the catalogue does not know yet, `'unknown'` (not an auth
 * error at all) or `'aborted'` (a cancelled request: nothing is shown).
 */
export interface IntelliAuthError {
  /** The stable code. Match on this, never on `message`. */
  code: AuthErrorCode | 'unknown' | 'aborted' | (string & {});
  /** Developer-facing text from the server. Kept for logging; never shown to users. */
  message?: string;
  /** HTTP status, when the error came from a response. */
  status?: number;
  /** Extra data; malformed parts have been dropped. */
  details?: IntelliAuthErrorDetails;
  /** OAuth `error_description`: developer text, kept for logging, never shown to users. */
  error_description?: string;
  /** OAuth `error_uri`, unchecked. Pass it through `safeHref` before linking to it. */
  error_uri?: string;
  /**
   * For logging: the input's own `cause` (where adapters keep the provider's original error), or
   * the value that was normalised when it was not already an error object.
   */
  cause?: unknown;
}
