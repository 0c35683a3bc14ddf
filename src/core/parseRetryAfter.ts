const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// RFC 9110 §5.6.7: IMF-fixdate, the obsolete RFC 850 form and asctime. Weekday names are
// checked for shape only: a recipient is told to be lenient about them.
const IMF = /^[a-z]{3}, (\d{2}) ([a-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) gmt$/i;
const RFC850 = /^[a-z]{6,9}, (\d{2})-([a-z]{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) gmt$/i;
const ASCTIME = /^[a-z]{3} ([a-z]{3}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/i;

const HALF_CENTURY_MS = 50 * 365.2425 * 24 * 60 * 60 * 1000;

/**
 * Parses an HTTP date in any of RFC 9110's three forms into epoch milliseconds.
 * Returns `undefined` for anything else, including impossible dates (Feb 30, 25:00).
 */
function parseHttpDate(value: string, now: number): number | undefined {
  let parts: [day: string, month: string, year: number, h: string, min: string, s: string];
  let twoDigitYear = false;
  let m: RegExpExecArray | null;
  if ((m = IMF.exec(value))) {
    parts = [m[1]!, m[2]!, Number(m[3]), m[4]!, m[5]!, m[6]!];
  } else if ((m = RFC850.exec(value))) {
    twoDigitYear = true;
    parts = [m[1]!, m[2]!, Math.floor(new Date(now).getUTCFullYear() / 100) * 100 + Number(m[3]), m[4]!, m[5]!, m[6]!];
  } else if ((m = ASCTIME.exec(value))) {
    parts = [m[2]!, m[1]!, Number(m[6]), m[3]!, m[4]!, m[5]!];
  } else {
    return undefined;
  }
  const [day, month, year, h, min, s] = parts;
  const monthIndex = MONTHS.indexOf(month.toLowerCase());
  const d = Number(day);
  if (monthIndex < 0 || Number(h) > 23 || Number(min) > 59 || Number(s) > 60) return undefined;
  const at = (y: number) => {
    const date = new Date(0);
    // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
    date.setUTCFullYear(y, monthIndex, d);
    date.setUTCHours(Number(h), Number(min), Math.min(Number(s), 59));
    return date.getTime();
  };
  let ms = at(year);
  if (twoDigitYear) {
    // RFC 9110: a two-digit year that appears more than 50 years in the future is the most recent
    // past year with those digits; otherwise the year in the window (now − 50 y, now + 50 y] is meant.
    if (ms > now + HALF_CENTURY_MS) ms = at(year - 100);
    else if (at(year + 100) <= now + HALF_CENTURY_MS) ms = at(year + 100);
  }
  // The date rolls Feb 30 over into March: refuse dates that did not survive the round trip.
  if (new Date(ms).getUTCDate() !== d) return undefined;
  return ms;
}

/**
 * Parses a `Retry-After` header value into whole seconds from `now`.
 * Accepts delay-seconds (`"120"`) or an HTTP-date in any of RFC 9110's three forms; a date in
 * the past gives `0`. Returns `undefined` for a missing or unparsable value (never `NaN`).
 *
 * @example
 * parseRetryAfter('120') // 120
 * parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.UTC(2015, 9, 21, 7, 27)) // 60
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (typeof value !== 'string') return undefined;
  if (!Number.isFinite(now)) now = Date.now();
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) {
    const seconds = Number(trimmed);
    return Number.isSafeInteger(seconds) ? seconds : undefined;
  }
  const at = parseHttpDate(trimmed, now);
  if (at === undefined) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}
