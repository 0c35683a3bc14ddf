import { useEffect, useMemo, useState } from 'react';
import type { AuthErrorOutcome } from '../core/AuthErrorOutcome';
import { countdownDeadline } from '../core/countdown';
import type { ErrorArrival, ErrorTracker } from '../core/createErrorTracker';
import type { IntelliAuthError } from '../core/IntelliAuthError';
import { resolveOutcome } from '../core/resolveOutcome';
import { toAuthError } from '../core/toAuthError';
import { devError } from '../dev';
import type { Translator } from '../i18n/createTranslator';
import type { AuthErrorOptions, AuthErrorResetReason } from '../components/AuthErrorOptions';
import type { KitServices } from '../components/KitContext';

/** Automatic retries allowed in one run of errors with the same code. */
export const MAX_RETRY_ATTEMPTS = 3;

/** What hosts an outcome: a boundary, or the standalone `useAuthErrorOutcome`. */
export interface OutcomeHost {
  readonly options: AuthErrorOptions;
  readonly translator: Translator;
  readonly services: KitServices;
  readonly tracker: ErrorTracker;
  /** Thrown by a child (the children are gone) or given as a value (the children stay). */
  readonly source: 'thrown' | 'value';
  /** Clears the error (a thrown error: re-render the children; a value: stop showing it). */
  clear(reason: AuthErrorResetReason, error: IntelliAuthError): void;
  /** Says something through the host's polite live region. */
  announce(text: string): void;
}

/** The decision about one error value: what to show, and where the error stands in its run. */
export interface OutcomeDecision {
  readonly error: IntelliAuthError | null;
  /** What to show now (a silent outcome's fallback once the silent path failed). */
  readonly outcome: AuthErrorOutcome;
  readonly arrival: ErrorArrival | null;
  /** Whether automatic retry applies (and attempts are left) for this error. */
  readonly autoRetry: boolean;
}

const NONE: AuthErrorOutcome = resolveOutcome({ code: 'aborted' });

/**
 * Normalises and resolves an error value, and performs what needs no UI: reporting (`onError`),
 * the silent token refresh, silent_auth_failed's one retry, the development console error for
 * configuration errors, and feeding the circuit breaker. No timers: nothing here re-renders by itself.
 */
export function useOutcomeDecision(input: unknown, host: OutcomeHost): OutcomeDecision {
  const { options, services, tracker, source } = host;
  const error = useMemo(() => (input === null || input === undefined ? null : toAuthError(input)), [input]);
  const arrival = error ? tracker.observe(error, () => countdownDeadline(error.details?.retry_after_s)) : null;
  const wantsAutoRetry = options.autoRetry ?? options.onRetry !== undefined;
  const autoRetry = wantsAutoRetry && (arrival?.run.attempts ?? 0) < MAX_RETRY_ATTEMPTS;
  const reveal = options.revealAccountDetails === true;
  const resolved = useMemo(
    () => (error ? resolveOutcome(error, { autoRetry, revealAccountDetails: reveal }) : NONE),
    [error, autoRetry, reveal],
  );
  const [failedSilently, setFailedSilently] = useState<IntelliAuthError | null>(null);

  let outcome = resolved;
  if (resolved.kind === 'silent' && arrival) {
    const possible =
      resolved.strategy === 'refresh'
        ? options.onRefreshToken !== undefined
        : source === 'thrown' || options.onRetry !== undefined;
    // A second token_expired or silent_auth_failed in a row means the silent path does not help,
    // unless a refresh is still running: a token_expired from a concurrent request joins it.
    const joining = resolved.strategy === 'refresh' && services.refresh.refreshing;
    if (!possible || (arrival.index > 1 && !joining) || failedSilently === error) outcome = resolved.fallback;
  }

  useEffect(() => {
    if (!error || !tracker.once(error, 'decided')) return;
    if (source === 'value') {
      try {
        options.onError?.(error, { source, outcome });
      } catch (thrown) {
        // Reporting must not take the error screen down with it.
        if (process.env.NODE_ENV !== 'production') devError(`onError threw while reporting ${error.code}; the error is shown anyway. ${thrown instanceof Error ? thrown.message : ''}`);
      }
    }
    if (process.env.NODE_ENV !== 'production' && outcome.kind === 'config_error') {
      const topic = outcome.topic ? ` (troubleshooting topic: ${outcome.topic})` : '';
      devError(`${error.code}: the app's sign-in configuration is wrong${topic}. Users see "contact support".`);
    }
    if (error.code === 'server_error') services.breaker.recordFailure();
    if (outcome.kind !== 'silent') return;
    if (outcome.strategy === 'refresh') {
      void services.refresh.refresh(options.onRefreshToken as () => Promise<unknown>).then((result) => {
        if (result === 'refreshed') host.clear('refreshed', error);
        else setFailedSilently(error);
      });
    } else {
      options.onRetry?.(error);
      if (source === 'thrown') host.clear('retry', error);
    }
  });

  return { error, outcome, arrival, autoRetry: autoRetry && outcome.kind === 'retry' };
}
