import { systemClock, type Clock } from './clock';

/** The longest timer to set: setTimeout overflows past 2^31 − 1 ms, so long waits are re-checked hourly instead. */
export const MAX_TIMER_MS = 3_600_000;

/**
 * A countdown's end, kept on two clocks: the wall clock (keeps running while a laptop sleeps)
 * and the monotonic clock (immune to the user changing the time). Reading the smaller remainder
 * of the two means a countdown can end early after a clock jump, but never late.
 */
export interface CountdownDeadline {
  readonly wall: number;
  readonly mono: number;
}

/** The clocks a countdown reads (a {@link Clock} has them). */
export type Clocks = Pick<Clock, 'wall' | 'mono'>;

/** The deadline `retryAfterS` seconds from now, or `undefined` when it is absent or junk. */
export function countdownDeadline(retryAfterS: unknown, clocks: Clocks = systemClock): CountdownDeadline | undefined {
  if (typeof retryAfterS !== 'number' || !Number.isFinite(retryAfterS) || retryAfterS < 0) return undefined;
  const ms = retryAfterS * 1000;
  return { wall: clocks.wall() + ms, mono: clocks.mono() + ms };
}

/** The later of two deadlines: a second rate limit during a countdown extends it, never shortens it. */
export function laterDeadline(a: CountdownDeadline | undefined, b: CountdownDeadline | undefined): CountdownDeadline | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.mono > a.mono ? b : a;
}

/** Milliseconds left (never negative). */
export function remainingMs(deadline: CountdownDeadline, clocks: Clocks = systemClock): number {
  return Math.max(0, Math.min(deadline.wall - clocks.wall(), deadline.mono - clocks.mono()));
}

/** Whole seconds left, rounded up: never negative, never `NaN`. */
export function remainingSeconds(deadline: CountdownDeadline, clocks: Clocks = systemClock): number {
  const ms = remainingMs(deadline, clocks);
  return Number.isFinite(ms) ? Math.ceil(ms / 1000) : 0;
}

/** Milliseconds until the displayed whole second changes (so a countdown ticks once a second, on time). */
export function msUntilNextTick(deadline: CountdownDeadline, clocks: Clocks = systemClock): number {
  const ms = remainingMs(deadline, clocks);
  if (!(ms > 0)) return 0;
  return ms % 1000 || 1000;
}
