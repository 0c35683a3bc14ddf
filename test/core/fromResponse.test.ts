import { fromResponse } from '../../src';

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { ...init, headers: { 'content-type': 'application/json', ...init.headers } });

describe(fromResponse, () => {
  it('should take the code from a flat JSON body over the status', async () => {
    const error = await fromResponse(json({ code: 'invalid_credentials', message: 'Bad password' }, { status: 400 }));

    expect(error).toEqual({ code: 'invalid_credentials', message: 'Bad password', status: 400 });
  });

  it('should take the code from an envelope JSON body over the status', async () => {
    const error = await fromResponse(json({ error: { code: 'account_locked', details: { retry_after_s: 300 } } }, { status: 403 }));

    expect(error).toEqual({ code: 'account_locked', status: 403, details: { retry_after_s: 300 } });
  });

  it('should read an OAuth token-endpoint body', async () => {
    const error = await fromResponse(json({ error: 'invalid_grant', error_description: 'Refresh token expired' }, { status: 400 }));

    expect(error).toMatchObject({ code: 'invalid_grant', status: 400, error_description: 'Refresh token expired' });
  });

  it('should keep the status the body gives', async () => {
    expect((await fromResponse(json({ code: 'conflict', status: 409 }, { status: 400 }))).status).toBe(409);
  });

  it.each([
    [429, 'rate_limited'],
    [503, 'service_unavailable'],
    [500, 'server_error'],
    [502, 'server_error'],
    [504, 'server_error'],
    [599, 'server_error'],
    [404, 'not_found'],
    [403, 'permission_denied'],
    [409, 'conflict'],
    [412, 'precondition_failed'],
    [401, 'session_expired'],
    [400, 'validation_failed'],
    [422, 'validation_failed'],
    [418, 'unknown'],
    [410, 'unknown'],
  ])('should map status %i without a body code to %s', async (status, code) => {
    expect(await fromResponse(new Response(null, { status }))).toEqual({ code, status });
  });

  it('should fall back to the status when the body has no code', async () => {
    expect((await fromResponse(json({ message: 'Nope' }, { status: 403 }))).code).toBe('permission_denied');
  });

  it('should fall back to the status when the body’s OAuth error is not one it knows', async () => {
    expect((await fromResponse(json({ error: 'no_such_error' }, { status: 400 }))).code).toBe('validation_failed');
  });

  it.each([
    'Bearer error="invalid_token", error_description="The access token expired"',
    'Bearer realm="api", error="invalid_token"',
    'bearer error=invalid_token',
  ])('should read a 401 with WWW-Authenticate: %s as token_expired', async (challenge) => {
    const res = new Response(null, { status: 401, headers: { 'WWW-Authenticate': challenge } });

    expect((await fromResponse(res)).code).toBe('token_expired');
  });

  it('should read a 401 with a Bearer error it does not know as session_expired', async () => {
    const res = new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer error="no_such_error"' } });

    expect((await fromResponse(res)).code).toBe('session_expired');
  });

  it.each([
    [401, 'invalid_token', 'token_expired'],
    [401, 'insufficient_user_authentication', 'step_up_required'],
    [403, 'insufficient_scope', 'permission_denied'],
    [401, 'login_required', 'session_expired'],
  ])('should read a %i with WWW-Authenticate: Bearer error="%s" as %s', async (status, error, code) => {
    const res = new Response(null, { status, headers: { 'WWW-Authenticate': `Bearer realm="api", error="${error}"` } });

    expect(await fromResponse(res)).toEqual({ code, status });
  });

  it('should read the error of a DPoP challenge too', async () => {
    const res = new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'DPoP algs="ES256", error="invalid_token"' } });

    expect((await fromResponse(res)).code).toBe('token_expired');
  });

  it('should let the status decide on a 429 or 5xx, whatever WWW-Authenticate says', async () => {
    const challenge = { 'WWW-Authenticate': 'Bearer error="invalid_token"' };

    expect((await fromResponse(new Response(null, { status: 429, headers: challenge }))).code).toBe('rate_limited');
    expect((await fromResponse(new Response(null, { status: 503, headers: challenge }))).code).toBe('service_unavailable');
  });

  it('should keep the body’s code over the WWW-Authenticate challenge', async () => {
    const res = json({ code: 'session_revoked' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } });

    expect((await fromResponse(res)).code).toBe('session_revoked');
  });

  describe('Retry-After', () => {
    const now = Date.UTC(2025, 10, 25, 12, 0, 0);

    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(now);
    });

    it('should fill details.retry_after_s from delay-seconds', async () => {
      const res = new Response(null, { status: 429, headers: { 'Retry-After': '120' } });

      expect(await fromResponse(res)).toEqual({ code: 'rate_limited', status: 429, details: { retry_after_s: 120 } });
    });

    it.each([
      ['IMF-fixdate', 'Tue, 25 Nov 2025 12:01:30 GMT'],
      ['RFC 850', 'Tuesday, 25-Nov-25 12:01:30 GMT'],
      ['asctime', 'Tue Nov 25 12:01:30 2025'],
    ])('should fill details.retry_after_s from an HTTP-date in %s form', async (_form, date) => {
      const res = new Response(null, { status: 503, headers: { 'Retry-After': date } });

      expect((await fromResponse(res)).details).toEqual({ retry_after_s: 90 });
    });

    it('should keep the body’s retry_after_s over the header', async () => {
      const res = json({ code: 'rate_limited', details: { retry_after_s: 5 } }, { status: 429, headers: { 'Retry-After': '120' } });

      expect((await fromResponse(res)).details).toEqual({ retry_after_s: 5 });
    });

    it('should add the header’s value beside the body’s other details', async () => {
      const res = json({ code: 'sms_rate_limited', details: { channel: 'sms' } }, { status: 429, headers: { 'Retry-After': '30' } });

      expect((await fromResponse(res)).details).toEqual({ channel: 'sms', retry_after_s: 30 });
    });

    it.each(['soon', '-5', '1.5', ''])('should ignore the unparsable Retry-After "%s"', async (value) => {
      const res = new Response(null, { status: 429, headers: { 'Retry-After': value } });

      expect(await fromResponse(res)).not.toHaveProperty('details');
    });
  });

  describe('bodies that are not JSON', () => {
    it.each([
      ['an HTML error page', '<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>', 502, 'server_error'],
      ['an empty body', '', 503, 'service_unavailable'],
      ['whitespace', '  \n ', 404, 'not_found'],
      ['truncated JSON', '{"error":{"code":"invalid_cred', 401, 'session_expired'],
      ['a JSON string', '"invalid_credentials"', 400, 'validation_failed'],
      ['a JSON number', '42', 500, 'server_error'],
      ['JSON null', 'null', 429, 'rate_limited'],
    ])('should fall back to the status for %s', async (_label, body, status, code) => {
      expect((await fromResponse(new Response(body, { status }))).code).toBe(code);
    });

    it('should fall back to the status when the body was already read', async () => {
      const res = json({ code: 'invalid_credentials' }, { status: 403 });
      await res.text();

      expect(await fromResponse(res)).toEqual({ code: 'permission_denied', status: 403 });
    });

    it('should fall back to the status when the body stream fails', async () => {
      const body = new ReadableStream({
        pull(controller) {
          controller.error(new Error('connection reset'));
        },
      });

      expect((await fromResponse(new Response(body, { status: 500 }))).code).toBe('server_error');
    });
  });

  it('should resolve to unknown for a value that is not a Response', async () => {
    expect((await fromResponse(null as unknown as Response)).code).toBe('unknown');
  });
});
