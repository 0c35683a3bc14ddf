import { isAuthErrorCode } from '../catalogue/isAuthErrorCode';
import type { IntelliAuthError, IntelliAuthErrorDetails } from './IntelliAuthError';

type AnyRecord = Record<string, unknown>;

// Limits that keep a hostile or broken payload from costing memory or render time.
const MAX_CODE = 100;
const MAX_TEXT = 2000;
const MAX_FIELD_TEXT = 500;
const MAX_KEYS = 50;
const MAX_FIELD_MESSAGES = 10;

// Standard OAuth 2.0 / OIDC error codes that are not catalogue codes, and what they mean here.
const OAUTH_CODES: Readonly<Record<string, string>> = {
  login_required: 'session_expired',
  interaction_required: 'consent_required',
  consent_required: 'consent_required',
  account_selection_required: 'consent_required',
  access_denied: 'permission_denied',
  temporarily_unavailable: 'service_unavailable',
  server_error: 'server_error',
  invalid_request: 'flow_invalid',
};

// How each runtime words a `fetch` that never reached the server (Chromium, Firefox, Safari,
// Node/undici, React Native). Whole message only: Chromium's "Failed to fetch dynamically imported
// module: …" is a chunk that failed to load, not an auth request.
const NETWORK_MESSAGES =
  /^(failed to fetch|networkerror when attempting to fetch resource|load failed|fetch failed|network request failed)\.?$/i;
// Socket-level error codes Node reports for the same thing, and axios's own (ERR_NETWORK, and
// ECONNABORTED for its timeout).
const NETWORK_ERRNO = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENETUNREACH',
  'ECONNABORTED',
  'ERR_NETWORK',
]);
// axios's cancellation (CanceledError): a cancelled request, like an AbortError.
const CANCELLED_CODES = new Set(['ERR_CANCELED']);

const isRecord = (value: unknown): value is AnyRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown, max = MAX_TEXT): string | undefined =>
  typeof value === 'string' ? value.slice(0, max) : undefined;

/** Own, enumerable keys only, and a bounded number of them. */
const ownKeys = (value: object): string[] => Object.keys(value).slice(0, MAX_KEYS);

/** Sets a property even when the key is `__proto__`, so a payload cannot swap a prototype. */
function define<T extends object>(target: T, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Whole seconds (rounded up) from a number or a numeric string. Negative numbers, NaN, Infinity
 * and values too large to be a real wait (beyond `Number.MAX_SAFE_INTEGER`) are refused.
 */
function seconds(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !(n >= 0)) return undefined;
  // `+ 0` turns -0 into 0.
  const whole = Math.ceil(n) + 0;
  return Number.isSafeInteger(whole) ? whole : undefined;
}

function fieldMessages(value: unknown): string | string[] | undefined {
  if (typeof value === 'string') return value.slice(0, MAX_FIELD_TEXT);
  if (!Array.isArray(value)) return undefined;
  const messages = value
    .slice(0, MAX_FIELD_MESSAGES)
    .filter((message): message is string => typeof message === 'string')
    .map((message) => message.slice(0, MAX_FIELD_TEXT));
  return messages.length > 0 ? messages : undefined;
}

function fields(value: unknown): Record<string, string | string[]> | undefined {
  if (!isRecord(value)) return undefined;
  const out: Record<string, string | string[]> = {};
  let any = false;
  for (const key of ownKeys(value)) {
    const messages = fieldMessages(value[key]);
    if (messages !== undefined) {
      define(out, key.slice(0, MAX_FIELD_TEXT), messages);
      any = true;
    }
  }
  return any ? out : undefined;
}

// The keys the kit acts on: read even when a payload buries them after thousands of others.
const KNOWN_DETAILS = ['retry_after_s', 'fields', 'remaining_attempts', 'return_to', 'step', 'reason'];

