import { toAuthError, toAuthErrorDigest } from '../../src';

/** What Next.js hands error.tsx in production for an error thrown in a server component. */
const redacted = (digest: string) =>
  Object.assign(new Error('An error occurred in the Server Components render. The specific message is omitted in production builds.'), {
    digest,
  });

describe(toAuthErrorDigest, () => {
  it('should start with a prefix of its own', () => {
    expect(toAuthErrorDigest({ code: 'account_locked' })).toMatch(/^INTELLIAUTH_ERROR;/);
  });

  it('should bring back the code, status and retry_after_s through a redacted error', () => {
    const digest = toAuthErrorDigest({ code: 'account_locked', status: 423, details: { retry_after_s: 300 } });

    expect(toAuthError(redacted(digest))).toEqual({ code: 'account_locked', status: 423, details: { retry_after_s: 300 } });
  });

  it('should bring back field messages and remaining_attempts', () => {
    const error = {
      code: 'validation_failed',
      details: { fields: { email: 'Enter a valid email.', password: ['Too short.', 'Add a digit.'], name: [] }, remaining_attempts: 2 },
    };

    expect(toAuthError(redacted(toAuthErrorDigest(error))).details).toEqual(error.details);
  });

  it('should normalise what it is given first', () => {
    const digest = toAuthErrorDigest(new Response(null, { status: 429, headers: { 'Retry-After': '30' } }));

    expect(toAuthError(redacted(digest))).toEqual({ code: 'rate_limited', status: 429, details: { retry_after_s: 30 } });
  });

  it('should leave out the message, error_description, error_uri, cause and other details', () => {
    const digest = toAuthErrorDigest({
      code: 'step_blocked',
      message: 'secret-message',
      error_description: 'secret-description',
      error_uri: 'https://secret.example/',
      cause: new Error('secret-cause'),
      details: { step: 'secret-step', reason: 'secret-reason', return_to: '/secret' },
    });

    expect(digest).not.toMatch(/secret/);
    expect(toAuthError(redacted(digest))).toEqual({ code: 'step_blocked' });
  });

  it('should stay within 2,048 characters, keeping the fields whose messages do not fit by name', () => {
    const fields = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`field${i}`, ['x'.repeat(400)]]));
    const digest = toAuthErrorDigest({ code: 'validation_failed', details: { fields, retry_after_s: 5 } });
    const back = toAuthError(redacted(digest));

    expect(digest.length).toBeLessThanOrEqual(2048);
    expect(back.details?.retry_after_s).toBe(5);
    expect(back.details?.fields?.field0).toEqual(['x'.repeat(400)]);
    expect(back.details?.fields?.field39).toEqual([]);
  });

  it('should stay within 2,048 characters when even the field names do not fit', () => {
    const fields = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`${i}`.padEnd(400, 'n'), 'Required']));
    const digest = toAuthErrorDigest({ code: 'validation_failed', details: { fields } });

    expect(digest.length).toBeLessThanOrEqual(2048);
    expect(toAuthError(redacted(digest)).code).toBe('validation_failed');
  });

  it('should carry a field named __proto__ as a field', () => {
    const error = toAuthError(JSON.parse('{"code":"validation_failed","details":{"fields":{"__proto__":"Bad","email":"Required"}}}'));
    const back = toAuthError(redacted(toAuthErrorDigest(error)));

    expect(Object.keys(back.details?.fields ?? {})).toEqual(['__proto__', 'email']);
    expect(Object.getPrototypeOf(back.details?.fields)).toBe(Object.prototype);
  });

  it.each([null, undefined, 42, 'oops', Symbol('x'), new Error('boom')])('should make an unknown digest of %s', (input) => {
    expect(toAuthError(redacted(toAuthErrorDigest(input))).code).toBe('unknown');
  });
});

describe('toAuthError reading digests', () => {
  it('should read a digest on a plain object as well as on an Error', () => {
    expect(toAuthError({ digest: toAuthErrorDigest({ code: 'session_revoked' }) }).code).toBe('session_revoked');
  });

  it('should read a digest over the code of the redacted error', () => {
    const error = Object.assign(redacted(toAuthErrorDigest({ code: 'session_revoked' })), { code: 'ERR_SOMETHING' });

    expect(toAuthError(error).code).toBe('session_revoked');
  });

  it.each([
    ['Next.js’s own hash', '2147019489'],
    ['Next.js’s redirect', 'NEXT_REDIRECT;replace;/sign-in;307;'],
    ['Next.js’s not-found', 'NEXT_HTTP_ERROR_FALLBACK;404'],
    ['a lower-case prefix', 'intelliauth_error;{"code":"invalid_grant"}'],
  ])('should leave %s alone', (_label, digest) => {
    const error = redacted(digest);

    expect(toAuthError(error)).toEqual({ code: 'unknown', cause: error });
  });

  it.each([
    ['JSON cut short', 'INTELLIAUTH_ERROR;{"code":"invalid_gr'],
    ['not JSON', 'INTELLIAUTH_ERROR;invalid_grant'],
    ['a JSON string', 'INTELLIAUTH_ERROR;"invalid_grant"'],
    ['a JSON array', 'INTELLIAUTH_ERROR;[{"code":"invalid_grant"}]'],
    ['no code', 'INTELLIAUTH_ERROR;{"details":{"retry_after_s":5}}'],
    ['a huge payload', `INTELLIAUTH_ERROR;{"code":"invalid_grant","pad":"${'x'.repeat(10_000)}"}`],
  ])('should read a forged digest with %s as unknown', (_label, digest) => {
    expect(toAuthError(redacted(digest)).code).toBe('unknown');
  });

  it('should copy a forged digest’s details as defensively as any input', () => {
    const digest =
      'INTELLIAUTH_ERROR;{"code":"account_locked","details":{"retry_after_s":-5,"__proto__":{"polluted":true},"fields":{"email":[1,"Bad",{}]}}}';
    const error = toAuthError(redacted(digest));

    expect(error).toEqual({ code: 'account_locked', details: { fields: { email: ['Bad'] } } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(error.details)).toBe(Object.prototype);
  });

  it('should cut a forged digest’s huge code short', () => {
    expect(toAuthError(redacted(`INTELLIAUTH_ERROR;{"code":"${'x'.repeat(5000)}"}`)).code.length).toBeLessThanOrEqual(100);
  });
});
