import type { IntelliAuthError } from './IntelliAuthError';
import { oauthCode } from './oauthCode';
import { parseDelaySeconds } from './parseDelaySeconds';

/** What the kit reads from a response's headers: `Headers`, or anything with the same `get`. */
interface HeadersLike {
  get(name: string): string | null;
}

// The `error` auth-param of a WWW-Authenticate challenge (RFC 6750 §3; DPoP's RFC 9449 §7.1 too).
const CHALLENGE_ERROR = /\berror="?(\w+)/i;

/** An HTTP status code, or `undefined` when `value` is not one. */
export function httpStatus(value: unknown): number | undefined {
  return Number.isInteger(value) && (value as number) >= 100 && (value as number) <= 599 ? (value as number) : undefined;
}

function codeForStatus(status = 0, challenge?: string | null): string {
  // On a 401 or 403 the challenge's error says more than the status: invalid_token (refresh),
  // insufficient_user_authentication (step up), insufficient_scope.
  const fromChallenge = oauthCode(((status === 401 || status === 403) && CHALLENGE_ERROR.exec(challenge ?? '')?.[1]) || '');
  if (fromChallenge !== 'unknown') return fromChallenge;
  if (status === 429) return 'rate_limited';
  if (status === 503) return 'service_unavailable';
  if (status >= 500) return 'server_error';
  if (status === 404) return 'not_found';
  if (status === 403) return 'permission_denied';
  if (status === 409) return 'conflict';
  if (status === 412) return 'precondition_failed';
  if (status === 401) return 'session_expired';
  if (status === 400 || status === 422) return 'validation_failed';
  return 'unknown';
}

/**
 * What a failed HTTP response means, for `toAuthError` (a thrown `Response`, React Router's error
 * response) and `fromResponse` alike: the body's error when it has a code, else the code for the
 * status and the WWW-Authenticate challenge; then the status, and `Retry-After` (read by
 * `readRetryAfter`) as `details.retry_after_s` when the body gave none.
 */
export function fromHttp(
  rawStatus: unknown,
  headers: HeadersLike | undefined,
  fromBody: IntelliAuthError | undefined,
  readRetryAfter: (value: string | null | undefined) => number | undefined = parseDelaySeconds,
): IntelliAuthError {
  const status = httpStatus(rawStatus);
  const error =
    fromBody && fromBody.code !== 'unknown' ? fromBody : { code: codeForStatus(status, headers?.get('www-authenticate')) };
  if (status !== undefined) error.status ??= status;
  const retryAfterS = error.details?.retry_after_s ?? readRetryAfter(headers?.get('retry-after'));
  if (retryAfterS !== undefined) error.details = { ...error.details, retry_after_s: retryAfterS };
  return error;
}
