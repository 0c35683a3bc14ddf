import fc from 'fast-check';
import { AUTH_ERROR_CODES, toAuthError } from '../../src';
import { fromResponse } from '../../src/core';

class PlatformError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'PlatformError';
  }
}

describe(toAuthError, () => {
  describe('objects with a code', () => {
    it('should keep the code, message and status of a flat error object', () => {
      const error = toAuthError({ code: 'account_locked', message: 'Locked', status: 423, details: { retry_after_s: 60 } });

      expect(error).toEqual({ code: 'account_locked', message: 'Locked', status: 423, details: { retry_after_s: 60 } });
    });

    it.each(AUTH_ERROR_CODES)('should keep the catalogue code %s', (code) => {
      expect(toAuthError({ code }).code).toBe(code);
    });

    it('should unwrap the envelope { error: { code, … } }', () => {
      const error = toAuthError({ error: { code: 'validation_failed', message: 'Bad input', details: { fields: { email: 'Required' } } } });

      expect(error).toEqual({ code: 'validation_failed', message: 'Bad input', details: { fields: { email: 'Required' } } });
    });

    it('should take the status beside an envelope when the error inside has none', () => {
      expect(toAuthError({ status: 409, error: { code: 'conflict' } }).status).toBe(409);
    });

    it('should read the status from statusCode', () => {
      expect(toAuthError({ code: 'server_error', statusCode: 500 }).status).toBe(500);
    });

    it.each([0, 99, 600, 404.5, '404', NaN, Infinity])('should drop the status %s', (status) => {
      expect(toAuthError({ code: 'not_found', status })).not.toHaveProperty('status');
    });

    it.each([42, null, undefined, {}, ['invalid_credentials'], true])('should not take %s as a code', (code) => {
      expect(toAuthError({ code }).code).toBe('unknown');
    });

    it('should drop a message that is not a string', () => {
      expect(toAuthError({ code: 'server_error', message: { text: 'x' } })).toEqual({ code: 'server_error' });
    });
  });

  describe('Error instances', () => {
    it('should take the code of an Error subclass', () => {
      const error = toAuthError(new PlatformError('invalid_credentials', 'Bad password'));

      expect(error).toMatchObject({ code: 'invalid_credentials', message: 'Bad password' });
    });

    it('should copy the details of an Error subclass', () => {
      const error = toAuthError(new PlatformError('sms_rate_limited', 'Slow down', { retry_after_s: 30 }));

      expect(error.details).toEqual({ retry_after_s: 30 });
    });

    it('should take the code of an Error given as cause', () => {
      const wrapped = new Error('Sign-in failed', { cause: { code: 'session_revoked' } });

      expect(toAuthError(wrapped).code).toBe('session_revoked');
    });

    it.each([
      ['Chromium', 'Failed to fetch'],
      ['Firefox', 'NetworkError when attempting to fetch resource.'],
      ['Safari', 'Load failed'],
      ['Node (undici)', 'fetch failed'],
      ['React Native', 'Network request failed'],
    ])('should read the failed-fetch TypeError of %s as network_error', (_runtime, message) => {
      expect(toAuthError(new TypeError(message)).code).toBe('network_error');
    });

    it('should read undici’s failed fetch with its socket cause as network_error', () => {
      const cause = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:443'), { code: 'ECONNREFUSED' });

      expect(toAuthError(new TypeError('fetch failed', { cause })).code).toBe('network_error');
    });

    it.each([
      "Cannot read properties of undefined (reading 'code')",
      'undefined is not a function',
      'Failed to fetch dynamically imported module: https://app.example/chunk.js',
      'fetch failed because of a bug',
    ])('should not read the TypeError "%s" as a network error', (message) => {
      expect(toAuthError(new TypeError(message)).code).toBe('unknown');
    });

    it('should not read a plain Error worded like a failed fetch as a network error', () => {
      expect(toAuthError(new Error('Failed to fetch')).code).toBe('unknown');
    });

    it('should read a TimeoutError as network_error', () => {
      expect(toAuthError(new DOMException('signal timed out', 'TimeoutError')).code).toBe('network_error');
    });

    it.each([
      ['new DOMException("", "AbortError")', () => new DOMException('', 'AbortError')],
      ['an aborted AbortSignal’s reason', () => AbortSignal.abort().reason as unknown],
      ['an Error named AbortError', () => Object.assign(new Error('The operation was aborted'), { name: 'AbortError' })],
    ])('should read %s as aborted', (_label, make) => {
      expect(toAuthError(make()).code).toBe('aborted');
    });

    it('should read a socket error code as network_error', () => {
      const error = Object.assign(new Error('getaddrinfo ENOTFOUND id.example.com'), { code: 'ENOTFOUND' });

      expect(toAuthError(error).code).toBe('network_error');
    });

    it('should read an axios error by the platform body it carries', () => {
      const axiosError = Object.assign(new Error('Request failed with status code 401'), {
        name: 'AxiosError',
        code: 'ERR_BAD_REQUEST',
        response: { status: 401, data: { error: { code: 'session_expired' } } },
      });

      expect(toAuthError(axiosError)).toMatchObject({ code: 'session_expired', status: 401 });
    });

    it('should read an axios network failure as network_error and its cancellation as aborted', () => {
      const network = Object.assign(new Error('Network Error'), { name: 'AxiosError', code: 'ERR_NETWORK' });
      const cancelled = Object.assign(new Error('canceled'), { name: 'CanceledError', code: 'ERR_CANCELED' });

      expect(toAuthError(network).code).toBe('network_error');
      expect(toAuthError(cancelled).code).toBe('aborted');
    });

    it('should read an Error without a code as unknown and keep it as cause', () => {
      const bug = new RangeError('Invalid array length');

      expect(toAuthError(bug)).toEqual({ code: 'unknown', cause: bug });
    });
  });

  describe('OAuth and OIDC redirect parameters', () => {
    it.each([
      ['login_required', 'session_expired'],
      ['interaction_required', 'consent_required'],
      ['consent_required', 'consent_required'],
      ['account_selection_required', 'consent_required'],
      ['access_denied', 'permission_denied'],
      ['temporarily_unavailable', 'service_unavailable'],
      ['server_error', 'server_error'],
      ['invalid_request', 'flow_invalid'],
      ['invalid_grant', 'invalid_grant'],
      ['state_mismatch', 'state_mismatch'],
      ['invalid_scope', 'invalid_scope'],
    ])('should map error=%s to %s', (param, code) => {
      expect(toAuthError(new URLSearchParams({ error: param })).code).toBe(code);
    });

    it('should read a query string starting with ?', () => {
      expect(toAuthError('?error=access_denied&state=xyz').code).toBe('permission_denied');
    });

    it('should read a URL’s query', () => {
      expect(toAuthError(new URL('https://app.example/callback?error=login_required')).code).toBe('session_expired');
    });

    it('should read a URL’s hash (implicit and hybrid flows)', () => {
      expect(toAuthError(new URL('https://app.example/callback#error=temporarily_unavailable&state=1')).code).toBe(
        'service_unavailable',
      );
    });

    it('should keep error_description and error_uri for logging but not as the message', () => {
      const error = toAuthError(
        new URLSearchParams({ error: 'access_denied', error_description: 'User said no', error_uri: 'https://docs.example/e' }),
      );

      expect(error).toMatchObject({ error_description: 'User said no', error_uri: 'https://docs.example/e' });
      expect(error).not.toHaveProperty('message');
    });

    it.each(['no_such_error', 'INVALID_GRANT', ' invalid_grant', '__proto__', 'toString', ''])(
      'should read the error= value "%s" as unknown',
      (param) => {
        expect(toAuthError(new URLSearchParams({ error: param })).code).toBe('unknown');
      },
    );

    it.each([
      ['URLSearchParams', new URLSearchParams('code=abc&state=xyz')],
      ['query string', '?code=abc&state=xyz'],
      ['URL', new URL('https://app.example/callback?code=abc#section')],
    ])('should read a %s without error= as unknown', (_label, input) => {
      expect(toAuthError(input).code).toBe('unknown');
    });

    it('should read a token-endpoint body like a redirect', () => {
      const error = toAuthError({ error: 'invalid_grant', error_description: 'Refresh token revoked' });

      expect(error).toEqual({ code: 'invalid_grant', error_description: 'Refresh token revoked' });
    });

    it('should map a standard OAuth code in a token-endpoint body', () => {
      expect(toAuthError({ error: 'invalid_request', error_description: 'Missing code_verifier' }).code).toBe('flow_invalid');
    });

    it('should read an unknown token-endpoint error as unknown', () => {
      expect(toAuthError({ error: 'no_such_error' }).code).toBe('unknown');
    });
  });

  describe('junk', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const throwingGetter = Object.defineProperty({}, 'code', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const throwingName = Object.defineProperty({}, 'name', {
      get() {
        throw new Error('boom');
      },
    });
    const trapping = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );

    it.each([
      ['null', null],
      ['undefined', undefined],
      ['a number', 401],
      ['NaN', NaN],
      ['a bigint', 10n],
      ['a boolean', false],
      ['a plain string', 'invalid_credentials'],
      ['an empty string', ''],
      ['a symbol', Symbol('invalid_credentials')],
      ['a function', () => 'invalid_credentials'],
      ['an array', [{ code: 'invalid_credentials' }]],
      ['an empty object', {}],
      ['Object.create(null)', Object.create(null)],
      ['an object whose getter throws', throwingGetter],
      ['an object whose name getter throws', throwingName],
      ['a Proxy whose get trap throws', trapping],
      ['a revoked Proxy', revoked.proxy],
      ['a Date', new Date(0)],
      ['a Map', new Map([['code', 'invalid_credentials']])],
      ['a huge string', 'x'.repeat(5_000_000)],
      ['a huge query string', `?error=${'x'.repeat(1_000_000)}`],
    ])('should read %s as unknown without throwing', (_label, input) => {
      expect(toAuthError(input).code).toBe('unknown');
    });

    it('should read a null-prototype object with a code', () => {
      const body = Object.assign(Object.create(null) as object, { code: 'conflict' });

      expect(toAuthError(body).code).toBe('conflict');
    });

    it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'INVALID_CREDENTIALS', ' invalid_credentials', 'invalid_credentials\n'])(
      'should keep the code "%s" as an unknown code, never matched to the catalogue',
      (code) => {
        const error = toAuthError({ code });

        expect(error.code).toBe(code);
        expect(AUTH_ERROR_CODES).not.toContain(error.code);
      },
    );

    it('should cut a huge code short', () => {
      expect(toAuthError({ code: 'x'.repeat(10_000) }).code.length).toBeLessThanOrEqual(100);
    });

    it('should cut a huge message short', () => {
      expect(toAuthError({ code: 'server_error', message: 'x'.repeat(1_000_000) }).message!.length).toBeLessThanOrEqual(2000);
    });
  });

  describe('details', () => {
    it('should coerce retry_after_s from a numeric string', () => {
      expect(toAuthError({ code: 'account_locked', details: { retry_after_s: '90' } }).details).toEqual({ retry_after_s: 90 });
    });

    it('should round a fractional retry_after_s up', () => {
      expect(toAuthError({ code: 'account_locked', details: { retry_after_s: 1.2 } }).details).toEqual({ retry_after_s: 2 });
    });

    it.each([-1, '-1', NaN, Infinity, -Infinity, 1e308, '1e3', '0x10', 'soon', '', null, [], {}])(
      'should reject retry_after_s %s',
      (value) => {
        expect(toAuthError({ code: 'account_locked', details: { retry_after_s: value } })).not.toHaveProperty('details');
      },
    );

    it('should keep string and string[] field messages', () => {
      const error = toAuthError({
        code: 'validation_failed',
        details: { fields: { email: 'Invalid email', password: ['Too short', 'Needs a digit'] } },
      });

      expect(error.details?.fields).toEqual({ email: 'Invalid email', password: ['Too short', 'Needs a digit'] });
    });

    it('should drop malformed field messages and keep the rest', () => {
      const error = toAuthError({
        code: 'validation_failed',
        details: { fields: { email: 42, name: [1, 'Required', null], ok: 'Fine', nested: { a: 'b' } } },
      });

      expect(error.details?.fields).toEqual({ name: ['Required'], ok: 'Fine' });
    });

    it('should keep a field named with an empty list of messages', () => {
      const error = toAuthError({ code: 'conflict', details: { fields: { email: [], username: [] } } });

      expect(error.details?.fields).toEqual({ email: [], username: [] });
    });

    it.each([
      ['fields as a string', { fields: 'email' }],
      ['fields as an array', { fields: ['email'] }],
      ['fields with no usable message', { fields: { email: 1 } }],
      ['details as an array', [1, 2]],
      ['details as a string', 'oops'],
      ['details of objects only', { nested: { a: 1 }, fn: () => 1 }],
    ])('should drop %s', (_label, details) => {
      expect(toAuthError({ code: 'validation_failed', details })).not.toHaveProperty('details');
    });

    it('should keep step and reason for logging', () => {
      const error = toAuthError({ code: 'step_blocked', details: { step: 'geo-check', reason: 'Country not allowed' } });

      expect(error.details).toEqual({ step: 'geo-check', reason: 'Country not allowed' });
    });

    it('should copy details rather than share them with the input', () => {
      const input = { code: 'validation_failed', details: { fields: { tags: ['Too many'] } } };
      const error = toAuthError(input);
      input.details.fields.tags.push('Changed later');

      expect(error.details?.fields).toEqual({ tags: ['Too many'] });
      expect(error.details).not.toBe(input.details);
    });

    it('should not let a JSON "__proto__" key pollute prototypes', () => {
      const body: unknown = JSON.parse(
        '{"code":"validation_failed","details":{"__proto__":{"polluted":true},"fields":{"__proto__":"x","email":"Required"}}}',
      );
      const error = toAuthError(body);

      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getPrototypeOf(error.details)).toBe(Object.prototype);
      expect(Object.getPrototypeOf(error.details?.fields)).toBe(Object.prototype);
      expect(error.details).not.toHaveProperty('polluted');
    });

    it('should not read a code through a JSON "__proto__" key', () => {
      expect(toAuthError(JSON.parse('{"__proto__":{"code":"invalid_credentials"}}')).code).toBe('unknown');
    });

    it('should not read a known detail that is not enumerable', () => {
      const details = Object.defineProperty({}, 'retry_after_s', { value: 60, enumerable: false });

      expect(toAuthError({ code: 'account_locked', details })).not.toHaveProperty('details');
    });

    it('should not read inherited properties as details', () => {
      const details = Object.create({ retry_after_s: 60 }) as object;

      expect(toAuthError({ code: 'account_locked', details })).not.toHaveProperty('details');
    });
  });

  describe('thrown HTTP responses', () => {
    it.each([
      [429, 'rate_limited'],
      [503, 'service_unavailable'],
      [500, 'server_error'],
      [502, 'server_error'],
      [404, 'not_found'],
      [403, 'permission_denied'],
      [409, 'conflict'],
      [412, 'precondition_failed'],
      [401, 'session_expired'],
      [400, 'validation_failed'],
      [422, 'validation_failed'],
      [418, 'unknown'],
    ])('should map a thrown Response with status %i to %s and keep the status', (status, code) => {
      expect(toAuthError(new Response(null, { status }))).toEqual({ code, status });
    });

    it.each([200, 401, 403, 404, 409, 412, 422, 429, 500, 503])('should read a bodyless %i Response as fromResponse does', async (status) => {
      const headers = { 'Retry-After': '7', 'WWW-Authenticate': 'Bearer error="invalid_token"' };

      expect(toAuthError(new Response(null, { status, headers }))).toEqual(await fromResponse(new Response(null, { status, headers })));
    });

    it('should read WWW-Authenticate: Bearer error="invalid_token" on a 401 as token_expired', () => {
      const res = new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="api", error="invalid_token"' } });

      expect(toAuthError(res)).toEqual({ code: 'token_expired', status: 401 });
    });

    it('should fill details.retry_after_s from Retry-After', () => {
      const res = new Response(null, { status: 429, headers: { 'Retry-After': '120' } });

      expect(toAuthError(res)).toEqual({ code: 'rate_limited', status: 429, details: { retry_after_s: 120 } });
    });

    it.each([
      ['IMF-fixdate', 'Tue, 25 Nov 2025 12:01:30 GMT'],
      ['the obsolete RFC 850 form', 'Tuesday, 25-Nov-25 12:01:30 GMT'],
    ])('should read a Retry-After HTTP-date (%s) as fromResponse does', async (_form, date) => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.UTC(2025, 10, 25, 12, 0, 0));
      const headers = { 'Retry-After': date };

      expect(toAuthError(new Response(null, { status: 503, headers }))).toEqual({ code: 'service_unavailable', status: 503, details: { retry_after_s: 90 } });
      expect((await fromResponse(new Response(null, { status: 503, headers }))).details).toEqual({ retry_after_s: 90 });
    });

    it.each([
      'Tue, 25 Nov 2025 11:59:00 GMT',
      'soon',
      '-5',
      '',
      // asctime and dates without GMT: Date.parse would read them in the local time zone.
      'Tue Nov 25 12:01:30 2025',
      'Tue, 25 Nov 2025 12:01:30',
      'in 2099',
      'Jan 2099',
      '1/1/2099',
      '1.2.2099',
    ])('should read no wait from the Retry-After "%s" (past, unreadable, or a date not in GMT)', (value) => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.UTC(2025, 10, 25, 12, 0, 0));

      expect(toAuthError(new Response(null, { status: 429, headers: { 'Retry-After': value } }))).toEqual({ code: 'rate_limited', status: 429 });
    });

    it('should round a fractional Retry-After up', () => {
      expect(toAuthError(new Response(null, { status: 429, headers: { 'Retry-After': '1.2' } })).details).toEqual({ retry_after_s: 2 });
    });

    it('should map by status without reading the body, leaving it for fromResponse', async () => {
      const res = new Response(JSON.stringify({ code: 'account_locked' }), { status: 403 });

      expect(toAuthError(res).code).toBe('permission_denied');
      expect(res.bodyUsed).toBe(false);
      expect((await fromResponse(res)).code).toBe('account_locked');
    });

    it('should read a Response-like value with a numeric status and headers.get', () => {
      const res = { status: 503, headers: { get: (name: string) => (name === 'retry-after' ? '30' : null) } };

      expect(toAuthError(res)).toEqual({ code: 'service_unavailable', status: 503, details: { retry_after_s: 30 } });
    });

    it('should read a Response whose headers throw as unknown', () => {
      const res = {
        status: 503,
        headers: {
          get() {
            throw new Error('boom');
          },
        },
      };

      expect(toAuthError(res).code).toBe('unknown');
    });
  });

  describe('React Router error responses', () => {
    // What isRouteErrorResponse() accepts: React Router's ErrorResponseImpl.
    const routeError = (status: number, statusText: string, data: unknown, internal = false) => ({ status, statusText, internal, data });

    it('should take the code from a JSON body in data and keep the status', () => {
      expect(toAuthError(routeError(401, 'Unauthorized', { code: 'session_revoked', message: 'Revoked' }))).toEqual({
        code: 'session_revoked',
        message: 'Revoked',
        status: 401,
      });
    });

    it('should unwrap an envelope in data', () => {
      expect(toAuthError(routeError(423, 'Locked', { error: { code: 'account_locked', details: { retry_after_s: 60 } } }))).toEqual({
        code: 'account_locked',
        status: 423,
        details: { retry_after_s: 60 },
      });
    });

    it('should read an OAuth body in data', () => {
      expect(toAuthError(routeError(400, 'Bad Request', { error: 'invalid_grant' }))).toEqual({ code: 'invalid_grant', status: 400 });
    });

    it.each([
      [403, 'permission_denied'],
      [429, 'rate_limited'],
      [503, 'service_unavailable'],
      [500, 'server_error'],
      [401, 'session_expired'],
    ])('should map status %i to %s when data has no code', (status, code) => {
      expect(toAuthError(routeError(status, '', { message: 'Nope' }))).toEqual({ code, status });
    });

    it('should ignore an HTML page in data and map by status', () => {
      expect(toAuthError(routeError(503, 'Service Unavailable', '<!doctype html><h1>503</h1>'))).toEqual({
        code: 'service_unavailable',
        status: 503,
      });
    });

    it('should read React Router’s own 404 for a URL no route matches as not_found', () => {
      const noMatch = {
        ...routeError(404, 'Not Found', 'Error: No route matches URL "/x"', true),
        error: new Error('No route matches URL "/x"'),
      };

      expect(toAuthError(noMatch)).toEqual({ code: 'not_found', status: 404 });
    });
  });

  describe('registered OAuth 2.0 and OpenID Connect errors', () => {
    const REGISTERED: [string, string][] = [
      // RFC 6749 §4.1.2.1, §5.2
      ['invalid_request', 'flow_invalid'],
      ['unauthorized_client', 'unauthorized_client'],
      ['access_denied', 'permission_denied'],
      ['unsupported_response_type', 'unauthorized_client'],
      ['invalid_scope', 'invalid_scope'],
      ['server_error', 'server_error'],
      ['temporarily_unavailable', 'service_unavailable'],
      ['invalid_client', 'invalid_client'],
      ['invalid_grant', 'invalid_grant'],
      ['unsupported_grant_type', 'unauthorized_client'],
      // OpenID Connect Core §3.1.2.6
      ['interaction_required', 'consent_required'],
      ['login_required', 'session_expired'],
      ['account_selection_required', 'consent_required'],
      ['consent_required', 'consent_required'],
      ['invalid_request_uri', 'flow_invalid'],
      ['invalid_request_object', 'flow_invalid'],
      ['request_not_supported', 'unauthorized_client'],
      ['request_uri_not_supported', 'unauthorized_client'],
      ['registration_not_supported', 'unauthorized_client'],
      // RFC 6750 §3.1
      ['invalid_token', 'token_expired'],
      ['insufficient_scope', 'permission_denied'],
      // RFC 8628 §3.5
      ['authorization_pending', 'aborted'],
      ['slow_down', 'rate_limited'],
      ['expired_token', 'flow_expired'],
      // RFC 9470 §3
      ['insufficient_user_authentication', 'step_up_required'],
    ];

    it.each(REGISTERED)('should map the redirect parameter error=%s to %s', (param, code) => {
      expect(toAuthError(new URLSearchParams({ error: param, state: 'xyz' })).code).toBe(code);
    });

    it.each(REGISTERED)('should map the token-endpoint body { error: %s } to %s', (error, code) => {
      expect(toAuthError({ error, error_description: 'From the server' })).toEqual({ code, error_description: 'From the server' });
    });

    it.each(REGISTERED)('should map WWW-Authenticate: Bearer error="%s" on a thrown 401 to %s', (error, code) => {
      const res = new Response(null, { status: 401, headers: { 'WWW-Authenticate': `Bearer error="${error}", error_description="x"` } });

      expect(toAuthError(res)).toEqual({ code, status: 401 });
    });
  });

  describe('cause', () => {
    it('should keep the cause an adapter put on the error', () => {
      const original = new Error('auth0: login_required');

      expect(toAuthError({ code: 'session_expired', cause: original }).cause).toBe(original);
    });

    it('should keep the cause inside an envelope', () => {
      const original = { provider: 'okta', errorCode: 'E0000011' };

      expect(toAuthError({ error: { code: 'invalid_grant', cause: original } })).toEqual({ code: 'invalid_grant', cause: original });
    });

    it('should keep the cause of an OAuth token-endpoint body', () => {
      expect(toAuthError({ error: 'invalid_grant', cause: 'refresh token revoked' }).cause).toBe('refresh token revoked');
    });

    it('should not read an inherited cause', () => {
      const body = Object.assign(Object.create({ cause: 'inherited' }) as object, { code: 'conflict' });

      expect(toAuthError(body)).toEqual({ code: 'conflict' });
    });
  });

  describe('already normalised errors', () => {
    it.each<[string, unknown]>([
      ['a flat error with details and cause', { code: 'account_locked', message: 'Locked', status: 423, details: { retry_after_s: 60 }, cause: new Error('x') }],
      ['a failed fetch', new TypeError('Failed to fetch')],
      ['a thrown Response', new Response(null, { status: 429, headers: { 'Retry-After': '5' } })],
      ['an OAuth redirect', '?error=access_denied&error_description=No&error_uri=https%3A%2F%2Fdocs.example%2Fe'],
      ['validation fields', { code: 'validation_failed', details: { fields: { email: 'Required', tags: ['A', 'B'], name: [] } } }],
      ['junk', Symbol('x')],
    ])('should give back %s unchanged', (_label, input) => {
      const once = toAuthError(input);

      expect(toAuthError(once)).toEqual(once);
    });

    it('should give back any normalised error unchanged', () => {
      fc.assert(
        fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true }), (input) => {
          const once = toAuthError(input);
          expect(toAuthError(once)).toEqual(once);
        }),
        { numRuns: 1000 },
      );
    });
  });

  describe('never throwing', () => {
    const crafted = fc.oneof(
      fc.anything({
        withBigInt: true,
        withBoxedValues: true,
        withDate: true,
        withMap: true,
        withNullPrototype: true,
        withObjectString: true,
        withSet: true,
        withSparseArray: true,
        withTypedArray: true,
      }),
      fc.record({ code: fc.oneof(fc.constantFrom(...AUTH_ERROR_CODES), fc.string()), message: fc.anything(), status: fc.anything(), details: fc.anything() }),
      fc.record({ error: fc.record({ code: fc.anything(), details: fc.object() }), status: fc.anything() }),
      fc.record({
        code: fc.constantFrom(...AUTH_ERROR_CODES),
        details: fc.record({ retry_after_s: fc.anything(), fields: fc.dictionary(fc.string(), fc.anything()) }, { requiredKeys: [] }),
      }),
      fc.string().map((value) => `?error=${encodeURIComponent(value)}`),
      fc.string().map((value) => new URLSearchParams({ error: value })),
      fc.tuple(fc.string(), fc.string()).map(([name, message]) => Object.assign(new Error(message), { name })),
      fc.string().map((message) => new TypeError(message)),
      fc.json().map((json) => JSON.parse(json) as unknown),
    );

    it('should never throw and always give a string code', () => {
      fc.assert(
        fc.property(crafted, (input) => {
          const error = toAuthError(input);
          expect(typeof error.code).toBe('string');
        }),
        { numRuns: 2000 },
      );
    });
  });
});
