/**
 * The time the engine reads and the timers it sets, injected so that everything with time in it
 * is testable without rendering and without real waiting.
 */
export interface Clock {
  /** Wall-clock time in milliseconds (keeps running while a laptop sleeps). */
  wall(): number;
  /** Monotonic time in milliseconds (immune to the user changing the time). */
  mono(): number;
  /** Calls `callback` after `ms` milliseconds; returns a function that cancels it. */
  setTimer(callback: () => void, ms: number): () => void;
}

/** The browser's (or Node's) clocks and timers, read at call time so test fake timers apply. */
export const systemClock: Clock = {
  wall: () => Date.now(),
  mono: () => (typeof performance !== 'undefined' ? performance.now() : Date.now()),
  setTimer(callback, ms) {
    const id = setTimeout(callback, ms);
    return () => clearTimeout(id);
  },
};
