import type { AuthErrorCode } from '../catalogue/catalogue';
import type { IntelliAuthError } from '../core/IntelliAuthError';

// What the provider adapters share. Pure and tiny: each adapter entry ships it with its own table,
// and none of them loads the root entry, the catalogue or React.

/** What an adapter maps to: a catalogue code, or `aborted` (the user cancelled: nothing is shown). */
export type AdapterCode = AuthErrorCode | 'aborted';

/**
 * A provider's error codes grouped by the code each becomes: one line per code, the code first, then
 * the provider's values that become it, all separated by spaces. Data, not a switch: the README's
 * mapping tables are generated from it. Written as lines of one string each (not as an object of
 * lists keyed by code, nor as arrays), a table ships in the fewest bytes. An entry with one `*` is a
 * pattern (`passkey_*`, `*_cancelled`, `mfa_*_not_enabled`) that holds every value that starts with
 * what comes before the `*` and ends with what comes after it, so a provider's family of codes takes
 * one entry. A value listed by name wins over any pattern
 * (`passkey_already_exists` is a conflict although `passkey_*` is webauthn_failed); between
 * patterns, or between names, the line that comes first wins.
 *
 * A table at its size budget may be written as one string, its lines separated by commas, and split
 * (`('code a b,' + 'code c').split(',') as CodeTable`: the bundler joins the pieces): that ships a few
 * bytes fewer, with no quotes between lines, but the compiler no longer checks each line's code, so
 * test/adapters/tables.test.ts does, for every table.
 *
 * @example
 * const TABLE = ['invalid_credentials user_not_found wrong_password', 'aborted *_cancelled'] as const satisfies CodeTable;
 */
export type CodeTable<K extends string = AdapterCode> = readonly `${K} ${string}`[];

/**
 * A table of a provider's messages, for errors told apart by their text only: as a {@link CodeTable},
 * but the code and each message are separated by `|`, since messages have spaces.
 *
 * @example
 * const MESSAGES = ['account_locked|Password attempts exceeded'] as const satisfies MessageTable;
 */
export type MessageTable = readonly `${AdapterCode}|${string}`[];

/** What an adapter reads from the provider's value. */
export interface Reading {
  /** Left out when the provider's value maps to nothing: the error is then `unknown`. */
  code?: AdapterCode | undefined;
  message?: unknown;
  status?: unknown;
  /** Becomes `details`; keys left `undefined` are dropped. */
  details?: Record<string, unknown>;
  /**
   * The fields the provider names (anything but a non-empty string is skipped): each becomes a key
   * of `details.fields` with no message, since the provider's text is server text and the kit shows
   * its own localised "Check this field." for them.
   */
  fields?: readonly unknown[] | undefined;
}

type AnyRecord = Record<string, unknown>;

/**
 * `value` as an object, safe to read keys from: an object as it is (arrays included), `null` and
 * `undefined` as an empty one, any other primitive as its wrapper (`Object('x')`), which has none of
 * the keys the adapters read.
 */
export const rec = Object as (value: unknown) => AnyRecord;

/**
 * The code of the line of `table` that holds `value`: the line that names it if any does, else the
 * first whose pattern holds it (see {@link CodeTable}). The provider's value is only ever compared,
 * never used as a key, so `'__proto__'` or `'toString'` find nothing.
 */
export function lookup<K extends string>(table: CodeTable<K>, value: unknown): K | undefined;
/** The code of the line of a {@link MessageTable} that holds `value`, a message matched exactly. */
export function lookup(table: MessageTable, value: unknown, separator: '|'): AdapterCode | undefined;
export function lookup(table: readonly string[], value: unknown, separator = ' '): string | undefined {
  let pattern: string | undefined;
  for (const line of table) {
    // The line's first word is its code (the types above make sure it is one).
    const [key, ...entries] = line.split(separator) as [string, ...string[]];
    for (const entry of entries) {
      if (entry === value) return key;
      // split always gives at least one part: `head` is a string, `tail` is there for a pattern only.
      const [head, tail] = entry.split('*') as [string, string?];
      // The first pattern that holds is kept, in case no line names the value.
      if (typeof value === 'string' && tail != null && value.startsWith(head) && value.endsWith(tail)) pattern ??= key;
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
 * Runs an adapter's `read` over `input` and builds the {@link IntelliAuthError}. Never throws: a
 * value that is not an object is read as one with no keys (see {@link rec}), and one whose getters
 * throw becomes `unknown`. The original value is kept as `cause`.
 */
export function adapt(input: unknown, read: (value: AnyRecord) => Reading): IntelliAuthError {
  let reading: Reading = {};
  try {
    reading = read(rec(input));
  } catch {
    // A getter that throws, a revoked Proxy: nothing in it can be trusted.
  }
  const { code = 'unknown', message, status, details, fields = [] } = reading;
  const error: IntelliAuthError = { code, cause: input };
  if (typeof message === 'string') error.message = message.slice(0, 2000);
  // Number.isInteger holds for numbers only.
  if (Number.isInteger(status) && (status as number) >= 100 && (status as number) < 600) error.status = status as number;
  // The keys left `undefined` are dropped; `details` is left out when none is left.
  for (const key in details) if (details[key] !== undefined) (error.details ??= {})[key] = details[key];
  for (const name of fields) {
    // Defined, not assigned: a field called `__proto__` stays a field.
    if (typeof name === 'string' && name) Object.defineProperty(((error.details ??= {}).fields ??= {}), name.slice(0, 100), { value: '', enumerable: true });
  }
  return error;
}
