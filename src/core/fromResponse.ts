import { fromHttp } from './fromHttp';
import type { IntelliAuthError } from './IntelliAuthError';
import { parseRetryAfter } from './parseRetryAfter';
import { toAuthError } from './toAuthError';

/** Options for {@link fromResponse}: how much of the body it waits for. */
export interface FromResponseOptions {
  /**
   * How long to wait for the whole body, in milliseconds. Past it the read is cancelled and the
   * status and headers decide.
   * @defaultValue 5000
   */
  timeoutMs?: number;
  /**
   * The most body bytes read. A longer body is cancelled and the status and headers decide.
   * @defaultValue 65536 (64 KiB)
   */
  maxBytes?: number;
}

/** The body as JSON, or `undefined`: not JSON, empty, too long, too slow, already read, failed. */
async function readBody(res: Response, timeoutMs: number, maxBytes: number): Promise<unknown> {
  let reader: ReadableStreamDefaultReader<Uint8Array<ArrayBuffer>> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const read = async (): Promise<string | undefined> => {
    const body = res.body;
    // A Response-like value without a stream.
    if (!body) return res.text();
    reader = body.getReader();
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      // Decoded once whole, as UTF-8 (what `res.text()` does).
      if (done) return new Blob(chunks).text();
      size += value.byteLength;
      if (size > maxBytes) return undefined;
      chunks.push(value);
    }
  };
  try {
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    });
    const text = await Promise.race([read(), timeout]);
    // JSON.parse throws on HTML, truncated JSON and empty bodies alike.
    return text === undefined || text.length > maxBytes ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
    // Stops a body that is still streaming (too slow, too long); nothing to stop otherwise.
    reader?.cancel().catch(() => {});
  }
}

/**
 * Reads a failed `Response` into an {@link IntelliAuthError}. The body's code wins (flat or
 * envelope JSON, or an OAuth token-endpoint body); otherwise the status decides (429
 * rate_limited, 503 service_unavailable, other 5xx server_error, 404, 403, 409, 412, 401, 400/422),
 * or the `WWW-Authenticate` challenge's error when it names one.
 * `Retry-After` fills `details.retry_after_s` when the body has none. Never rejects.
 *
 * The body is read for at most `timeoutMs` and `maxBytes`: a body that never ends or is too long
 * is cancelled, and the status and headers decide.
 *
 * @example
 * const res = await fetch('/api/sign-in', { method: 'POST', body })
 * if (!res.ok) showAuthError(await fromResponse(res))
 */
export async function fromResponse(res: Response, options: FromResponseOptions = {}): Promise<IntelliAuthError> {
  try {
    const { timeoutMs, maxBytes } = options as { timeoutMs: number; maxBytes: number };
    // Missing or junk (NaN, negative; an endless maxBytes) gets the defaults. setTimeout's largest
    // delay is 2^31 − 1 ms: beyond it browsers fire at once.
    const body = await readBody(
      res,
      timeoutMs >= 0 ? Math.min(timeoutMs, 2 ** 31 - 1) : 5000,
      maxBytes >= 0 && maxBytes < Infinity ? maxBytes : 65_536,
    );
    return fromHttp(res.status, res.headers, toAuthError(body), parseRetryAfter);
  } catch {
    // Not a Response after all.
    return { code: 'unknown' };
  }
}
