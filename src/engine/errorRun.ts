import type { AuthErrorOutcome } from '../core/AuthErrorOutcome';
import type { IntelliAuthError } from '../core/IntelliAuthError';
import { countdownDeadline, laterDeadline, type Clocks, type CountdownDeadline } from './countdown';

/** Errors of one run this close together belong together (repeats); an automatic retry's answer always does. */
const RUN_WINDOW_MS = 60_000;

/**
 * Consecutive errors that belong together: the same code, or — for transient failures — any
 * mix of network_error, rate_limited, server_error and service_unavailable, so that a backend
 * that flaps between codes still gets at most three automatic retries in a row.
 */
export interface ErrorRun {
  readonly key: string;
  /** The latest error's code. */
  readonly code: string;
  /** Errors so far in the run: 1 for its first. */
  readonly index: number;
  /** Automatic retries fired in the run. */
  readonly attempts: number;
  /** The wait the server asked for (countdowns, Retry-After), extended — never shortened — by later errors. */
  readonly wait: CountdownDeadline | undefined;
  /** Whether the current `wait` has been reported as ended. */
  readonly waitOver: boolean;
  /** When the latest error arrived (monotonic clock). */
  readonly lastAt: number;
  /** An automatic retry went out and no error has answered it yet. */
  readonly retried: boolean;
}

/**
 * The run after `error` (resolved to `outcome`) arrives: the same run when it continues it (same
 * key, and close in time or answering an automatic retry however long that took), a new one otherwise.
 */
export function continueRun(run: ErrorRun | null, error: IntelliAuthError, outcome: AuthErrorOutcome, clocks: Clocks): ErrorRun {
  const { code } = error;
  // Transient failures share one key.
  const key = outcome.kind === 'retry' ? 'transient' : outcome.code;
  const at = clocks.mono();
  const continues = run !== null && run.key === key && (run.retried || at - run.lastAt <= RUN_WINDOW_MS);
  // A new run: what the result below does not set.
  const base: Pick<ErrorRun, 'key' | 'index' | 'attempts'> & Partial<ErrorRun> = continues ? run : { key, index: 0, attempts: 0 };
  const wait = laterDeadline(base.wait, countdownDeadline(error.details?.retry_after_s, clocks));
  return { ...base, code, index: base.index + 1, lastAt: at, retried: false, wait, waitOver: wait === base.wait && base.waitOver === true };
}
