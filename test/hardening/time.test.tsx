import { act, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import type { ReactElement } from 'react';
import { AuthErrorBoundary, AuthErrorProvider, useAuthErrorOutcome } from '../../src';
import en from '../../locales/en/auth-errors.json';
import { allowConsole } from '../helpers/console';

const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));
/** The machine slept or the user changed the clock: the wall clock moves, timers do not fire. */
const jumpWallClock = (ms: number) => vi.setSystemTime(Date.now() + ms);
const tabShown = () => act(() => document.dispatchEvent(new Event('visibilitychange')));

function Throws({ error }: { error: unknown }): never {
  throw error;
}

/** Seconds a countdown's text says are left ("1 minute 30 seconds" → 90), 0 once it says "now". */
function secondsShown(text: string): number {
  if (text === en.countdown.ready) return 0;
  const match = /^You can try again in (?:(\d+) minutes? ?)?(?:(\d+) seconds?)?\.$/.exec(text);
  if (!match) throw new Error(`Not a countdown: ${JSON.stringify(text)}`);
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
}

beforeEach(() => {
  vi.useFakeTimers();
});

describe('AuthErrorBoundary: countdowns keep a deadline, not a tick count', () => {
  it('should end at once, not late, when the tab comes back after the deadline passed while hidden', () => {
    const onCountdownEnd = vi.fn();
    render(<AuthErrorBoundary error={{ code: 'account_locked', details: { retry_after_s: 30 } }} onCountdownEnd={onCountdownEnd} />);
    jumpWallClock(45_000);
    tabShown();
    expect(screen.getByRole('timer')).toHaveTextContent(en.countdown.ready);
    expect(onCountdownEnd).toHaveBeenCalledTimes(1);
    advance(60_000);
    expect(onCountdownEnd).toHaveBeenCalledTimes(1);
  });

  it('should retry at once when the tab comes back after the retry time passed while hidden', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const onRetry = vi.fn();
    render(<AuthErrorBoundary error={{ code: 'network_error' }} onRetry={onRetry} />);
    jumpWallClock(10_000);
    tabShown();
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('should release a rate_limited hold on time after the clock is set back', () => {
    const onRetry = vi.fn();
    render(<AuthErrorBoundary error={{ code: 'rate_limited', details: { retry_after_s: 20 } }} onRetry={onRetry} />);
    jumpWallClock(-3_600_000);
    advance(19_000);
    expect(screen.getByRole('timer')).toHaveTextContent('Retrying in 1 second…');
    advance(1000);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('should retry on time after the clock is set back', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const onRetry = vi.fn();
    render(<AuthErrorBoundary error={{ code: 'server_error' }} onRetry={onRetry} />);
    jumpWallClock(-86_400_000);
    advance(500);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('should never show negative time, NaN, or more time than is left, and never end late, whatever the clock does', () => {
    const step = fc.record({
      elapse: fc.integer({ min: 0, max: 8000 }),
      jump: fc.oneof(fc.constant(0), fc.integer({ min: -86_400_000, max: 86_400_000 })),
      shown: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.array(step, { maxLength: 6 }), (waitS, steps) => {
        const onCountdownEnd = vi.fn();
        const { unmount } = render(
          <AuthErrorBoundary error={{ code: 'account_locked', details: { retry_after_s: waitS } }} onCountdownEnd={onCountdownEnd} />,
        );
        let elapsed = 0;
        try {
          for (const { elapse, jump, shown } of steps) {
            jumpWallClock(jump);
            if (shown) tabShown();
            advance(elapse);
            elapsed += elapse;
            const text = screen.getByRole('timer').textContent ?? '';
            expect(text).not.toMatch(/-|NaN|Infinity|undefined/);
            const left = secondsShown(text);
            // Early after a wall-clock jump is allowed; more than is really left, or late, never.
            expect(left).toBeLessThanOrEqual(Math.max(0, Math.ceil((waitS * 1000 - elapsed) / 1000)));
            if (elapsed >= waitS * 1000) expect(onCountdownEnd).toHaveBeenCalledTimes(1);
            expect(onCountdownEnd.mock.calls.length).toBeLessThanOrEqual(1);
          }
        } finally {
          unmount();
        }
        expect(vi.getTimerCount()).toBe(0);
      }),
      { numRuns: 20 },
    );
    // Each run renders and ticks a real boundary: allow for a busy machine.
  }, 20_000);
});

describe('AuthErrorBoundary: a second rate limit during a wait extends it', () => {
  const rateLimited = (retryAfterS: number, props: { onRetry: () => void; autoRetry?: boolean }) => (
    <AuthErrorBoundary error={{ code: 'rate_limited', details: { retry_after_s: retryAfterS } }} {...props} />
  );

  it('should hold an automatic retry until the later of the two deadlines', () => {
    const onRetry = vi.fn();
    const { rerender } = render(rateLimited(60, { onRetry }));
    advance(10_000);
    rerender(rateLimited(5, { onRetry }));
    expect(screen.getByRole('timer')).toHaveTextContent('Retrying in 50 seconds…');
    expect(screen.getByRole('button', { name: en.actions.tryNow })).toBeDisabled();
    advance(49_000);
    expect(onRetry).not.toHaveBeenCalled();
    advance(1000);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('should move an automatic retry to a later deadline that arrives', () => {
    const onRetry = vi.fn();
    const { rerender } = render(rateLimited(10, { onRetry }));
    advance(5000);
    rerender(rateLimited(60, { onRetry }));
    expect(screen.getByRole('timer')).toHaveTextContent('Retrying in 1 minute…');
    advance(59_000);
    expect(onRetry).not.toHaveBeenCalled();
    advance(1000);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('should keep "Try again" disabled until the later deadline when retries are manual', () => {
    const onRetry = vi.fn();
    const { rerender } = render(rateLimited(60, { onRetry, autoRetry: false }));
    advance(10_000);
    rerender(rateLimited(5, { onRetry, autoRetry: false }));
    expect(screen.getByRole('button', { name: en.actions.tryAgain })).toBeDisabled();
    advance(49_000);
    expect(screen.getByRole('button', { name: en.actions.tryAgain })).toBeDisabled();
    advance(1000);
    expect(screen.getByRole('button', { name: en.actions.tryAgain })).toBeEnabled();
    expect(onRetry).not.toHaveBeenCalled();
  });
});

describe('AuthErrorBoundary: nothing keeps running after unmount', () => {
  function Headless() {
    const { countdown } = useAuthErrorOutcome({ code: 'sms_rate_limited', details: { retry_after_s: 45 } });
    return <p>{countdown?.text}</p>;
  }

  const TIMED: [string, () => ReactElement][] = [
    ['a countdown', () => <AuthErrorBoundary error={{ code: 'account_locked', details: { retry_after_s: 90 } }} />],
    [
      'a thrown countdown',
      () => (
        <AuthErrorBoundary>
          <Throws error={{ code: 'account_locked', details: { retry_after_s: 90 } }} />
        </AuthErrorBoundary>
      ),
    ],
    ['an automatic retry', () => <AuthErrorBoundary error={{ code: 'network_error' }} onRetry={() => {}} />],
    ['a rate_limited hold', () => <AuthErrorBoundary error={{ code: 'rate_limited', details: { retry_after_s: 20 } }} onRetry={() => {}} autoRetry={false} />],
    ['a rate_limited automatic retry', () => <AuthErrorBoundary error={{ code: 'rate_limited', details: { retry_after_s: 20 } }} onRetry={() => {}} />],
    [
      'a circuit-breaker pause',
      () => (
        <AuthErrorProvider onRetry={() => {}}>
          <AuthErrorBoundary error={{ code: 'server_error' }} />
          <AuthErrorBoundary error={{ code: 'server_error' }} />
          <AuthErrorBoundary error={{ code: 'server_error' }} />
        </AuthErrorProvider>
      ),
    ],
    ['the headless hook', () => <Headless />],
  ];

  it.each(TIMED)('should leave no timers and no listeners behind for %s', (_label, element) => {
    allowConsole('error');
    // The listeners attached and not removed yet, by event type.
    const listening = new Map<string, Set<unknown>>();
    const listeners = (type: string) => listening.get(type) ?? listening.set(type, new Set()).get(type)!;
    for (const target of [window, document]) {
      const add = target.addEventListener.bind(target);
      const remove = target.removeEventListener.bind(target);
      vi.spyOn(target, 'addEventListener').mockImplementation((type, listener, options) => {
        listeners(type).add(listener);
        add(type, listener, options);
      });
      vi.spyOn(target, 'removeEventListener').mockImplementation((type, listener, options) => {
        listeners(type).delete(listener);
        remove(type, listener, options);
      });
    }
    const { unmount } = render(element());
    advance(1500);
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
    for (const type of ['visibilitychange', 'online', 'offline']) expect([type, listeners(type).size]).toEqual([type, 0]);
  });

  it('should leave no timers behind once the announcement of a cleared error is gone', () => {
    const { rerender, unmount } = render(<AuthErrorBoundary error={{ code: 'sms_rate_limited', details: { retry_after_s: 45 } }} />);
    rerender(<AuthErrorBoundary error={null} />);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
