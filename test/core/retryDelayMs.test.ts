import { retryDelayMs, toAuthError } from '../../src';

const networkError = toAuthError({ code: 'network_error' });

describe(retryDelayMs, () => {
  it.each([
    [1, 1000],
    [2, 2000],
    [3, 4000],
    [4, 8000],
    [5, 16_000],
    [6, 30_000],
    [7, 30_000],
    [8, 30_000],
    [9, 30_000],
    [10, 30_000],
  ])('should wait between 0 and the ceiling for attempt %i (ceiling %i ms)', (attempt, ceiling) => {
    expect(retryDelayMs(attempt, networkError, () => 0)).toBe(0);
    expect(retryDelayMs(attempt, networkError, () => 0.999)).toBe(Math.round(0.999 * ceiling));
  });

  it('should never wait longer than 30 seconds for a very late attempt', () => {
    expect(retryDelayMs(1000, networkError, () => 0.999)).toBeLessThanOrEqual(30_000);
    expect(retryDelayMs(Number.MAX_SAFE_INTEGER, networkError, () => 0.999)).toBeLessThanOrEqual(30_000);
  });

  it('should stay within bounds over many random draws', () => {
    for (let attempt = 1; attempt <= 10; attempt++) {
      for (let i = 0; i < 100; i++) {
        const delay = retryDelayMs(attempt, networkError);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThanOrEqual(Math.min(30_000, 1000 * 2 ** (attempt - 1)));
      }
    }
  });

  it.each([
    { attempt: 1, random: 0, retryAfterS: 5, expected: 5000 },
    { attempt: 1, random: 0.999, retryAfterS: 5, expected: 5000 },
    { attempt: 3, random: 0.5, retryAfterS: 2, expected: 2000 },
    { attempt: 6, random: 0.999, retryAfterS: 5, expected: 29_970 },
  ])(
    'should never wait less than retry_after_s $retryAfterS (attempt $attempt, random $random)',
    ({ attempt, random, retryAfterS, expected }) => {
      const rateLimited = toAuthError({ code: 'rate_limited', details: { retry_after_s: retryAfterS } });

      expect(retryDelayMs(attempt, rateLimited, () => random)).toBe(expected);
    },
  );

  it('should wait out a retry_after_s longer than the cap', () => {
    const rateLimited = toAuthError({ code: 'rate_limited', details: { retry_after_s: 120 } });

    expect(retryDelayMs(1, rateLimited, () => 0)).toBe(120_000);
  });

  it('should never wait longer than setTimeout can (2^31 − 1 ms)', () => {
    const rateLimited = toAuthError({ code: 'rate_limited', details: { retry_after_s: 2_147_485 } });

    expect(retryDelayMs(1, rateLimited, () => 0)).toBe(2 ** 31 - 1);
  });

  it('should keep a Retry-After of about 24.8 days that setTimeout can still wait', () => {
    const rateLimited = toAuthError({ code: 'rate_limited', details: { retry_after_s: 2_147_483 } });

    expect(retryDelayMs(1, rateLimited, () => 0)).toBe(2_147_483_000);
  });

  it('should cut the largest retry_after_s toAuthError keeps to 2^31 − 1 ms', () => {
    const rateLimited = toAuthError({ code: 'rate_limited', details: { retry_after_s: Number.MAX_SAFE_INTEGER } });

    expect(retryDelayMs(1, rateLimited, () => 0)).toBe(2 ** 31 - 1);
  });

  it('should read the Retry-After of a thrown Response', () => {
    const res = new Response(null, { status: 429, headers: { 'Retry-After': '120' } });

    expect(retryDelayMs(1, res, () => 0)).toBe(120_000);
  });

  it('should read retry_after_s from a platform body it has not seen normalised', () => {
    expect(retryDelayMs(1, { error: { code: 'rate_limited', details: { retry_after_s: '9' } } }, () => 0)).toBe(9000);
  });

  it('should give the same delay for an error normalised once or twice', () => {
    const once = toAuthError({ code: 'rate_limited', details: { retry_after_s: 7 } });

    expect(retryDelayMs(2, toAuthError(once), () => 0.5)).toBe(retryDelayMs(2, once, () => 0.5));
    expect(retryDelayMs(2, once, () => 0.5)).toBe(7000);
  });

  it('should work without an error', () => {
    expect(retryDelayMs(2, undefined, () => 0.5)).toBe(1000);
  });

  it.each([0, -3, NaN, Infinity, -Infinity, 1.7])('should treat the junk attempt %s as the first (or whole) attempt', (attempt) => {
    expect(retryDelayMs(attempt, networkError, () => 0.999)).toBe(999);
  });

  it.each([NaN, -1, 2, Infinity])('should keep the delay within bounds when random returns %s', (value) => {
    const delay = retryDelayMs(3, networkError, () => value);

    expect(delay).toBeGreaterThanOrEqual(0);
    expect(delay).toBeLessThanOrEqual(4000);
  });
});