/** A defensive copy of `details`: known keys validated, other primitive values kept for logging. */
function details(value: unknown): IntelliAuthErrorDetails | undefined {
  if (!isRecord(value)) return undefined;
  const out: IntelliAuthErrorDetails = {};
  const known = KNOWN_DETAILS.filter((key) => Object.prototype.propertyIsEnumerable.call(value, key));
  const others = ownKeys(value).filter((key) => !KNOWN_DETAILS.includes(key));
  for (const key of [...known, ...others].slice(0, MAX_KEYS)) {
    const raw = value[key];
    let kept: unknown;
    if (key === 'retry_after_s') kept = seconds(raw);
    else if (key === 'fields') kept = fields(raw);
    else if (typeof raw === 'string') kept = raw.slice(0, MAX_TEXT);
    // `-0 + 0` is 0: a server's -0 must not read "-0" anywhere.
    else if (typeof raw === 'number' && Number.isFinite(raw)) kept = raw + 0;
    else if (typeof raw === 'boolean') kept = raw;
    if (kept !== undefined) define(out, key, kept);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function httpStatus(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599 ? value : undefined;
}

/** Builds the normalised value, leaving out what is absent (exactOptionalPropertyTypes-friendly). */
function make(code: string, source: AnyRecord | undefined, cause?: unknown): IntelliAuthError {
  const error: IntelliAuthError = { code: code.slice(0, MAX_CODE) };
  if (source) {
    const message = text(source.message);
    const status = httpStatus(source.status) ?? httpStatus(source.statusCode);
    const extra = details(source.details);
    const description = text(source.error_description);
    const uri = text(source.error_uri);
    if (message !== undefined) error.message = message;
    if (status !== undefined) error.status = status;
    if (extra !== undefined) error.details = extra;
    if (description !== undefined) error.error_description = description;
    if (uri !== undefined) error.error_uri = uri;
  }
  if (cause !== undefined) error.cause = cause;
  return error;
}

/** The code an OAuth `error` parameter stands for. */
function oauthCode(value: string): string {
  if (isAuthErrorCode(value)) return value;
  return Object.hasOwn(OAUTH_CODES, value) ? (OAUTH_CODES[value] as string) : 'unknown';
}

function fromParams(params: URLSearchParams, cause: unknown): IntelliAuthError | undefined {
  const code = params.get('error');
  if (code === null) return undefined;
  return make(
    oauthCode(code),
    { error_description: params.get('error_description'), error_uri: params.get('error_uri') },
    cause,
  );
}

function fromUrl(url: URL): IntelliAuthError | undefined {
  return (
    fromParams(url.searchParams, url.href) ??
    (url.hash.length > 1 ? fromParams(new URLSearchParams(url.hash.slice(1)), url.href) : undefined)
  );
}

/** The error body an HTTP client keeps on its error: axios on `response.data`, ofetch on `data`. */
function fromClientResponse(value: AnyRecord, depth: number): IntelliAuthError | undefined {
  const response = isRecord(value.response) ? value.response : undefined;
  const body = response?.data ?? value.data;
  if (!isRecord(body)) return undefined;
  const inner = fromRecord(body, depth + 1);
  if (!inner) return undefined;
  const status = httpStatus(response?.status) ?? httpStatus(value.status) ?? httpStatus(value.statusCode);
  if (status !== undefined && inner.status === undefined) inner.status = status;
  return inner;
}

function fromErrorInstance(error: Error, depth: number): IntelliAuthError | undefined {
  // An HTTP client's error (axios's AxiosError, ofetch's FetchError) carries the platform's body:
  // its code wins over the client's own (`ERR_BAD_REQUEST`).
  const fromBody = depth < 3 ? fromClientResponse(error as unknown as AnyRecord, depth) : undefined;
  if (fromBody) return fromBody;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (CANCELLED_CODES.has(code)) return make('aborted', undefined, error);
    if (NETWORK_ERRNO.has(code)) return make('network_error', undefined, error);
    return make(code, error as unknown as AnyRecord);
  }
  if (error.name === 'TypeError' && NETWORK_MESSAGES.test(error.message)) return make('network_error', undefined, error);
  // An app that wraps the platform's error keeps it as `cause`.
  if (depth < 3 && error.cause !== undefined) {
    const inner = normalise(error.cause, depth + 1);
    if (inner.code !== 'unknown') return inner;
  }
  return undefined;
}

function fromRecord(value: AnyRecord, depth: number): IntelliAuthError | undefined {
  if (typeof value.code === 'string') return make(value.code, value);
  const error = value.error;
  // Envelope: { error: { code, message, details } }
  if (isRecord(error) && typeof error.code === 'string') {
    const unwrapped = make(error.code, error);
    const status = httpStatus(value.status);
    if (unwrapped.status === undefined && status !== undefined) unwrapped.status = status;
    return unwrapped;
  }
  // OAuth token endpoint body: { error: 'invalid_grant', error_description }
  if (typeof error === 'string') return make(oauthCode(error), value);
  // A plain object from an HTTP client (a serialised axios error, a wrapper's `{ data }`).
  return depth < 3 ? fromClientResponse(value, depth) : undefined;
}

/** What `input` says, or `undefined` when nothing in it can be read as an error. */
function read(input: unknown, depth: number): IntelliAuthError | undefined {
  if (typeof input === 'string') {
    const trimmed = input.trim();
    return trimmed.startsWith('?') || trimmed.startsWith('#') ? fromParams(new URLSearchParams(trimmed.slice(1)), input) : undefined;
  }
  if (typeof input !== 'object' || input === null) return undefined;
  // DOMException is not an Error subclass in every runtime: go by name.
  const name = (input as { name?: unknown }).name;
  if (name === 'AbortError') return make('aborted', undefined, input);
  if (name === 'TimeoutError') return make('network_error', undefined, input);
  if (typeof URLSearchParams !== 'undefined' && input instanceof URLSearchParams) return fromParams(input, input.toString());
  if (typeof URL !== 'undefined' && input instanceof URL) return fromUrl(input);
  if (input instanceof Error) return fromErrorInstance(input, depth);
  return isRecord(input) ? fromRecord(input, depth) : undefined;
}

function normalise(input: unknown, depth: number): IntelliAuthError {
  return read(input, depth) ?? make('unknown', undefined, input);
}

/**
 * Turns anything (a thrown value, a response body, an OAuth redirect, junk) into an
 * {@link IntelliAuthError}. Never throws: what cannot be read becomes code `'unknown'`.
 *
 * - `{ code, message?, status?, details? }` and the envelope `{ error: { code, … } }` keep their
 *   code; `details` is copied defensively (malformed parts dropped, `retry_after_s` coerced).
 * - A failed `fetch` (`TypeError: Failed to fetch` in any runtime's wording) or a `TimeoutError`
 *   is `network_error`; an `AbortError` is `aborted`. Other `TypeError`s are bugs: `unknown`.
 * - OAuth redirect parameters (`URLSearchParams`, `URL`, `'?error=…'`) and token-endpoint bodies
 *   (`{ error: 'invalid_grant' }`) map standard OAuth codes onto the catalogue.
 * - Codes match exactly: `'INVALID_CREDENTIALS'` stays an unknown code.
 *
 * @example
 * const error = toAuthError(await res.json())
 * const error = toAuthError(new URL(window.location.href))
 */
export function toAuthError(input: unknown): IntelliAuthError {
  try {
    return normalise(input, 0);
  } catch {
    // A getter that throws, a revoked Proxy: nothing in it can be trusted.
    return { code: 'unknown' };
  }
}
