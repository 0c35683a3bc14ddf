import { useEffect, useSyncExternalStore } from 'react';
import type { AuthErrorOutcome } from '../core/AuthErrorOutcome';
import type { AuthErrorOptions } from '../components/AuthErrorOptions';
import type { OutcomeDecision, OutcomeHost } from './useOutcomeDecision';

const noToaster = () => undefined;

function presentsAsToast(presentation: NonNullable<AuthErrorOptions['presentation']>, outcome: AuthErrorOutcome): boolean {
  if (outcome.kind === 'none' || outcome.placement === 'none') return false;
  switch (presentation) {
    case 'inline':
      return false;
    case 'auto':
      // Transient failures (network_error, rate_limited, server_error, service_unavailable).
      return outcome.kind === 'retry';
    case 'toast':
      // Blocking outcomes stand in for the content; field errors belong beside their fields.
      return outcome.placement === 'inline' && outcome.kind !== 'field_errors';
    default:
      return presentation satisfies never;
  }
}

/**
 * Whether a boundary hands its decision about an error given as a value to the toaster instead
 * of drawing it inline (`presentation`), and the hand-over itself: while it does, the first
 * mounted toaster draws the outcome with the boundary as its host, so the boundary's `onRetry`,
 * tracker and live region apply.
 */
export function useToastPresentation(decision: OutcomeDecision, host: OutcomeHost): boolean {
  const { toasters } = host.services;
  const toaster = useSyncExternalStore(toasters.subscribe, toasters.current, noToaster);
  const { error, outcome, arrival, autoRetry } = decision;
  const toasted =
    toaster !== undefined && host.source === 'value' && error !== null && presentsAsToast(host.options.presentation ?? 'auto', outcome);

  useEffect(() => {
    if (toasted && toaster) return toaster.show({ decision: { error, outcome, arrival, autoRetry }, host });
  }, [toasted, toaster, error, outcome, arrival, autoRetry, host]);

  return toasted;
}
