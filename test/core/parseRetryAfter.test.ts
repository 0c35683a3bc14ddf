import { parseRetryAfter } from '../../src/core';

// Tue, 25 Nov 2025 12:00:00 GMT
const now = Date.UTC(2025, 10, 25, 12, 0, 0);

describe(parseRetryAfter, () => {
  it.each([
    ['0', 0],
    ['1', 1],
    ['120', 120],
    [' 120 ', 120],
    ['86400', 86400],
    ['007', 7],
    ['1.5', 2],
  ])('should read the delay-seconds "%s" as %i', (value, seconds) => {
    expect(parseRetryAfter(value, now)).toBe(seconds);
  });

  it.each([
    ['IMF-fixdate', 'Tue, 25 Nov 2025 12:02:00 GMT', 120],
    ['IMF-fixdate in lower case', 'tue, 25 nov 2025 12:02:00 gmt', 120],
    ['IMF-fixdate a year on', 'Wed, 25 Nov 2026 12:00:00 GMT', 365 * 24 * 60 * 60],
    ['RFC 850', 'Tuesday, 25-Nov-25 12:02:00 GMT', 120],
    ['asctime', 'Tue Nov 25 12:02:00 2025', 120],
    ['asctime with a one-digit day', 'Tue Dec  2 12:00:00 2025', 7 * 24 * 60 * 60],
    ['IMF-fixdate with a leap second', 'Tue, 25 Nov 2025 12:01:60 GMT', 119],
  ])('should read an HTTP-date in %s', (_form, value, seconds) => {
    expect(parseRetryAfter(value, now)).toBe(seconds);
  });

  it('should round a date that is part of a second away up to the next whole second', () => {
    expect(parseRetryAfter('Tue, 25 Nov 2025 12:00:10 GMT', now - 500)).toBe(11);
  });

  it.each([
    ['IMF-fixdate', 'Mon, 24 Nov 2025 12:00:00 GMT'],
    ['RFC 850', 'Sunday, 06-Nov-94 08:49:37 GMT'],
    ['asctime', 'Sun Nov  6 08:49:37 1994'],
    ['the current second', 'Tue, 25 Nov 2025 12:00:00 GMT'],
  ])('should give 0 for a past date in %s', (_form, value) => {
    expect(parseRetryAfter(value, now)).toBe(0);
  });

  describe('the RFC 850 two-digit year', () => {
    it.each([
      ['a year in this century', 'Thursday, 25-Nov-27 12:00:00 GMT', now, Date.UTC(2027, 10, 25, 12)],
      ['a year 40 years on', 'Sunday, 25-Nov-65 12:00:00 GMT', now, Date.UTC(2065, 10, 25, 12)],
      ['a year more than 50 years on, read as last century', 'Tuesday, 25-Nov-80 12:00:00 GMT', now, Date.UTC(1980, 10, 25, 12)],
      ['a year far back in this century, read as next century', 'Thursday, 25-Nov-10 12:00:00 GMT', Date.UTC(2090, 0, 1), Date.UTC(2110, 10, 25, 12)],
    ])('should read %s', (_label, value, at, expected) => {
      expect(parseRetryAfter(value, at)).toBe(Math.max(0, Math.ceil((expected - at) / 1000)));
    });
  });

  it.each([
    '-1',
    '-0',
    '+5',
    '1e3',
    '0x10',
    'soon',
    '',
    '   ',
    '99999999999999999999',
    'Tue, 30 Feb 2026 12:00:00 GMT',
    'Tue, 31 Apr 2026 12:00:00 GMT',
    'Tue, 29 Feb 2026 12:00:00 GMT',
    'Tue, 00 Dec 2025 12:00:00 GMT',
    'Tue, 25 Nov 2025 25:00:00 GMT',
    'Tue, 25 Nov 2025 12:60:00 GMT',
    'Tue, 25 Nov 2025 12:00:61 GMT',
    'Tue, 25 Foo 2025 12:00:00 GMT',
    'Tue, 25 Nov 2025 12:00:00 PST',
    'Tue, 25 Nov 2025 12:00:00',
    'Tue, 25 Nov 2025 12:00:00 +0000',
    '2025-11-25T12:02:00Z',
    'Tue,  25 Nov 2025 12:00:00 GMT',
    'Tuesday, 30-Feb-26 12:00:00 GMT',
    'Tue Feb 30 12:00:00 2026',
    'Tue, 25 Nov 2025 12:00:00 GMT; extra',
    // Hours out of range.
    'Tue, 25 Nov 2025 24:00:00 GMT',
    'Sun, 30 Nov 2025 24:00:00 GMT',
    'Tue, 25 Nov 2025 99:59:59 GMT',
    'Tuesday, 25-Nov-25 47:00:00 GMT',
    'Tue Nov 25 24:00:00 2025',
    // Digits, dots and spaces that are no delay-seconds.
    '1.2.2099',
    '12 30 2099',
  ])('should refuse "%s"', (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });

  it('should accept Feb 29 in a leap year', () => {
    expect(parseRetryAfter('Thu, 29 Feb 2028 12:00:00 GMT', now)).toBeGreaterThan(0);
  });

  it.each([null, undefined, 120, {}, ['120']])('should give undefined for the non-string %s', (value) => {
    expect(parseRetryAfter(value as never, now)).toBeUndefined();
  });

  it('should default now to the current time', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);

    expect(parseRetryAfter('Tue, 25 Nov 2025 12:00:30 GMT')).toBe(30);
  });

  it('should never give NaN, even with a junk now', () => {
    for (const at of [NaN, Infinity, -Infinity]) {
      const seconds = parseRetryAfter('Tue, 25 Nov 2025 12:00:30 GMT', at);
      expect(Number.isNaN(seconds)).toBe(false);
    }
  });
});
