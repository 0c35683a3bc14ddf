import { AUTH_ERROR_CODES, catalogue, type AuthErrorOutcomeKind } from '../../src';
import { createErrorStore } from '../../src/engine/createErrorStore';
import { createKitServices } from '../../src/engine/createKitServices';
import type { AuthErrorBehaviour } from '../../src/engine/EngineOptions';
import { allowConsole } from '../helpers/console';
import { fakeClock, fakeEnvironment } from './fakeClock';

function setup(options: AuthErrorBehaviour = {}, source: 'thrown' | 'value' = 'value') {
  const time = fakeClock();
  const env = fakeEnvironment();
  const services = createKitServices({ clock: time.clock, environment: env.environment });
  const onClear = vi.fn();
  const store = createErrorStore(services, { source, options, onClear });
  const notified = vi.fn();
  const unsubscribe = store.subscribe(notified);
  const snapshot = () => store.getSnapshot();
  return { store, services, time, env, onClear, notified, unsubscribe, snapshot };
}

/** Lets promise callbacks (a refresh settling) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  vi.spyOn(Math, 'random').mockReturnValue(0.5);
});

describe('createErrorStore: outcomes', () => {
  const expected: Record<string, AuthErrorOutcomeKind> = {};
  for (const code of AUTH_ERROR_CODES) expected[code] = catalogue[code].outcome;
  // Without onRefreshToken / onRetry the silent path cannot run: sign in again.
  expected.token_expired = 'reauthenticate';
  expected.silent_auth_failed = 'reauthenticate';

  it.each(AUTH_ERROR_CODES)('should resolve %s to its outcome kind', (code) => {
    allowConsole('error', 'warn');
    const { store, snapshot } = setup();
    store.receive({ code });
    expect(snapshot().outcome.kind).toBe(expected[code]);
    expect(snapshot().error).toEqual(expect.objectContaining({ code }));
  });

  it('should show nothing for a cancelled request and generic for junk', () => {
    const { store, snapshot } = setup();
    store.receive({ name: 'AbortError' });
    expect(snapshot().outcome.kind).toBe('none');
    store.receive(42);
    expect(snapshot().outcome.kind).toBe('generic');
  });

  it('should take an error that says the same as the one shown as that one, unless it answers a retry', () => {
    const onError = vi.fn();
    const onRetry = vi.fn();
    const { store, notified, time } = setup({ onError, onRetry });
    store.receive({ code: 'network_error' });
    // A render that built the error object again: not a new failure.
    store.receive({ code: 'network_error' });
    expect(onError).toHaveBeenCalledTimes(1);
    expect(notified).toHaveBeenCalledTimes(1);
    time.advance(30_000);
    expect(onRetry).toHaveBeenCalledTimes(1);
    // The answer to the retry: a new failure, however alike.
    store.receive({ code: 'network_error' });
    expect(onError).toHaveBeenCalledTimes(2);
  });

  it('should take the same value once, and clear on null', () => {
    const onError = vi.fn();
    const { store, snapshot, notified } = setup({ onError });
    const error = { code: 'invalid_credentials' };
    store.receive(error);
    store.receive(error);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(notified).toHaveBeenCalledTimes(1);
    store.receive(null);
    expect(snapshot().error).toBeNull();
    expect(snapshot().outcome.kind).toBe('none');
  });

  it('should clear on null after an error the kit does not know (null does not repeat it)', () => {
    const { store, snapshot } = setup();
    store.receive(new Error('boom'));
    expect(snapshot().outcome.kind).toBe('generic');
    store.receive(null);
    expect(snapshot().error).toBeNull();
    expect(store.peek(null, snapshot().options)).toBe(snapshot());
  });

  it('should give onError and onReset the same error object, and onError the outcome it shows', () => {
    const onError = vi.fn();
    const onReset = vi.fn();
    const { store, snapshot } = setup({ onError, onReset }, 'thrown');
    store.receive({ code: 'token_expired' });
    const [reported, info] = onError.mock.calls[0] as [unknown, { outcome: unknown; source: string }];
    // No onRefreshToken: the user sees sign-in, and onError hears the same.
    expect(info).toEqual(expect.objectContaining({ source: 'thrown', outcome: snapshot().outcome }));
    expect(snapshot().outcome.kind).toBe('reauthenticate');
    store.act('reset');
    expect(onReset).toHaveBeenCalledWith({ reason: 'imperative', error: reported });
    expect(onReset.mock.calls[0]?.[0].error).toBe(reported);
  });

  it('should decide the same outcome for a value and a thrown error with the same options', () => {
    const options = { onRetry: () => {} };
    const value = setup(options, 'value');
    const thrown = setup(options, 'thrown');
    value.store.receive({ code: 'network_error' });
    thrown.store.receive({ code: 'network_error' });
    const { error: _a, ...fromValue } = value.snapshot().outcome;
    const { error: _b, ...fromThrown } = thrown.snapshot().outcome;
    expect(fromThrown).toEqual(fromValue);
    expect(fromValue.role).toBe('status');
  });

  it('should peek at an input without taking it', () => {
    const onError = vi.fn();
    const { store, snapshot } = setup({ onError });
    const error = { code: 'account_locked', details: { retry_after_s: 30 } };
    const options = { onError };
    const peeked = store.peek(error, options);
    expect(peeked.outcome.kind).toBe('countdown');
    expect(snapshot().error).toBeNull();
    expect(onError).not.toHaveBeenCalled();
    expect(store.peek(error, options)).toBe(peeked);
  });
});

describe('createErrorStore: automatic retries', () => {
  it('should retry with backoff, at most three times in a run, then hand over to the user', () => {
    const onRetry = vi.fn();
    const { store, snapshot, time } = setup({ onRetry });
    store.receive({ code: 'network_error' });
    expect(snapshot().retry).toEqual(expect.objectContaining({ status: 'waiting', attempt: 0 }));
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      time.advance(30_000);
      expect(onRetry).toHaveBeenCalledTimes(attempt);
      expect(snapshot().retry?.status).toBe('retrying');
      store.receive({ code: 'network_error' });
    }
    expect(snapshot().retry).toEqual(expect.objectContaining({ status: 'manual', attempt: 3 }));
    expect(snapshot().outcome.role).toBe('alert');
    time.advance(600_000);
    expect(onRetry).toHaveBeenCalledTimes(3);
  });

  it('should count a run of transient failures as one run whatever their codes', () => {
    const onRetry = vi.fn();
    const { store, time } = setup({ onRetry });
    const codes = ['service_unavailable', 'network_error', 'server_error', 'network_error', 'service_unavailable', 'network_error'];
    for (const code of codes) {
      store.receive(code === 'network_error' ? new TypeError('Failed to fetch') : { code });
      time.advance(60_000);
    }
    expect(onRetry).toHaveBeenCalledTimes(3);
  });

  it('should wait out Retry-After before retrying rate_limited', () => {
    const onRetry = vi.fn();
    const { store, time, snapshot } = setup({ onRetry });
    store.receive({ code: 'rate_limited', details: { retry_after_s: 20 } });
    expect(snapshot().wait).toBeDefined();
    time.advance(19_999);
    expect(onRetry).not.toHaveBeenCalled();
    time.advance(1);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('should wait for the browser to be online, then retry at once', () => {
    const onRetry = vi.fn();
    const { store, env, snapshot } = setup({ onRetry });
    env.setOnline(false);
    store.receive({ code: 'network_error' });
    expect(snapshot().retry?.status).toBe('offline');
    env.setOnline(true);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('should not retry without onRetry, nor with autoRetry off', () => {
    const onRetry = vi.fn();
    const { store, time, snapshot } = setup({ onRetry, autoRetry: false });
    store.receive({ code: 'server_error' });
    time.advance(600_000);
    expect(onRetry).not.toHaveBeenCalled();
    expect(snapshot().retry?.status).toBe('manual');
  });

  it('should retry on "Try again" and clear a thrown error, calling onReset with retry', () => {
    const onRetry = vi.fn();
    const onReset = vi.fn();
    const { store, onClear, snapshot } = setup({ onRetry, onReset, autoRetry: false }, 'thrown');
    store.receive({ code: 'invalid_credentials' });
    store.act('tryAgain');
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(onClear).toHaveBeenCalledWith('retry');
    expect(onReset).toHaveBeenCalledWith(expect.objectContaining({ reason: 'retry' }));
    expect(snapshot().error).toBeNull();
  });

  it('should never fire a retry past setTimeout’s limit: long waits are re-checked', () => {
    const onRetry = vi.fn();
    const { store, time } = setup({ onRetry });
    store.receive({ code: 'rate_limited', details: { retry_after_s: 2_147_485 } });
    time.advance(3_600_000);
    expect(onRetry).not.toHaveBeenCalled();
  });
});

describe('createErrorStore: countdowns', () => {
  it('should end a countdown once, on time, and say so', () => {
    const onCountdownEnd = vi.fn();
    const { store, time, snapshot } = setup({ onCountdownEnd });
    store.receive({ code: 'account_locked', details: { retry_after_s: 90 } });
    expect(snapshot().announcement?.kind).toBe('progress');
    time.advance(89_999);
    expect(snapshot().waitOver).toBe(false);
    time.advance(1);
    expect(snapshot().waitOver).toBe(true);
    expect(snapshot().announcement?.kind).toBe('ready');
    expect(onCountdownEnd).toHaveBeenCalledTimes(1);
    store.check();
    time.advance(60_000);
    expect(onCountdownEnd).toHaveBeenCalledTimes(1);
  });

  it('should end when the wall clock jumps past the deadline and time is checked', () => {
    const onCountdownEnd = vi.fn();
    const { store, time, snapshot } = setup({ onCountdownEnd });
    store.receive({ code: 'account_locked', details: { retry_after_s: 600 } });
    time.jumpWall(3_600_000);
    store.check();
    expect(snapshot().waitOver).toBe(true);
    expect(onCountdownEnd).toHaveBeenCalledTimes(1);
    store.check();
    expect(onCountdownEnd).toHaveBeenCalledTimes(1);
  });

  it('should re-check the time when the page wakes up', () => {
    const { store, time, env, snapshot } = setup();
    store.receive({ code: 'sms_rate_limited', details: { retry_after_s: 60 } });
    time.jumpWall(120_000);
    env.wake();
    expect(snapshot().waitOver).toBe(true);
  });

  it('should extend, never shorten, the wait when another rate limit arrives', () => {
    const { store, time, snapshot } = setup();
    store.receive({ code: 'sms_rate_limited', details: { retry_after_s: 60 } });
    const first = snapshot().wait;
    time.advance(10_000);
    store.receive({ code: 'sms_rate_limited', details: { retry_after_s: 5 } });
    expect(snapshot().wait).toBe(first);
    store.receive({ code: 'sms_rate_limited', details: { retry_after_s: 120 } });
    expect(snapshot().wait?.mono).toBeGreaterThan(first?.mono ?? 0);
  });

  it('should clear a thrown countdown when it ends, with reason countdown-end', () => {
    const onReset = vi.fn();
    const { store, time, onClear } = setup({ onReset }, 'thrown');
    store.receive({ code: 'account_locked', details: { retry_after_s: 3 } });
    time.advance(3000);
    expect(onClear).toHaveBeenCalledWith('countdown-end');
    expect(onReset).toHaveBeenCalledWith(expect.objectContaining({ reason: 'countdown-end' }));
  });

  it('should leave no timers or listeners behind once nothing reads it', () => {
    const { store, time, env, unsubscribe } = setup({ onRetry: () => {} });
    store.receive({ code: 'network_error' });
    expect(time.pending()).toBeGreaterThan(0);
    unsubscribe();
    expect(time.pending()).toBe(0);
    expect(env.listening()).toBe(0);
  });
});

describe('createErrorStore: token refresh', () => {
  it('should refresh, clear with reason refreshed, and re-run what failed', async () => {
    const onRetry = vi.fn();
    const onReset = vi.fn();
    const onRefreshToken = vi.fn(() => Promise.resolve());
    const { store, snapshot } = setup({ onRefreshToken, onRetry, onReset });
    store.receive({ code: 'token_expired' });
    expect(snapshot().outcome.kind).toBe('silent');
    await settle();
    expect(onRefreshToken).toHaveBeenCalledTimes(1);
    expect(onReset).toHaveBeenCalledWith(expect.objectContaining({ reason: 'refreshed' }));
    expect(onRetry).toHaveBeenCalledWith(expect.objectContaining({ code: 'token_expired' }));
    expect(snapshot().error).toBeNull();
  });

  it('should fall back to sign in when the refresh fails', async () => {
    const { store, snapshot } = setup({ onRefreshToken: () => Promise.reject(new Error('invalid_grant')) });
    store.receive({ code: 'token_expired' });
    await settle();
    expect(snapshot().outcome.kind).toBe('reauthenticate');
  });

  it('should give up on a refresh that never settles after refreshTimeoutMs, and refresh anew later', async () => {
    const onRefreshToken = vi.fn(() => new Promise(() => {}));
    const { store, time, snapshot } = setup({ onRefreshToken, refreshTimeoutMs: 15_000 });
    store.receive({ code: 'token_expired' });
    time.advance(15_000);
    await settle();
    expect(snapshot().outcome.kind).toBe('reauthenticate');
    store.receive(null);
    store.receive({ code: 'token_expired' });
    expect(onRefreshToken).toHaveBeenCalledTimes(2);
    expect(snapshot().outcome.kind).toBe('silent');
  });

  it('should let stores under one provider join one refresh', async () => {
    const onRefreshToken = vi.fn(() => Promise.resolve());
    const { services } = setup();
    const stores = [1, 2, 3].map(() => createErrorStore(services, { source: 'value', options: { onRefreshToken } }));
    stores.forEach((store) => store.receive({ code: 'token_expired' }));
    await settle();
    expect(onRefreshToken).toHaveBeenCalledTimes(1);
    for (const store of stores) expect(store.getSnapshot().error).toBeNull();
  });

  it('should accept two stragglers after a refresh, then ask to sign in', async () => {
    const onRefreshToken = vi.fn(() => Promise.resolve());
    const { store, snapshot } = setup({ onRefreshToken });
    for (let i = 0; i < 3; i += 1) {
      store.receive({ code: 'token_expired' });
      await settle();
      expect(snapshot().error).toBeNull();
    }
    store.receive({ code: 'token_expired' });
    await settle();
    expect(snapshot().outcome.kind).toBe('reauthenticate');
    expect(onRefreshToken).toHaveBeenCalledTimes(1);
  });

  it('should retry silent_auth_failed once, then sign in', () => {
    const onRetry = vi.fn();
    const { store, snapshot } = setup({ onRetry });
    store.receive({ code: 'silent_auth_failed' });
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(snapshot().outcome.placement).toBe('none');
    store.receive({ code: 'silent_auth_failed' });
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(snapshot().outcome.kind).toBe('reauthenticate');
  });
});

describe('createErrorStore: the circuit breaker', () => {
  it('should pause retries while open, and let one probe through when half-open', () => {
    const onRetry = vi.fn();
    const { services, time } = setup();
    const stores = [1, 2, 3].map(() => createErrorStore(services, { source: 'value', options: { onRetry } }));
    stores.forEach((store) => {
      store.subscribe(() => {});
      store.receive({ code: 'server_error' });
    });
    time.advance(1000);
    expect(onRetry).not.toHaveBeenCalled();
    expect(stores.map((store) => store.getSnapshot().retry?.status)).toEqual(['paused', 'paused', 'paused']);
    time.advance(30_000);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('should give a probe back when its store goes away, so another store probes', () => {
    const onRetry = vi.fn();
    const { services, time } = setup();
    const stores = [1, 2, 3].map(() => createErrorStore(services, { source: 'value', options: { onRetry } }));
    const offs = stores.map((store) => {
      const off = store.subscribe(() => {});
      store.receive({ code: 'server_error' });
      return off;
    });
    time.advance(31_000);
    expect(onRetry).toHaveBeenCalledTimes(1);
    const prober = stores.findIndex((store) => store.getSnapshot().retry?.status === 'retrying');
    offs[prober]?.();
    time.advance(2000);
    expect(onRetry).toHaveBeenCalledTimes(2);
  });

  it('should close the circuit when the error clears', () => {
    const { store, services } = setup({ onRetry: () => {} });
    for (let request = 0; request < 3; request += 1) store.receive({ code: 'server_error', details: { request } });
    expect(services.breaker.state).toBe('open');
    store.receive(null);
    expect(services.breaker.state).toBe('closed');
  });
});

describe('createErrorStore: resets and callbacks', () => {
  it('should report keys resets with the previous and next keys, and start the run over', () => {
    const onReset = vi.fn();
    const onRetry = vi.fn();
    const { store } = setup({ onReset, onRetry }, 'thrown');
    store.receive({ code: 'permission_denied' });
    store.reset({ reason: 'keys', prev: [1], next: [2] });
    expect(onReset).toHaveBeenLastCalledWith(expect.objectContaining({ reason: 'keys', prev: [1], next: [2] }));
    // silent_auth_failed's one retry clears the thrown error; the run goes on until the keys reset it.
    store.receive({ code: 'silent_auth_failed' });
    store.reset({ reason: 'keys', prev: [2], next: [3] });
    store.receive({ code: 'silent_auth_failed' });
    expect(onRetry).toHaveBeenCalledTimes(2);
  });

  it('should keep the outcome when an app callback throws, and name the callback in development', () => {
    allowConsole('error');
    const onCountdownEnd = vi.fn(() => {
      throw new Error('boom');
    });
    const { store, time, snapshot } = setup({ onCountdownEnd, onReset: () => Promise.reject(new Error('later')) });
    store.receive({ code: 'account_locked', details: { retry_after_s: 1 } });
    expect(() => time.advance(1000)).not.toThrow();
    expect(snapshot().outcome.kind).toBe('countdown');
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('onCountdownEnd threw'));
  });

  it('should contain an onRetry that throws during a silent retry or an automatic one', () => {
    allowConsole('error');
    const onRetry = vi.fn(() => {
      throw new Error('boom');
    });
    const { store, time, snapshot } = setup({ onRetry });
    expect(() => store.receive({ code: 'silent_auth_failed' })).not.toThrow();
    store.receive(null);
    store.receive({ code: 'network_error' });
    expect(() => time.advance(30_000)).not.toThrow();
    expect(snapshot().outcome.kind).toBe('retry');
  });
});

describe('createErrorStore: peeking, then taking', () => {
  it.each(['thrown', 'value'] as const)('should keep the snapshot a render peeked at when a %s store takes that input', (source) => {
    const { store, snapshot } = setup({}, source);
    const input = { code: 'invalid_credentials' };
    const peeked = store.peek(input, store.getSnapshot().options);
    store.receive(input);
    // The same object: the render that drew the peek has nothing to redo.
    expect(snapshot()).toBe(peeked);
    expect(snapshot().outcome.kind).toBe('form_error');
  });

  it('should take a new snapshot when what it decides on taking differs from the peek (a countdown to announce)', () => {
    const { store, snapshot } = setup();
    const input = { code: 'account_locked', details: { retry_after_s: 30 } };
    const peeked = store.peek(input, store.getSnapshot().options);
    store.receive(input);
    expect(snapshot()).not.toBe(peeked);
    expect(snapshot().announcement).toEqual({ kind: 'progress' });
    expect(peeked.announcement).toBeNull();
  });

  it('should work the error out again when it peeked at another input since', () => {
    const { store, snapshot } = setup();
    const options = store.getSnapshot().options;
    store.peek({ code: 'invalid_credentials' }, options);
    store.peek(null, options);
    const input = { code: 'network_error' };
    store.receive(input);
    expect(snapshot().outcome.kind).toBe('retry');
    expect(snapshot().error?.code).toBe('network_error');
  });
});
