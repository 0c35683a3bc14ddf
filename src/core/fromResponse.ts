import { fromHttp } from './fromHttp';
import type { IntelliAuthError } from './IntelliAuthError';
import { parseRetryAfter } from './parseRetryAfter';
import { toAuthError } from './toAuthError';

async function readBody(res: Response): Promise<unknown> {
  try {
    // JSON.parse throws on HTML, truncated JSON and empty bodies alike.
    return JSON.parse(await res.text());
  } catch {
    // A body already read, a stream that failed: fall back to the status.
    return undefined;
  }
}

/**
 * Reads a failed `Response` into an {@link IntelliAuthError}. The body's code wins (flat or
 * envelope JSON, or an OAuth token-endpoint body); otherwise the status decides (429
 * rate_limited, 503 service_unavailable, other 5xx server_error, 404, 403, 409, 412, 401, 400/422),
 * or the `WWW-Authenticate` challenge's error when it names one.
 * `Retry-After` fills `details.retry_after_s` when the body has none. Never rejects.
 *
 * @example
 * const res = await fetch('/api/sign-in', { method: 'POST', body })
 * if (!res.ok) showAuthError(await fromResponse(res))
 */
export async function fromResponse(res: Response): Promise<IntelliAuthError> {
  try {
    return fromHttp(res.status, res.headers, toAuthError(await readBody(res)), parseRetryAfter);
  } catch {
    // Not a Response after all.
    return { code: 'unknown' };
  }
}
