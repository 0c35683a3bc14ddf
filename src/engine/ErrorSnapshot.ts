import type { AuthErrorOutcome } from '../core/AuthErrorOutcome';
import type { IntelliAuthError } from '../core/IntelliAuthError';
import type { CountdownDeadline } from './countdown';
import type { AuthErrorBehaviour } from './EngineOptions';

/** Automatic retries allowed in one run of transient failures. */
export const MAX_RETRY_ATTEMPTS = 3;

/**
 * Where a retry outcome stands. `waiting`: an automatic retry is scheduled; `retrying`: a retry
 * was made, waiting for its result; `offline`: retries when the browser is back online;
 * `paused`: the circuit breaker is open; `manual`: the user retries.
 */
export type RetryStatus = 'waiting' | 'retrying' | 'offline' | 'paused' | 'manual';

/** Something to say through the page's live region: the engine decides when, the view words it. */
export interface Announcement {
  /** `progress`: what failed and what happens next; `exhausted`: retries used up, what failed; `ready`: a wait ended. */
  readonly kind: 'progress' | 'exhausted' | 'ready';
}

/** A read-only picture of one error's life, replaced (never changed) on every event. */
export interface ErrorSnapshot<Options extends AuthErrorBehaviour = AuthErrorBehaviour> {
  /** The options the snapshot was derived with. */
  readonly options: Options;
  /** The normalised error, `null` when there is none or it was handled. */
  readonly error: IntelliAuthError | null;
  readonly source: 'thrown' | 'value';
  /** What to show now: a silent outcome's fallback once the silent path failed; the role follows the retry status. */
  readonly outcome: AuthErrorOutcome;
  /** The wait the server asked for (countdowns, Retry-After), if any applies. */
  readonly wait: CountdownDeadline | undefined;
  /** Whether that wait has ended. */
  readonly waitOver: boolean;
  /** Retry outcomes: where the retry stands (of {@link MAX_RETRY_ATTEMPTS}), and when the next automatic one fires. */
  readonly retry: {
    readonly status: RetryStatus;
    readonly attempt: number;
    readonly deadline: CountdownDeadline | undefined;
  } | null;
  /** The thing to announce that no view has taken yet, if any. */
  readonly announcement: Announcement | null;
}
