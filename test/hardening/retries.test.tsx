import { act, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { AUTH_ERROR_CODES, AuthErrorBoundary, AuthErrorProvider, catalogue, retryDelayMs } from '../../src';
import { fromResponse } from '../../src/core';
import en from '../../locales/en/auth-errors.json';
import { allowConsole } from '../helpers/console';

const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));

/** The codes the kit retries by itself: transient platform failures only. */
const RETRIED = new Set(['network_error', 'server_error', 'service_unavailable', 'rate_limited']);

beforeEach(() => {
  vi.useFakeTimers();
});

describe('AuthErrorBoundary: what is never retried automatically', () => {
  // silent_auth_failed gets its one silent retry by design (see refresh.test.tsx).
  const manual = AUTH_ERROR_CODES.filter((code) => !RETRIED.has(code) && code !== 'silent_auth_failed');

  it.each(manual)('should never retry %s automatically, even with autoRetry on', (code) => {
    allowConsole('warn', 'error');
    const onRetry = vi.fn();
    render(
      <AuthErrorBoundary
        error={{ code, status: 400, details: { retry_after_s: 1 } }}
        onRetry={onRetry}
        autoRetry
        handoffs={{ mfa: () => null, mfaEnrolment: () => null, stepUp: () => null, captcha: () => null }}
      />,
    );
    advance(600_000);
    expect(onRetry).not.toHaveBeenCalled();
  });

  it.each(['invalid_credentials', 'totp_invalid', 'backup_code_invalid'])(
    'should leave a %s resubmission to the user: no timer, no "Retrying"',
    (code) => {
      const onRetry = vi.fn();
      render(<AuthErrorBoundary error={{ code }} onRetry={onRetry} autoRetry />);
      expect(vi.getTimerCount()).toBe(0);
      expect(screen.queryByRole('timer')).toBeNull();
      expect(screen.queryByRole('button', { name: en.actions.tryNow })).toBeNull();
    },
  );

  it.each([400, 401, 402, 403, 404, 405, 406, 408, 409, 410, 412, 413, 415, 418, 421, 422, 423, 425, 426, 428, 431, 451, 499])(
    'should never retry a %d response automatically',
    async (status) => {
      const onRetry = vi.fn();
      const error = await fromResponse(new Response('<html>Error</html>', { status, headers: { 'Retry-After': '1' } }));
      render(<AuthErrorBoundary error={error} onRetry={onRetry} autoRetry />);
      advance(600_000);
      expect(onRetry).not.toHaveBeenCalled();
    },
  );
});

describe('AuthErrorBoundary: backoff', () => {
  it('should wait a random share of 1 s, then 2 s, then 4 s, and then stop', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.999);
    const onRetry = vi.fn();
    const view = () => <AuthErrorBoundary error={{ code: 'service_unavailable' }} onRetry={onRetry} />;
    const { rerender } = render(view());
    for (const [attempt, delay] of [
      [1, 999],
      [2, 1998],
      [3, 3996],
    ]) {
      advance(delay! - 1);
      expect(onRetry).toHaveBeenCalledTimes(attempt! - 1);
      advance(1);
      expect(onRetry).toHaveBeenCalledTimes(attempt!);
      // The app's retry failed again.
      rerender(view());
    }
    advance(600_000);
    expect(onRetry).toHaveBeenCalledTimes(3);
    expect(screen.getByRole('button', { name: en.actions.tryAgain })).toBeEnabled();
  });

  it('should stop after three automatic attempts even when each waits out a long Retry-After', () => {
    const onRetry = vi.fn();
    const view = () => <AuthErrorBoundary error={{ code: 'rate_limited', details: { retry_after_s: 120 } }} onRetry={onRetry} />;
    const { rerender } = render(view());
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      advance(121_000);
      // The server answers each retry with another rate limit.
      if (onRetry.mock.calls.length === attempt) rerender(view());
    }
    expect(onRetry).toHaveBeenCalledTimes(3);
    expect(screen.getByRole('alert')).toHaveAttribute('data-state', 'manual');
    advance(600_000);
    expect(onRetry).toHaveBeenCalledTimes(3);
  });

  it('should stop after three automatic attempts of a network_error that takes minutes to fail', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const onRetry = vi.fn();
    const view = () => <AuthErrorBoundary error={{ code: 'network_error' }} onRetry={onRetry} />;
    const { rerender } = render(view());
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      advance(5000);
      // Each retried request hangs for 70 seconds before it fails again.
      advance(70_000);
      if (onRetry.mock.calls.length === attempt) rerender(view());
    }
    expect(onRetry).toHaveBeenCalledTimes(3);
  });

  it('should keep every delay between 0 and the cap (or the server’s Retry-After), never NaN', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -5, max: 10_000 }), fc.double()),
        fc.oneof(fc.double({ min: 0, max: 1 }), fc.double()),
        fc.option(fc.integer({ min: 0, max: 86_400 }), { nil: undefined }),
        (attempt, random, retryAfterS) => {
          const delay = retryDelayMs(attempt, retryAfterS === undefined ? {} : { code: 'rate_limited', details: { retry_after_s: retryAfterS } }, () => random);
          expect(Number.isInteger(delay)).toBe(true);
          expect(delay).toBeGreaterThanOrEqual(Math.max(0, (retryAfterS ?? 0) * 1000));
          expect(delay).toBeLessThanOrEqual(Math.max(30_000, (retryAfterS ?? 0) * 1000));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('should not retry in lock-step: boundaries that fail together schedule different delays', () => {
    const times: number[] = [];
    const start = Date.now();
    render(
      <AuthErrorProvider onRetry={() => times.push(Date.now() - start)}>
        {Array.from({ length: 8 }, (_, i) => (
          <AuthErrorBoundary key={i} error={{ code: i % 2 ? 'network_error' : 'service_unavailable' }} />
        ))}
      </AuthErrorProvider>,
    );
    advance(1000);
    expect(times).toHaveLength(8);
    expect(Math.max(...times)).toBeLessThanOrEqual(1000);
    expect(new Set(times).size).toBeGreaterThan(1);
  });
});

