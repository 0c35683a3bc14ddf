/**
 * A `Retry-After` value in delay-seconds (`"120"`, RFC 9110 §10.2.3) as a number, or `undefined`
 * for anything else, HTTP-dates included: what {@link toAuthError} reads without the date parser,
 * which only `parseRetryAfter` (and so `fromResponse`) brings into a bundle.
 */
export function parseDelaySeconds(value: unknown): number | undefined {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  const seconds = Number(trimmed);
  return /^\d+$/.test(trimmed) && Number.isSafeInteger(seconds) ? seconds : undefined;
}
