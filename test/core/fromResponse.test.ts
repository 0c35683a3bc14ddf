import { fromResponse } from '../../src/core';

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

  describe('bodies that never end or are too long', () => {
    const encoder = new TextEncoder();

    /** A body that sends `first` and then nothing, never closing; `cancelled` records the cancellation. */
    function hangingBody(first: string) {
      const cancelled = vi.fn();
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(encoder.encode(first));
        },
        cancel: cancelled,
      });
      return { stream, cancelled };
    }

    /** A body that streams 1 KiB chunks of a JSON string for ever. */
    function endlessBody() {
      const cancelled = vi.fn();
      let started = false;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          controller.enqueue(encoder.encode(started ? 'x'.repeat(1024) : '{"code":"invalid_credentials","pad":"'));
          started = true;
        },
        cancel: cancelled,
      });
      return { stream, cancelled };
    }

    beforeEach(() => {
      vi.useFakeTimers();
    });

    it('should fall back to the status after 5 seconds when the body never finishes', async () => {
      const { stream, cancelled } = hangingBody('{"code":"invalid_cred');
      const settled = vi.fn();
      void fromResponse(new Response(stream, { status: 503, headers: { 'Retry-After': '10' } })).then(settled);

      await vi.advanceTimersByTimeAsync(4999);
      expect(settled).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(settled).toHaveBeenCalledWith({ code: 'service_unavailable', status: 503, details: { retry_after_s: 10 } });
      expect(cancelled).toHaveBeenCalled();
    });

    it('should not take a complete JSON body that stops without closing', async () => {
      const { stream } = hangingBody('{"code":"invalid_credentials"}');
      const error = fromResponse(new Response(stream, { status: 403 }));
      await vi.advanceTimersByTimeAsync(5000);

      expect(await error).toEqual({ code: 'permission_denied', status: 403 });
    });

    it('should wait as long as timeoutMs says', async () => {
      const { stream } = hangingBody('{');
      const settled = vi.fn();
      void fromResponse(new Response(stream, { status: 500 }), { timeoutMs: 100 }).then(settled);

      await vi.advanceTimersByTimeAsync(100);
      expect(settled).toHaveBeenCalledWith({ code: 'server_error', status: 500 });
    });

    it('should read a body that arrives in pieces within the time', async () => {
      const body = '{"code":"account_locked","details":{"retry_after_s":60}}';
      const stream = new ReadableStream<Uint8Array>({
        async start(controller) {
          for (const piece of [body.slice(0, 10), body.slice(10, 30), body.slice(30)]) {
            await new Promise((resolve) => setTimeout(resolve, 1000));
            controller.enqueue(encoder.encode(piece));
          }
          controller.close();
        },
      });
      const error = fromResponse(new Response(stream, { status: 423 }));
      await vi.advanceTimersByTimeAsync(3000);

      expect(await error).toEqual({ code: 'account_locked', status: 423, details: { retry_after_s: 60 } });
    });

    it('should cancel a body longer than 64 KiB and fall back to the status', async () => {
      const { stream, cancelled } = endlessBody();
      const error = await fromResponse(new Response(stream, { status: 401 }));

      expect(error).toEqual({ code: 'session_expired', status: 401 });
      expect(cancelled).toHaveBeenCalled();
    });

    it('should read a body up to maxBytes and no further', async () => {
      const body = JSON.stringify({ code: 'invalid_credentials', pad: 'x'.repeat(100) });
      const size = encoder.encode(body).byteLength;

      expect((await fromResponse(new Response(body, { status: 400 }), { maxBytes: size })).code).toBe('invalid_credentials');
      expect((await fromResponse(new Response(body, { status: 400 }), { maxBytes: size - 1 })).code).toBe('validation_failed');
    });

    it('should count bytes, not characters', async () => {
      const body = JSON.stringify({ code: 'invalid_credentials', message: 'é'.repeat(40) });

      expect((await fromResponse(new Response(body, { status: 400 }), { maxBytes: body.length })).code).toBe('validation_failed');
    });

    it.each([NaN, -1, Infinity])('should still stop reading a body that never ends when maxBytes is %s', async (maxBytes) => {
      const { stream, cancelled } = endlessBody();
      const error = fromResponse(new Response(stream, { status: 429 }), { maxBytes });
      await vi.advanceTimersByTimeAsync(5000);

      expect((await error).code).toBe('rate_limited');
      expect(cancelled).toHaveBeenCalled();
    });

    it.each([NaN, -1])('should wait the default 5 seconds when timeoutMs is %s', async (timeoutMs) => {
      const { stream } = hangingBody('{');
      const settled = vi.fn();
      void fromResponse(new Response(stream, { status: 502 }), { timeoutMs }).then(settled);

      await vi.advanceTimersByTimeAsync(5000);
      expect(settled).toHaveBeenCalledWith({ code: 'server_error', status: 502 });
    });
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

    it.each(['soon', '-5', '1e3', ''])('should ignore the unparsable Retry-After "%s"', async (value) => {
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
