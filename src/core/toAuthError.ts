import { AUTH_ERROR_DIGEST_PREFIX } from './AUTH_ERROR_DIGEST_PREFIX';
import { fromHttp, httpStatus } from './fromHttp';
import type { IntelliAuthError, IntelliAuthErrorDetails } from './IntelliAuthError';
import { oauthCode } from './oauthCode';
import { parseDelaySeconds } from './parseDelaySeconds';

type AnyRecord = Record<string, unknown>;

// Limits that keep a hostile or broken payload from costing memory or render time, written out
// where they apply (a named constant costs bytes in every bundle): a code of 100 characters, a
// text of 2,000, a field name or message of 500, 50 keys, 10 messages a field, 3 levels of
// wrapping (an Error's cause, a client's response body, a digest), a digest of 8,192 characters.

// How each runtime words a `fetch` that never reached the server (Chromium, Firefox, Safari,
// Node/undici, React Native). Whole message only: Chromium's "Failed to fetch dynamically imported
// module: …" is a chunk that failed to load, not an auth request.
const NETWORK_MESSAGES =
  /^(failed to fetch|networkerror when attempting to fetch resource|load failed|fetch failed|network request failed)\.?$/i;
// Socket-level error codes Node reports for the same thing (ECONNREFUSED, ECONNRESET,
// ECONNABORTED, ENOTFOUND, ETIMEDOUT, EAI_AGAIN, ENETUNREACH), and axios's own ERR_NETWORK
// (ECONNABORTED is its timeout too).
const NETWORK_ERRNO = /^(E(CONN(REFUSED|RESET|ABORTED)|NOTFOUND|TIMEDOUT|AI_AGAIN|NETUNREACH)|ERR_NETWORK)$/;

// The details the kit acts on: read even when a payload buries them after thousands of others.
const KNOWN_DETAILS = ['retry_after_s', 'fields', 'remaining_attempts', 'return_to', 'step', 'reason'];

const isRecord = (value: unknown): value is AnyRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown, max = 2000): string | undefined =>
  typeof value === 'string' ? value.slice(0, max) : undefined;

/**
 * An object of the given entries, those whose value is `undefined` left out. `fromEntries`
 * defines own properties: a `__proto__` key from a payload cannot swap a prototype.
 */
const entries = <T>(pairs: [string, unknown][]): T =>
  Object.fromEntries(pairs.filter((pair) => pair[1] !== undefined)) as T;

/** A field's messages; an empty list names the field without a message. */
function fieldMessages(value: unknown): string | string[] | undefined {
  return Array.isArray(value)
    ? value
        .slice(0, 10)
        .filter((message): message is string => typeof message === 'string')
        .map((message) => message.slice(0, 500))
    : text(value, 500);
}

/**
 * A defensive copy of a payload's object: own, enumerable keys only, at most 50 of them
 * (`first` read even when a payload buries them after thousands of others), each value as `pick`
 * keeps it; `undefined` when nothing is kept.
 */
function copy<T>(value: unknown, pick: (raw: unknown, key: string) => unknown, first: string[] = []): T | undefined {
  if (!isRecord(value)) return undefined;
  const keys = Object.keys(value);
  const kept = entries<T & object>(
    [...new Set([...first.filter((key) => keys.includes(key)), ...keys.slice(0, 50)])]
      .slice(0, 50)
      .map((key) => [key.slice(0, 500), pick(value[key], key)]),
  );
  return Object.keys(kept).length > 0 ? kept : undefined;
}

/** `details`: known keys validated, other primitive values kept for logging. */
const details = (value: unknown) =>
  copy<IntelliAuthErrorDetails>(
    value,
    (raw, key) =>
      key === 'retry_after_s'
        ? parseDelaySeconds(raw)
        : key === 'fields'
          ? copy<Record<string, string | string[]>>(raw, fieldMessages)
          : typeof raw === 'boolean'
            ? raw
            : // `-0 + 0` is 0: a server's -0 must not read "-0" anywhere.
              (text(raw) ?? (Number.isFinite(raw) ? (raw as number) + 0 : undefined)),
    KNOWN_DETAILS,
  );

