import { useEffect, useReducer } from 'react';
import { systemClock } from '../engine/clock';
import { MAX_TIMER_MS, msUntilNextTick, remainingSeconds, type CountdownDeadline } from '../engine/countdown';
import { browserEnvironment } from '../engine/environment';
import { MAX_COUNTDOWN_S } from '../i18n/formatDuration';

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

  useEffect(() => {
    if (!deadline) return;
    let offs: (() => void)[] = [];
    const stop = () => offs.forEach((off) => off());
    // Until it reads zero: the next tick on the second boundary, or sooner when the tab shows.
    const schedule = () => {
      stop();
      if (remainingSeconds(deadline) <= 0) return onZero?.();
      offs = [systemClock.setTimer(tick, nextDelay(deadline)), browserEnvironment.onWake(tick)];
    };
    const tick = () => {
      rerender();
      schedule();
    };
    schedule();
    return stop;
    // `onZero` is the store's `check`, the same function for the store's life: no timer restarts for it.
  }, [deadline, onZero]);

  return deadline ? remainingSeconds(deadline) : null;
}
