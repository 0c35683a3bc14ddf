'use client';

import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AuthErrorOptions, AuthErrorResetReason } from '../components/AuthErrorOptions';
import { mergeOptions, useKit } from '../components/KitContext';
import { createErrorTracker } from '../core/createErrorTracker';
import type { IntelliAuthError } from '../core/IntelliAuthError';
import type { AuthErrorOutcomeState } from './AuthErrorOutcomeState';
import { useOutcomeDecision, type OutcomeHost } from './useOutcomeDecision';
import { useOutcomeState } from './useOutcomeState';
import { useShallowStable } from './useShallowStable';

const silent = () => {};

/**
 * The headless layer: everything the kit's own renderers use — the outcome, its localised
 * strings, ready-to-wire actions, countdown and retry state — for teams that draw with their
 * own design system. Same behaviour as `AuthErrorBoundary` (refresh, retries, countdowns);
 * options default to the nearest `AuthErrorProvider`'s. Re-renders once a second while a timer runs.
 *
 * @example
 * const { outcome, message, actions } = useAuthErrorOutcome(error, { onRetry: refetch })
 * if (outcome.kind === 'none') return null
 * return <Alert title={message}>{actions.map((a) => <ActionButton key={a.id} action={a} />)}</Alert>
 */
export function useAuthErrorOutcome(error: unknown, options: AuthErrorOptions = {}): AuthErrorOutcomeState {
  const kit = useKit();
  const own = useShallowStable(options);
  const merged = useMemo(() => mergeOptions(kit.options, own), [kit.options, own]);
  const [tracker] = useState(() => createErrorTracker());
  const [handled, setHandled] = useState<unknown>(undefined);
  const input = error !== null && error !== undefined && error === handled ? null : error;

  const onReset = merged.onReset;
  const clear = useCallback(
    (reason: AuthErrorResetReason, normalised: IntelliAuthError) => {
      setHandled(error);
      onReset?.({ reason, error: normalised });
    },
    [error, onReset],
  );
  const host = useMemo<OutcomeHost>(
    () => ({ options: merged, translator: kit.translator, services: kit.services, tracker, source: 'value', clear, announce: silent }),
    [merged, kit.translator, kit.services, tracker, clear],
  );

  const cleared = input === null || input === undefined;
  useEffect(() => {
    if (cleared && tracker.clear()?.code === 'server_error') kit.services.breaker.recordSuccess();
  }, [cleared, tracker, kit.services]);

  // The kit's own view ticks only its timer text; the headless state ticks as a whole.
  const { timer: _timer, ...state } = useOutcomeState(useOutcomeDecision(input, host), host);
  return state;
}