describe('AuthErrorBoundary: the circuit breaker', () => {
  beforeEach(() => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
  });

  /** Server errors in three corners of an app under one provider. */
  function App({ errors, onRetry }: { errors: [unknown, unknown, unknown]; onRetry: (slot: string) => void }) {
    return (
      <AuthErrorProvider>
        <main>
          <AuthErrorBoundary error={errors[0]} onRetry={() => onRetry('profile')} />
          <section>
            <AuthErrorBoundary error={errors[1]} onRetry={() => onRetry('billing')} />
          </section>
        </main>
        <aside>
          <AuthErrorBoundary error={errors[2]} onRetry={() => onRetry('feed')} />
        </aside>
      </AuthErrorProvider>
    );
  }
  const failing = () => ({ code: 'server_error' });

  it('should open after repeated server_error and pause every boundary under the provider', () => {
    const onRetry = vi.fn();
    render(<App errors={[failing(), failing(), failing()]} onRetry={onRetry} />);
    // The third failure opened the circuit: the retries scheduled for half a second wait for it.
    advance(1000);
    const timers = screen.getAllByRole('timer');
    expect(timers).toHaveLength(3);
    for (const timer of timers) expect(timer).toHaveTextContent(/^Too many failures in a row\. We'll try again in (29|30) seconds\.$/);
    advance(28_000);
    expect(onRetry).not.toHaveBeenCalled();
  });

  it('should let exactly one probe through when half-open, and open again when it fails', () => {
    const onRetry = vi.fn();
    const { rerender } = render(<App errors={[failing(), failing(), failing()]} onRetry={onRetry} />);
    advance(35_000);
    expect(onRetry).toHaveBeenCalledTimes(1);
    const [probe] = onRetry.mock.calls[0] as [string];
    // The probe fails: a new server_error where it was sent from.
    const errors = (['profile', 'billing', 'feed'] as const).map((slot) => (slot === probe ? failing() : undefined));
    rerender(<App errors={errors.map((error, i) => error ?? [failing(), failing(), failing()][i]) as [unknown, unknown, unknown]} onRetry={onRetry} />);
    advance(25_000);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('should close when the probe succeeds, and let the other boundaries retry', () => {
    const onRetry = vi.fn();
    const first = [failing(), failing(), failing()] as [unknown, unknown, unknown];
    const { rerender } = render(<App errors={first} onRetry={onRetry} />);
    // One long step: the paused retries come due before their views render again (a busy or
    // background tab); they must still be drawn, timed and re-checked.
    advance(35_000);
    expect(onRetry).toHaveBeenCalledTimes(1);
    const [probe] = onRetry.mock.calls[0] as [string];
    // The probe's request went through: its error clears. A value cleared while its retry is out
    // may also be a mutation loading, so the answer is the 30 s that follow without an error.
    const slots = ['profile', 'billing', 'feed'];
    rerender(<App errors={first.map((error, i) => (slots[i] === probe ? null : error)) as [unknown, unknown, unknown]} onRetry={onRetry} />);
    advance(2000);
    expect(onRetry).toHaveBeenCalledTimes(1);
    advance(30_000);
    expect(onRetry).toHaveBeenCalledTimes(3);
    expect(new Set(onRetry.mock.calls.map(([slot]) => slot))).toEqual(new Set(slots));
  });

  it('should pause a boundary that fails after the circuit opened elsewhere', () => {
    const onRetry = vi.fn();
    const { rerender } = render(<App errors={[failing(), failing(), null]} onRetry={onRetry} />);
    rerender(<App errors={[failing(), failing(), failing()]} onRetry={onRetry} />);
    advance(10_000);
    expect(onRetry).not.toHaveBeenCalled();
  });

  it('should not share a circuit between providers', () => {
    const onRetry = vi.fn();
    render(
      <>
        <AuthErrorProvider onRetry={() => {}}>
          <AuthErrorBoundary error={failing()} />
          <AuthErrorBoundary error={failing()} />
          <AuthErrorBoundary error={failing()} />
        </AuthErrorProvider>
        <AuthErrorProvider onRetry={onRetry}>
          <AuthErrorBoundary error={failing()} />
        </AuthErrorProvider>
      </>,
    );
    advance(1000);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('should share one circuit between boundaries without a provider', () => {
    const onRetry = vi.fn();
    render(
      <>
        <AuthErrorBoundary error={failing()} onRetry={onRetry} />
        <AuthErrorBoundary error={failing()} onRetry={onRetry} />
        <AuthErrorBoundary error={failing()} onRetry={onRetry} />
      </>,
    );
    advance(10_000);
    expect(onRetry).not.toHaveBeenCalled();
  });

  it('should keep every other code out of the circuit', () => {
    expect(AUTH_ERROR_CODES.filter((code) => catalogue[code].retry === 'backoff')).toEqual(['network_error', 'server_error', 'service_unavailable']);
    const onRetry = vi.fn();
    render(
      <AuthErrorProvider onRetry={onRetry}>
        <AuthErrorBoundary error={failing()} />
        <AuthErrorBoundary error={failing()} />
        <AuthErrorBoundary error={failing()} />
        <AuthErrorBoundary error={{ code: 'network_error' }} />
      </AuthErrorProvider>,
    );
    advance(1000);
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(onRetry).toHaveBeenCalledWith(expect.objectContaining({ code: 'network_error' }));
  });
});
