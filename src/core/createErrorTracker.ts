import { laterDeadline, type CountdownDeadline } from './countdown';
import type { IntelliAuthError } from './IntelliAuthError';

/** Errors of the same code this close together belong to one run (repeats); an automatic retry's answer always does. */
export const RUN_WINDOW_MS = 60_000;

/** Consecutive errors with the same code, until the error clears. */
export interface ErrorRun {
  readonly code: string;
  /** Automatic retries fired in this run. */
  readonly attempts: number;
  /** The countdown's end, extended (never shortened) by later errors in the run. */
  readonly deadline: CountdownDeadline | undefined;
}

/** What the tracker knows about one error value. */
export interface ErrorArrival {
  readonly run: ErrorRun;
  /** 1 for the first error of its run, 2 for the next one with the same code, … */
  readonly index: number;
  /** When this value's automatic retry fires (rolled once, so a re-render never re-rolls the jitter). */
  readonly retryDeadline: CountdownDeadline | undefined;
  /** Whether the retry waits for the circuit breaker rather than for backoff. */
  readonly paused: boolean;
}

interface MutableRun {
  code: string;
  attempts: number;
  deadline: CountdownDeadline | undefined;
  endedDeadline: CountdownDeadline | undefined;
  lastAt: number;
  /** An automatic retry went out and no error has answered it yet. */
  retried: boolean;
}

interface MutableArrival {
  run: MutableRun;
  index: number;
  retryDeadline: CountdownDeadline | undefined;
  paused: boolean;
  done: Set<string>;
}

/** Per-boundary memory of the errors it has shown: how many in a row, retries spent, countdowns. */
export interface ErrorTracker {
  /**
   * Records an error value (idempotent: the same value returns the same arrival, so calling it
   * while rendering is safe) and returns where it stands in its run.
   */
  observe(error: IntelliAuthError, deadline?: () => CountdownDeadline | undefined): ErrorArrival;
  /** `true` the first time it is asked for this error and `effect`: for effects that must run once per error. */
  once(error: IntelliAuthError, effect: string): boolean;
  /** The error's automatic retry time, rolled by `roll` the first time it is asked for. */
  scheduleRetry(error: IntelliAuthError, roll: () => CountdownDeadline | undefined): CountdownDeadline | undefined;
  /** Moves the error's retry to `deadline` because the circuit breaker is open. */
  pauseRetry(error: IntelliAuthError, deadline: CountdownDeadline | undefined): void;
  /** Counts an automatic retry against the error's run. */
  countAttempt(error: IntelliAuthError): void;
  /** `true` the first time the run's current countdown deadline is reported as ended. */
  endCountdown(error: IntelliAuthError): boolean;
  /** Forgets the current run (the error cleared, or the app reset the boundary); returns it. */
  clear(): ErrorRun | undefined;
}

/** Creates an {@link ErrorTracker}. `now` is injectable for tests. */
export function createErrorTracker(now: () => number = Date.now): ErrorTracker {
  const arrivals = new WeakMap<IntelliAuthError, MutableArrival>();
  let run: MutableRun | undefined;
  let count = 0;

  return {
    observe(error, deadline) {
      const known = arrivals.get(error);
      if (known) return known;
      const at = now();
      // The error that answers an automatic retry continues its run however long the retry took
      // (a long Retry-After, a slow request): its attempts count against the same limit.
      if (!run || run.code !== error.code || (!run.retried && at - run.lastAt > RUN_WINDOW_MS)) {
        run = { code: error.code, attempts: 0, deadline: undefined, endedDeadline: undefined, lastAt: at, retried: false };
        count = 0;
      }
      run.lastAt = at;
      run.retried = false;
      run.deadline = laterDeadline(run.deadline, deadline?.());
      const arrival: MutableArrival = { run, index: ++count, retryDeadline: undefined, paused: false, done: new Set() };
      arrivals.set(error, arrival);
      return arrival;
    },
    once(error, effect) {
      const done = arrivals.get(error)?.done;
      if (!done || done.has(effect)) return false;
      done.add(effect);
      return true;
    },
    scheduleRetry(error, roll) {
      const arrival = arrivals.get(error);
      if (arrival && !arrival.retryDeadline) arrival.retryDeadline = roll();
      return arrival?.retryDeadline;
    },
    pauseRetry(error, deadline) {
      const arrival = arrivals.get(error);
      if (!arrival) return;
      arrival.paused = true;
      arrival.retryDeadline = deadline;
    },
    countAttempt(error) {
      const arrival = arrivals.get(error);
      if (!arrival) return;
      arrival.paused = false;
      arrival.run.attempts += 1;
      arrival.run.retried = true;
    },
    endCountdown(error) {
      const current = arrivals.get(error)?.run;
      if (!current?.deadline || current.endedDeadline === current.deadline) return false;
      current.endedDeadline = current.deadline;
      return true;
    },
    clear() {
      const previous = run;
      run = undefined;
      count = 0;
      return previous;
    },
  };
}