/**
 * Builds the normalised value from `source`, leaving out what is absent
 * (exactOptionalPropertyTypes-friendly). `status` is the HTTP status around it, if it has none.
 */
function make(code: string, source: AnyRecord, status?: unknown): IntelliAuthError {
  return entries<IntelliAuthError>(
    Object.entries({
      code: code.slice(0, 100),
      message: text(source.message),
      status: httpStatus(source.status) ?? httpStatus(source.statusCode) ?? httpStatus(status),
      details: details(source.details),
      error_description: text(source.error_description),
      error_uri: text(source.error_uri),
      // An adapter keeps the provider's original error as `cause`: kept, for logging.
      cause: Object.hasOwn(source, 'cause') ? source.cause : undefined,
    }),
  );
}

/** An error of the kit's own `code`, keeping the value it was read from as `cause`. */
const caused = (code: string, input: unknown) => make(code, { cause: input });

function fromParams(params: URLSearchParams, cause: unknown): IntelliAuthError | undefined {
  const code = params.get('error');
  return code === null
    ? undefined
    : make(oauthCode(code), { error_description: params.get('error_description'), error_uri: params.get('error_uri'), cause });
}

/**
 * The error body an HTTP client keeps on its error, with the response's status: axios on
 * `response.data`, ofetch and React Router on `data`.
 */
function fromClientResponse(value: AnyRecord, depth: number): IntelliAuthError | undefined {
  const response = isRecord(value.response) ? value.response : {};
  const body = response.data ?? value.data;
  return isRecord(body) && depth < 3
    ? fromRecord(body, depth + 1, response.status ?? value.status ?? value.statusCode)
    : undefined;
}

function fromRecord(value: AnyRecord, depth: number, status?: unknown): IntelliAuthError | undefined {
  const error = value.error;
  if (typeof value.code === 'string') return make(value.code, value, status);
  // Envelope: { error: { code, message, details } }, the status beside it.
  if (isRecord(error) && typeof error.code === 'string') return make(error.code, error, value.status ?? status);
  // OAuth token endpoint body: { error: 'invalid_grant', error_description }
  if (typeof error === 'string') return make(oauthCode(error), value, status);
  // A plain object from an HTTP client (a serialised axios error, a wrapper's `{ data }`).
  return fromClientResponse(value, depth);
}

