import { AUTH_ERROR_DIGEST_PREFIX } from './AUTH_ERROR_DIGEST_PREFIX';
import { toAuthError } from './toAuthError';

// Digests travel in the page's HTML and the RSC payload: kept short whatever the error carries.
const MAX_LENGTH = 2048;

/**
 * Encodes an error into a string for an Error's `digest`, which Next.js keeps when it redacts an
 * error thrown in a server component (the message and everything else are replaced).
 * {@link toAuthError} reads it back from the error the client gets.
 *
 * Holds the normalised code, `status` and the details the UI uses: `retry_after_s`,
 * `remaining_attempts` and `fields`; never `message`, `error_description`, `cause` or other
 * details. At most 2,048 characters: every field is kept by name while the names fit, and its
 * messages while they fit too (a field without them is still named, with no message).
 *
 * @example
 * // On the server:
 * throw Object.assign(new Error('Sign-in failed'), { digest: toAuthErrorDigest(platformError) })
 * // In error.tsx:
 * const error = toAuthError(props.error) // the code, status and details again
 */
export function toAuthErrorDigest(error: unknown): string {
  const { code, status, details: { retry_after_s: retryAfterS, remaining_attempts: remaining, fields: all = {} } = {} } = toAuthError(error);
  // No prototype: a field named `__proto__` is a field like any other.
  const fields: Record<string, string | string[]> = Object.create(null);
  const payload = {
    code,
    status,
    details: { retry_after_s: retryAfterS, remaining_attempts: typeof remaining === 'number' ? remaining : undefined, fields },
  };
  // JSON leaves out what is undefined.
  const encode = () => AUTH_ERROR_DIGEST_PREFIX + JSON.stringify(payload);
  // Every field by name first, as many as fit; then their messages, each while it fits.
  for (const name of Object.keys(all)) {
    fields[name] = [];
    if (encode().length > MAX_LENGTH) {
      delete fields[name];
      break;
    }
  }
  for (const name in fields) {
    fields[name] = all[name] ?? [];
    if (encode().length > MAX_LENGTH) fields[name] = [];
  }
  return encode();
}
