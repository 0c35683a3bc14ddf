import { AUTH_ERROR_CODES, shouldRetry, toAuthError } from '../../src';

const RETRIED = ['network_error', 'silent_auth_failed', 'server_error', 'service_unavailable'];

describe(shouldRetry, () => {
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

  it('should not retry a cancelled request', () => {
    expect(shouldRetry(toAuthError(new DOMException('', 'AbortError')))).toBe(false);
  });
});
