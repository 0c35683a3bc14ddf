/**
 * Whole seconds from a `Retry-After` value without the strict HTTP-date parser (which only
 * `parseRetryAfter`, and so `fromResponse`, brings into a bundle): delay-seconds (`"120"`, RFC 9110
 * §10.2.3; a fraction such as `"1.2"` rounds up), or a date ending in `GMT` still ahead, read by
 * `Date.parse` (which ECMAScript requires to read IMF-fixdate, the form RFC 9110 §5.6.7 has senders
 * use; engines read the obsolete RFC 850 form too). Dates in other forms (asctime, no time zone)
 * are not read: `Date.parse` would take them in the local time zone. Also a number of seconds
 * (`details.retry_after_s`), rounded up. Dates already past, negative numbers, NaN, Infinity and
 * values too large to be a real wait (beyond `Number.MAX_SAFE_INTEGER`) give `undefined`: no wait.
 */
export function parseDelaySeconds(value: unknown): number | undefined {
  // A string that is not a number is a date, or NaN; what is neither a string nor a number, NaN.
  const n =
    typeof value === 'number'
      ? value
      : typeof value !== 'string'
        ? NaN
        : /^\s*\d+(\.\d+)?\s*$/.test(value)
          ? +value
          : /gmt$/i.test(value)
            ? (Date.parse(value) - Date.now()) / 1000
            : NaN;
  // `+ 0` turns -0 into 0.
  const whole = Math.ceil(n) + 0;
  return n >= 0 && Number.isSafeInteger(whole) ? whole : undefined;
}
