import { parseDelaySeconds } from './parseDelaySeconds';

const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';

// RFC 9110 §5.6.7: IMF-fixdate, the obsolete RFC 850 form and asctime, each capturing day, month,
// year, hours, minutes and seconds in that order (asctime's day and year by lookahead). Weekday
// names are checked for shape only: a recipient is told to be lenient about them.
const HTTP_DATE =
  /^[a-z]{3}(?:, (\d\d) ([a-z]{3}) (\d{4})|[a-z]{3,6}, (\d\d)-([a-z]{3})-(\d\d)) (\d\d):(\d\d):(\d\d) gmt$|^[a-z]{3} (?=[a-z]{3} ([ \d]\d) )([a-z]{3}) [ \d]\d (?=.* (\d{4})$)(\d\d):(\d\d):(\d\d) \d{4}$/i;

/**
 * Parses a `Retry-After` header value into whole seconds from `now`.
 * Accepts delay-seconds (`"120"`) or an HTTP-date in any of RFC 9110's three forms; a date in
 * the past gives `0`. Returns `undefined` for a missing or unparsable value (never `NaN`),
 * including impossible dates (Feb 30, 25:00).
 *
 * @example
 * parseRetryAfter('120') // 120
 * parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.UTC(2015, 9, 21, 7, 27)) // 60
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (typeof value !== 'string') return undefined;
  if (!Number.isFinite(now)) now = Date.now();
  const trimmed = value.trim();
  // Day, month, year, hours, minutes, seconds: the groups of the form that matched.
  const parts = HTTP_DATE.exec(trimmed)
    ?.slice(1)
    .filter((part) => part !== undefined);
  // Not an HTTP-date: delay-seconds, or nothing (parseDelaySeconds alone would read other dates too).
  if (!parts) return parseDelaySeconds(/^[\s\d.]+$/.test(value) && value);
  const [day, , year, h, min, s] = parts.map(Number) as [number, number, number, number, number, number];
  const month = MONTHS.indexOf((parts[1] as string).toLowerCase()) / 3;
  const date = new Date(0);
  // RFC 9110: a two-digit year is the one with those digits within 50 years of now (a year more
  // than 50 years on is the most recent past one). setUTCFullYear, unlike Date.UTC, does not read
  // years 0–99 as 1900–1999.
  date.setUTCFullYear((parts[2] as string).length < 4 ? year + Math.round((new Date(now).getUTCFullYear() - year) / 100) * 100 : year, month, day);
  // A leap second (:60) counts as :59.
  const at = date.setUTCHours(h, min, Math.min(s, 59));
  // Feb 30, 00 Dec and 25:00 (any hour up to 99) roll over into another day: refuse what did not
  // survive, and minutes and seconds out of range.
  return month % 1 === 0 && min < 60 && s < 61 && date.getUTCDate() === day
    ? Math.max(0, Math.ceil((at - now) / 1000))
    : undefined;
}
