/** Allows at most `max` events in any `windowMs` (a sliding window). */
export interface RateLimiter {
  /** Takes a slot if one is free; `false` means drop the event. */
  tryTake(): boolean;
}

export function createRateLimiter(max: number, windowMs: number, now: () => number = Date.now): RateLimiter {
  const taken: number[] = [];
  return {
    tryTake() {
      const at = now();
      while (taken.length > 0 && at - (taken[0] as number) >= windowMs) taken.shift();
      if (taken.length >= max) return false;
      taken.push(at);
      return true;
    },
  };
}
