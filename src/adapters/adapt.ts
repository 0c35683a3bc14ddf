import type { AuthErrorCode } from '../catalogue/catalogue';
import type { IntelliAuthError, IntelliAuthErrorDetails } from '../core/IntelliAuthError';

// What the provider adapters share. Pure and tiny: each adapter entry ships it with its own table,
// and none of them loads the root entry, the catalogue or React.

/** What an adapter maps to: a catalogue code, or `aborted` (the user cancelled: nothing is shown). */
export type AdapterCode = AuthErrorCode | 'aborted';

/**
 * A provider's error codes grouped by the code each becomes. Data, not a switch: the README's
 * mapping tables are generated from it. Each list is one string, its entries separated by spaces
 * (by `|` in a table of messages, which have spaces) and split when looked up: written so, a table
 * ships in fewer bytes than as arrays. An entry with a `*` at its start or end is a pattern
 * (`passkey_*`, `*_cancelled`) that holds every value it starts or ends with, so a provider's family
 * of codes takes one entry. A value listed by name wins over any pattern (`passkey_already_exists`
 * is a conflict although `passkey_*` is webauthn_failed); between patterns, or between names, the
 * list that comes first wins.
 */
export type CodeTable<K extends string = AdapterCode> = { readonly [Key in K]?: string };

/** What an adapter reads from the provider's value. */
export interface Reading {
  code: AdapterCode | 'unknown';
  message?: unknown;
  status?: unknown;
  /** Becomes `details`; keys left `undefined` are dropped. */
  details?: Record<string, unknown>;
}

type AnyRecord = Record<string, unknown>;

/** `value` when it is an object (arrays included), else an empty record: safe to read keys from. */
export const rec = (value: unknown): AnyRecord =>
  typeof value === 'object' && value !== null ? (value as AnyRecord) : {};

/**
 * The key of `table` whose list holds `value`: by name if any list names it, else the first whose
 * pattern holds it (see {@link CodeTable}). The provider's value is only ever compared, never used as
 * a key, so `'__proto__'` or `'toString'` find nothing.
 */
export function lookup<K extends string>(table: CodeTable<K>, value: unknown, separator = ' '): K | undefined {
  let pattern: K | undefined;
  for (const key of Object.keys(table) as K[]) {
    for (const entry of table[key]?.split(separator) ?? []) {
      if (entry === value) return key;
      const [head = '', tail] = entry.split('*');
      // The first pattern that holds is kept, in case no list names the value.
      if (typeof value === 'string' && tail !== undefined && value.startsWith(head) && value.endsWith(tail)) pattern ??= key;
    }
  }
  return pattern;
}

/** The code an HTTP status alone stands for, when the provider sent no code of its own. */
export function fromStatus(status: unknown): AdapterCode | undefined {
  if (status === 429) return 'rate_limited';
  if (status === 503) return 'service_unavailable';
  return typeof status === 'number' && status >= 500 && status < 600 ? 'server_error' : undefined;
}

/**
 * Whole seconds (rounded up) from a number of seconds; anything else is `undefined`. Numbers only:
 * the one provider that sends a duration, Clerk, sends numbers (its SDK parses Retry-After with
 * `parseInt`, clerk/javascript packages/clerk-js/src/core/resources/Base.ts; the Frontend API's
 * `lockout_expires_in_seconds` is a JSON number).
 */
export function seconds(value: unknown): number | undefined {
  return typeof value === 'number' && value >= 0 && value <= 1e9 ? Math.ceil(value) : undefined;
}

/**
 * The fields the provider names, each with no message: the provider's text is server text, so the
 * kit shows its own localised "Check this field." for them. `undefined` when none is named.
 */
export function fields(names: readonly unknown[]): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const name of names) {
    // Defined, not assigned: a field called `__proto__` stays a field.
    if (typeof name === 'string' && name !== '') Object.defineProperty(out, name.slice(0, 100), { value: '', enumerable: true });
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * Runs an adapter's `read` over `input` and builds the {@link IntelliAuthError}. Never throws: a
 * value that is not an object, or one whose getters throw, becomes `unknown`. The original value is
 * kept as `cause`.
 */
export function adapt(input: unknown, read: (value: AnyRecord) => Reading): IntelliAuthError {
  let reading: Reading = { code: 'unknown' };
  if (typeof input === 'object' && input !== null) {
    try {
      reading = read(input as AnyRecord);
    } catch {
      // A getter that throws, a revoked Proxy: nothing in it can be trusted.
    }
  }
  const error: IntelliAuthError = { code: reading.code };
  const { message, status, details } = reading;
  if (typeof message === 'string') error.message = message.slice(0, 2000);
  if (typeof status === 'number' && Number.isInteger(status) && status >= 100 && status < 600) error.status = status;
  // A copy without the keys left `undefined` (JSON drops them), kept when any is left.
  const copy = JSON.parse(JSON.stringify(details ?? {})) as IntelliAuthErrorDetails;
  if (Object.keys(copy).length > 0) error.details = copy;
  error.cause = input;
  return error;
}
