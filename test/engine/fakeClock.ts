import type { Clock } from '../../src/engine/clock';
import type { Environment } from '../../src/engine/environment';

/** A clock the test moves by hand: `advance` runs the timers that come due, in order. */
export function fakeClock(start = 1_700_000_000_000) {
  let wall = start;
  let mono = 10_000;
  let nextId = 0;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const clock: Clock = {
    wall: () => wall,
    mono: () => mono,
    setTimer(callback, ms) {
      const id = ++nextId;
      timers.set(id, { at: mono + Math.max(0, ms), callback });
      return () => timers.delete(id);
    },
  };
  return {
    clock,
    /** Moves both clocks by `ms`, firing every timer that comes due on the way. */
    advance(ms: number) {
      const end = mono + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, timer]) => timer.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        const [id, timer] = due;
        timers.delete(id);
        wall += timer.at - mono;
        mono = timer.at;
        timer.callback();
      }
      wall += end - mono;
      mono = end;
    },
    /** Moves only the wall clock (the user set the time, or the machine slept). */
    jumpWall(ms: number) {
      wall += ms;
    },
    /** Timers still pending. */
    pending: () => timers.size,
  };
}

/** An environment the test controls: online or not, and a page that wakes up. */
export function fakeEnvironment() {
  let online = true;
  const connectivity = new Set<() => void>();
  const wake = new Set<() => void>();
  const environment: Environment = {
    isOnline: () => online,
    onConnectivity(listener) {
      connectivity.add(listener);
      return () => connectivity.delete(listener);
    },
    onWake(listener) {
      wake.add(listener);
      return () => wake.delete(listener);
    },
  };
  return {
    environment,
    setOnline(value: boolean) {
      online = value;
      [...connectivity].forEach((listener) => listener());
    },
    wake: () => [...wake].forEach((listener) => listener()),
    listening: () => connectivity.size + wake.size,
  };
}
