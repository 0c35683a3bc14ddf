import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { AuthErrorOutcome } from '../core/AuthErrorOutcome';
import { resolveOutcome } from '../core/resolveOutcome';
import { toAuthError } from '../core/toAuthError';
import type { AuthErrorOptions } from '../components/AuthErrorOptions';
import type { OutcomeHost } from './useOutcomeDecision';

/** Transient failures: shown as toasts by default when a toaster is mounted. */
const TRANSIENT_CODES: ReadonlySet<string> = new Set(['network_error', 'rate_limited', 'server_error', 'service_unavailable']);

const noToaster = () => undefined;

function presentsAsToast(presentation: NonNullable<AuthErrorOptions['presentation']>, outcome: AuthErrorOutcome): boolean {
  switch (presentation) {
    case 'inline':
      return false;
    case 'auto':
      return TRANSIENT_CODES.has(outcome.code);
    case 'toast':
      // Blocking outcomes stand in for the content; field errors belong beside their fields.
      return outcome.placement === 'inline' && outcome.kind !== 'field_errors';
    default:
      return presentation satisfies never;
  }
}

/**
 * Whether a boundary hands its error (given as a value) to the toaster instead of drawing it
 * inline (`presentation`), and the hand-over itself: while it does, the first mounted toaster
 * shows the error with the boundary as its host, so the boundary's `onRetry` and live region apply.
 */
export function useToastPresentation(value: unknown, host: OutcomeHost): boolean {
  const { toasters } = host.services;
  const toaster = useSyncExternalStore(toasters.subscribe, toasters.current, noToaster);
  const presentation = host.options.presentation ?? 'auto';
  const outcome = useMemo(
    () => (value === null || value === undefined || presentation === 'inline' ? null : resolveOutcome(toAuthError(value))),
    [value, presentation],
  );
  const toasted = toaster !== undefined && host.source === 'value' && outcome !== null && presentsAsToast(presentation, outcome);

  useEffect(() => {
    if (toasted && toaster) return toaster.show({ error: value, host });
  }, [toasted, toaster, value, host]);

  return toasted;
}
