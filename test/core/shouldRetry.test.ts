import { AUTH_ERROR_CODES, catalogue, shouldRetry, toAuthError } from '../../src';

const RETRIED = ['network_error', 'silent_auth_failed', 'server_error', 'service_unavailable'];

describe(shouldRetry, () => {
  it('should retry exactly the codes whose catalogue retry policy is backoff or once', () => {
    const retried = AUTH_ERROR_CODES.filter((code) => ['backoff', 'once'].includes(catalogue[code].retry));

    expect(AUTH_ERROR_CODES.filter((code) => shouldRetry({ code }))).toEqual(retried);
  });

  it.each(RETRIED)('should retry %s', (code) => {
    expect(shouldRetry(toAuthError({ code }))).toBe(true);
  });

  it.each(AUTH_ERROR_CODES.filter((code) => !RETRIED.includes(code)))('should not retry %s', (code) => {
    expect(shouldRetry(toAuthError({ code }))).toBe(false);
  });

  it.each(['unknown', 'aborted', 'NETWORK_ERROR', ' server_error', '__proto__', 'toString', 'retry_me'])(
    'should not retry the code "%s"',
    (code) => {
      expect(shouldRetry({ code })).toBe(false);
    },
  );

  it('should retry a failed fetch', () => {
    expect(shouldRetry(toAuthError(new TypeError('Failed to fetch')))).toBe(true);
  });

  it('should read a failed fetch itself, as TanStack Query passes it', () => {
    expect(shouldRetry(new TypeError('Failed to fetch'))).toBe(true);
  });

  it.each([
    [503, true],
    [500, true],
    [429, false],
    [401, false],
    [404, false],
  ])('should read a thrown Response with status %i as %s', (status, expected) => {
    expect(shouldRetry(new Response(null, { status }))).toBe(expected);
  });

  it.each([
    ['a platform body', { code: 'service_unavailable' }, true],
    ['an envelope', { error: { code: 'server_error' } }, true],
    ['an OAuth body', { error: 'temporarily_unavailable' }, true],
    ['an Error without a code', new Error('Query failed'), false],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'code')"), false],
    ['null', null, false],
    ['undefined', undefined, false],
  ])('should read %s without toAuthError first', (_label, error, expected) => {
    expect(shouldRetry(error)).toBe(expected);
  });

  it('should not retry a cancelled request', () => {
    expect(shouldRetry(toAuthError(new DOMException('', 'AbortError')))).toBe(false);
  });
});
