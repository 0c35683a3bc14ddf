import { useEffect, useReducer, useRef } from 'react';
import { MAX_COUNTDOWN_S, msUntilNextTick, remainingSeconds, type CountdownDeadline } from '../core/countdown';

// setTimeout overflows past 2^31 - 1 ms; long waits are re-armed hourly instead.
const MAX_TIMER_MS = 3_600_000;

function nextDelay(deadline: CountdownDeadline): number {
  const beyondCap = remainingSeconds(deadline) - MAX_COUNTDOWN_S;
  const ms = beyondCap > 0 ? beyondCap * 1000 : msUntilNextTick(deadline);
  return Math.min(ms, MAX_TIMER_MS);
}

/**
 * Seconds left until `deadline`, re-rendering the caller once a second (on the second
 * boundary), and again at once when the tab becomes visible (timers are throttled in the
 * background). `onEnd` runs when it reaches zero. Without a deadline: `null`, no timer.
 */
export function useCountdown(deadline: CountdownDeadline | undefined, onEnd?: () => void): number | null {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const onEndRef = useRef(onEnd);
  useEffect(() => {
    onEndRef.current = onEnd;
  });

  useEffect(() => {
    if (!deadline) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      clearTimeout(timer);
      rerender();
      if (remainingSeconds(deadline) <= 0) {
        document.removeEventListener('visibilitychange', tick);
        onEndRef.current?.();
        return;
      }
      timer = setTimeout(tick, nextDelay(deadline));
    };
    if (remainingSeconds(deadline) <= 0) {
      // Over before it started (a render that came late): re-render as a tick would, so what
      // `onEnd` changes without state (a retry paused by the circuit breaker) is drawn and timed.
      rerender();
      onEndRef.current?.();
      return;
    }
    timer = setTimeout(tick, nextDelay(deadline));
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [deadline]);

  return deadline ? remainingSeconds(deadline) : null;
}
