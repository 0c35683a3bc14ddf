import { useEffect, useReducer, useRef } from 'react';
import { MAX_COUNTDOWN_S, msUntilNextTick, remainingMs, remainingSeconds, type CountdownDeadline } from '../core/countdown';

// setTimeout overflows past 2^31 - 1 ms; long waits are re-armed hourly instead.
const MAX_TIMER_MS = 3_600_000;

function nextDelay(deadline: CountdownDeadline, everySecond: boolean): number {
  const beyondCap = remainingSeconds(deadline) - MAX_COUNTDOWN_S;
  const ms = !everySecond ? remainingMs(deadline) : beyondCap > 0 ? beyondCap * 1000 : msUntilNextTick(deadline);
  return Math.min(ms, MAX_TIMER_MS);
}

/**
 * Seconds left until `deadline`. With `everySecond` (the default) the caller re-renders once a
 * second, on the second boundary; without, only when the deadline passes — for components that
 * change when a wait ends but leave the ticking text to a smaller one. Either way it re-checks at
 * once when the tab becomes visible (timers are throttled in the background), and `onEnd` runs
 * when it reaches zero. Without a deadline: `null`, no timer.
 */
export function useCountdown(
  deadline: CountdownDeadline | undefined,
  onEnd?: () => void,
  everySecond = true,
): number | null {
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
      const over = remainingSeconds(deadline) <= 0;
      if (everySecond || over) rerender();
      if (over) {
        document.removeEventListener('visibilitychange', tick);
        onEndRef.current?.();
        return;
      }
      timer = setTimeout(tick, nextDelay(deadline, everySecond));
    };
    if (remainingSeconds(deadline) <= 0) {
      // Over before it started (a render that came late): re-render as a tick would, so what
      // `onEnd` changes without state (a retry paused by the circuit breaker) is drawn and timed.
      rerender();
      onEndRef.current?.();
      return;
    }
    timer = setTimeout(tick, nextDelay(deadline, everySecond));
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [deadline, everySecond]);

  return deadline ? remainingSeconds(deadline) : null;
}
