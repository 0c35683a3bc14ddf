/**
 * Whole seconds from a non-negative number or a string of digits: `"120"`, a `Retry-After` in
 * delay-seconds (RFC 9110 §10.2.3), or `undefined` for anything else, HTTP-dates included (what
 * {@link toAuthError} reads without the date parser, which only `parseRetryAfter`, and so
 * `fromResponse`, brings into a bundle). With `fractions` (`details.retry_after_s`), `1.2` and
 * `"1.2"` are read too, rounded up. Negative numbers, NaN, Infinity and values too large to be a
 * real wait (beyond `Number.MAX_SAFE_INTEGER`) are refused.
 */
export function parseDelaySeconds(value: unknown, fractions?: boolean): number | undefined {
  const n = typeof value === 'string' && (fractions ? /^\s*\d+(\.\d+)?\s*$/ : /^\s*\d+\s*$/).test(value) ? Number(value) : value;
  // `+ 0` turns -0 into 0.
  const whole = typeof n === 'number' && n >= 0 ? Math.ceil(n) + 0 : NaN;
  return Number.isSafeInteger(whole) ? whole : undefined;
}
