/**
 * Whole seconds from a string of digits: a `Retry-After` in delay-seconds (`"120"`, RFC 9110
 * §10.2.3), or `undefined` for anything else, HTTP-dates included (what {@link toAuthError} reads
 * without the date parser, which only `parseRetryAfter`, and so `fromResponse`, brings into a
 * bundle). `lenient` (for `details.retry_after_s`) also takes a number and a fraction (`1.2`,
 * `"1.2"`), rounded up. Negative numbers, NaN, Infinity and values too large to be a real wait
 * (beyond `Number.MAX_SAFE_INTEGER`) are refused.
 */
export function parseDelaySeconds(value: unknown, lenient?: boolean): number | undefined {
  const n =
    typeof value === 'string'
      ? (lenient ? /^\s*\d+(\.\d+)?\s*$/ : /^\s*\d+\s*$/).test(value)
        ? Number(value)
        : NaN
      : lenient
        ? value
        : NaN;
  // `+ 0` turns -0 into 0.
  const whole = typeof n === 'number' && n >= 0 ? Math.ceil(n) + 0 : NaN;
  return Number.isSafeInteger(whole) ? whole : undefined;
}
