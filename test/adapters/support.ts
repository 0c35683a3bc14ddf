import fc from 'fast-check';
import type { IntelliAuthError } from '../../src';

type Table = readonly string[];

/**
 * The values of a mapping table's line for `code`: a line is the code, then its values, separated by
 * spaces (by `|` in a table of messages).
 */
export const entriesOf = (table: Table, code: string, separator = ' '): string[] =>
  table.flatMap((line) => {
    const [key, ...values] = line.split(separator);
    return key === code ? values : [];
  });

/**
 * Every entry of a mapping table as [provider value, catalogue code]; a pattern stands for a value it
 * holds and no line names: `form_param_*` for `form_param_example`, `*_cancelled` for `example_cancelled`.
 */
export function tableCases(table: Table, separator = ' '): [string, string][] {
  return table.flatMap((line) => {
    const [code = '', ...values] = line.split(separator);
    return values.map((value): [string, string] => [value.replace('*', 'example'), code]);
  });
}

/** An object every read of which throws, as a revoked Proxy does. */
export const hostile = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

/** A getter that throws, on a key the adapters read. */
export const throwingGetter = (key: string) =>
  Object.defineProperty({}, key, {
    enumerable: true,
    get() {
      throw new Error('getter');
    },
  });

const text = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'auth/', 'auth/__proto__', '*', ''));
const value = fc.oneof(text, fc.anything({ maxDepth: 2 }));

/** Junk shaped like provider errors: the keys the adapters read, with anything in them. */
export const junk = fc.oneof(
  fc.anything(),
  fc.record(
    {
      name: value,
      code: value,
      error: value,
      error_description: value,
      status: fc.oneof(fc.integer(), fc.double(), value),
      message: value,
      reasons: fc.oneof(fc.array(value, { maxLength: 4 }), value),
      errors: fc.oneof(fc.array(fc.record({ code: value, meta: fc.oneof(value, fc.record({ paramName: value, lockout_expires_in_seconds: value })) }), { maxLength: 4 }), value),
      retryAfter: value,
      nextStep: fc.oneof(value, fc.record({ signInStep: value })),
      mfa_requirements: value,
      customData: value,
      metadata: value,
    },
    { requiredKeys: [] },
  ),
);

/** What every adapter promises for any input: no throw, a code string, the input kept as `cause`. */
export function expectSafe(adapter: (input: unknown) => IntelliAuthError) {
  fc.assert(
    fc.property(junk, (input) => {
      const error = adapter(input);
      expect(typeof error.code).toBe('string');
      expect(error.cause).toBe(input);
    }),
  );
}
