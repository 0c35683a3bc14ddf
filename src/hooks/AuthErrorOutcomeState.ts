import type { ReactNode } from 'react';
import type { AuthErrorActionId } from '../catalogue/catalogue';
import type { AuthErrorOutcome, FieldMessages } from '../core/AuthErrorOutcome';
import type { IntelliAuthError } from '../core/IntelliAuthError';

/** A ready-to-wire action: a button with a handler, or a link with a vetted `href`. */
export type AuthErrorAction =
  | {
      readonly type: 'button';
      readonly id: AuthErrorActionId | 'tryNow';
      /** Localised label. */
      readonly label: string;
      readonly onSelect: () => void;
      /** For example "Try now" while rate_limited's Retry-After has not passed. */
      readonly disabled: boolean;
    }
  | {
      readonly type: 'link';
      readonly id: AuthErrorActionId;
      readonly label: string;
      /** Passed through the kit's URL policy (`safeHref`). */
      readonly href: string;
    };

/** A countdown to `details.retry_after_s`. */
export interface AuthErrorCountdownState {
  /** Whole seconds left; 0 when done. */
  readonly remainingS: number;
  readonly done: boolean;
  /** Localised: "You can try again in 1 minute 30 seconds." / "You can try again now." / "Try again later." */
  readonly text: string;
}

/** Where a retry outcome stands. */
export interface AuthErrorRetryState {
  /**
   * `waiting`: an automatic retry is scheduled; `retrying`: a retry was made, waiting for its
   * result; `offline`: retries when the browser is back online; `paused`: the circuit breaker is
   * open; `manual`: the user retries (no automatic retry, or attempts used up).
   */
  readonly status: 'waiting' | 'retrying' | 'offline' | 'paused' | 'manual';
  /** Automatic retries made in this run of errors. */
  readonly attempt: number;
  readonly maxAttempts: number;
  /** Seconds until the next automatic retry, or until Retry-After has passed; `null` when none. */
  readonly remainingS: number | null;
  /** Localised progress text ("Retrying in 5 seconds…"), or `null`. */
  readonly text: string | null;
}

/** Everything needed to draw an outcome, with the behaviour already wired (the headless layer). */
export interface AuthErrorOutcomeState {
  /** The normalised error, or `null` when there is none (or it was handled). */
  readonly error: IntelliAuthError | null;
  /** What to show. `kind: 'none'` when there is nothing to show. */
  readonly outcome: AuthErrorOutcome;
  /** Language and direction of the copy. */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  /** Localised heading for outcomes that replace the page content, else `null`. */
  readonly title: string | null;
  /** Localised message, or `null` for hidden codes. */
  readonly message: string | null;
  /** Localised secondary line, or `null`. */
  readonly hint: string | null;
  /** validation_failed: messages per field (server text, render as text); an empty message becomes "Check this field." */
  readonly fields: readonly FieldMessages[];
  /** Buttons and links, primary first. */
  readonly actions: readonly AuthErrorAction[];
  /** Countdown outcomes with a valid `retry_after_s`, else `null`. */
  readonly countdown: AuthErrorCountdownState | null;
  /** Retry outcomes, else `null`. */
  readonly retry: AuthErrorRetryState | null;
  /** Hand-off outcomes: the app's UI from `handoffs`, else `null`. */
  readonly handoff: ReactNode;
  /** Retry now (the same as the "Try again" action). */
  readonly retryNow: () => void;
  /** Clear the error without retrying. */
  readonly reset: () => void;
}
