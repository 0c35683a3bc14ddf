import { useEffect, useReducer, useRef } from 'react';
import { MAX_COUNTDOWN_S, msUntilNextTick, remainingSeconds, type CountdownDeadline } from '../engine/countdown';

// setTimeout overflows past 2^31 - 1 ms; long waits are re-armed hourly instead.
const MAX_TIMER_MS = 3_600_000;

function nextDelay(deadline: CountdownDeadline): number {
  const beyondCap = remainingSeconds(deadline) - MAX_COUNTDOWN_S;
  return Math.min(beyondCap > 0 ? beyondCap * 1000 : msUntilNextTick(deadline), MAX_TIMER_MS);
}

/**
 * Seconds left until `deadline`, re-rendering the caller once a second, on the second boundary,
 * and at once when the tab becomes visible (timers are throttled in the background). `onZero`
 * runs when it reads zero: the engine then checks the time itself, so text and state agree even
 * after the wall clock jumps. Without a deadline: `null`, no timer.
 */
export function useCountdown(deadline: CountdownDeadline | undefined, onZero?: () => void): number | null {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const onZeroRef = useRef(onZero);
  useEffect(() => {
    onZeroRef.current = onZero;
  });

  useEffect(() => {
    if (!deadline) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      clearTimeout(timer);
      rerender();
      if (remainingSeconds(deadline) <= 0) {
        document.removeEventListener('visibilitychange', tick);
        onZeroRef.current?.();
        return;
      }
      timer = setTimeout(tick, nextDelay(deadline));
    };
    if (remainingSeconds(deadline) <= 0) {
      onZeroRef.current?.();
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
