import type { IntelliAuthError } from './IntelliAuthError';
import { parseRetryAfter } from './parseRetryAfter';
import { toAuthError } from './toAuthError';

function codeForStatus(status: number, wwwAuthenticate: string | null): string {
  if (status === 429) return 'rate_limited';
  if (status === 503) return 'service_unavailable';
  if (status >= 500) return 'server_error';
  if (status === 404) return 'not_found';
  if (status === 403) return 'permission_denied';
  if (status === 409) return 'conflict';
  if (status === 412) return 'precondition_failed';
  // RFC 6750: an expired or revoked access token is `invalid_token`; refresh it before giving up.
  if (status === 401) return wwwAuthenticate && /error="?invalid_token/i.test(wwwAuthenticate) ? 'token_expired' : 'session_expired';
  if (status === 400 || status === 422) return 'validation_failed';
  return 'unknown';
}

async function readBody(res: Response): Promise<unknown> {
  try {
    const body = await res.text();
    return body.trim() === '' ? undefined : JSON.parse(body);
  } catch {
    // HTML error pages, truncated JSON, a body already read: fall back to the status.
    return undefined;
  }
}

/**
 * Reads a failed `Response` into an {@link IntelliAuthError}. The body's code wins (flat or
 * envelope JSON, or an OAuth token-endpoint body); otherwise the status decides (429
 * rate_limited, 503 service_unavailable, other 5xx server_error, 404, 403, 409, 412, 401, 400/422).
 * `Retry-After` fills `details.retry_after_s` when the body has none. Never rejects.
 *
 * @example
 * const res = await fetch('/api/sign-in', { method: 'POST', body })
 * if (!res.ok) showAuthError(await fromResponse(res))
 */
export async function fromResponse(res: Response): Promise<IntelliAuthError> {
  let headers: Headers | undefined;
  let status = 0;
  try {
    headers = res.headers;
    status = res.status;
  } catch {
    // Not a Response after all.
  }
  const body = await readBody(res);
  const fromBody = toAuthError(body);
  const error: IntelliAuthError =
    fromBody.code !== 'unknown' ? fromBody : { code: codeForStatus(status, headers?.get('www-authenticate') ?? null) };
  if (status >= 100 && status <= 599 && error.status === undefined) error.status = status;
  if (error.details?.retry_after_s === undefined) {
    const retryAfterS = parseRetryAfter(headers?.get('retry-after'));
    if (retryAfterS !== undefined) error.details = { ...error.details, retry_after_s: retryAfterS };
  }
  return error;
}