/** What `input` says, or `undefined` when it says nothing the kit can read. */
function read(input: unknown, depth: number): IntelliAuthError | undefined {
  if (typeof input === 'string') {
    const trimmed = input.trim();
    return /^[?#]/.test(trimmed) ? fromParams(new URLSearchParams(trimmed.slice(1)), input) : undefined;
  }
  if (typeof input !== 'object' || input === null) return undefined;
  const value = input as AnyRecord;
  const { digest, headers } = value as { digest?: unknown; headers?: { get?: unknown } };
  // DOMException is not an Error subclass in every runtime: go by name.
  if (value.name === 'AbortError') return caused('aborted', input);
  if (value.name === 'TimeoutError') return caused('network_error', input);
  // Next.js keeps an error's `digest` when it redacts the rest: toAuthErrorDigest's is read back,
  // as untrusted as any other input (JSON cut short or forged throws: `unknown`).
  if (typeof digest === 'string' && digest.startsWith(AUTH_ERROR_DIGEST_PREFIX) && digest.length < 8192 && depth < 3) {
    return normalise(JSON.parse(digest.slice(AUTH_ERROR_DIGEST_PREFIX.length)), depth + 1);
  }
  // A thrown Response (fetch's, or anything with a numeric status and headers.get): its body
  // cannot be read synchronously, so the status and headers decide, Retry-After in delay-seconds
  // (an HTTP-date needs parseRetryAfter, which fromResponse brings).
  if (typeof value.status === 'number' && typeof headers?.get === 'function') return fromHttp(value.status, headers as Headers, undefined);
  if (input instanceof Error) {
    // An HTTP client's error (axios's AxiosError, ofetch's FetchError) carries the platform's
    // body: its code wins over the client's own (`ERR_BAD_REQUEST`).
    const { code, cause } = value;
    const inner =
      fromClientResponse(value, depth) ??
      (typeof code === 'string'
        ? code === 'ERR_CANCELED'
          ? // axios's cancellation (CanceledError): a cancelled request, like an AbortError.
            caused('aborted', input)
          : NETWORK_ERRNO.test(code)
            ? caused('network_error', input)
            : make(code, value)
        : input.name === 'TypeError' && NETWORK_MESSAGES.test(input.message)
          ? caused('network_error', input)
          : // An app that wraps the platform's error keeps it as `cause`.
            depth < 3
            ? read(cause, depth + 1)
            : undefined);
    return inner?.code === 'unknown' ? undefined : inner;
  }
  const fromBody = fromRecord(value, depth);
  // React Router's error response (isRouteErrorResponse): `data` is the parsed body when it was
  // JSON; without a code there (text, an HTML page), the status decides.
  if (typeof value.status === 'number' && typeof value.statusText === 'string' && typeof value.internal === 'boolean' && 'data' in value) {
    return fromHttp(value.status, undefined, fromBody);
  }
  // OAuth redirect parameters: a URL's query, then its fragment (implicit and hybrid flows). Last,
  // so that a runtime without URL (none the kit supports) still reads everything else.
  const params =
    input instanceof URLSearchParams
      ? input
      : input instanceof URL
        ? new URLSearchParams(`${input.search}&${input.hash.slice(1)}`)
        : undefined;
  return fromBody ?? (params && fromParams(params, String(input)));
}

/** What `input` says, or code `unknown` with `input` as its cause. */
const normalise = (input: unknown, depth: number): IntelliAuthError => read(input, depth) ?? caused('unknown', input);

/**
 * Turns anything (a thrown value, a response body, an OAuth redirect, junk) into an
 * {@link IntelliAuthError}. Never throws: what cannot be read becomes code `'unknown'`.
 *
 * - `{ code, message?, status?, details?, cause? }` and the envelope `{ error: { code, … } }` keep
 *   their code; `details` is copied defensively (malformed parts dropped, `retry_after_s`
 *   coerced); `cause` is kept as is, for logging.
 * - A thrown `Response` (or anything with a numeric `status` and `headers.get`) maps by status as
 *   {@link fromResponse} does, with `WWW-Authenticate`, and `Retry-After` in seconds. Its body
 *   cannot be read synchronously: `await fromResponse(res)` to let the body's code win (and to
 *   read a `Retry-After` given as an HTTP-date).
 * - React Router's error response (`isRouteErrorResponse`) maps by status too, unless its `data`
 *   is a parsed JSON body with a code; text and HTML in `data` are ignored.
 * - An error whose `digest` was made by {@link toAuthErrorDigest} (Next.js keeps it when it
 *   redacts an error thrown on the server) is read back from it.
 * - A failed `fetch` (`TypeError: Failed to fetch` in any runtime's wording) or a `TimeoutError`
 *   is `network_error`; an `AbortError` is `aborted`. Other `TypeError`s are bugs: `unknown`.
 * - OAuth redirect parameters (`URLSearchParams`, `URL`, `'?error=…'`) and token-endpoint bodies
 *   (`{ error: 'invalid_grant' }`) map the registered OAuth, OpenID Connect, bearer-token,
 *   device-flow and step-up codes onto the catalogue.
 * - Codes match exactly: `'INVALID_CREDENTIALS'` stays an unknown code.
 *
 * @example
 * const error = toAuthError(await res.json())
 * const error = toAuthError(new URL(window.location.href))
 * // In a React Router errorElement, or a TanStack Query retry callback:
 * const error = toAuthError(useRouteError())
 */
export function toAuthError(input: unknown): IntelliAuthError {
  try {
    return normalise(input, 0);
  } catch {
    // A getter that throws, a revoked Proxy: nothing in it can be trusted.
    return { code: 'unknown' };
  }
}
