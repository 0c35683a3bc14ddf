import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AuthErrorOptions, AuthErrorResetDetails, AuthErrorResetReason } from '../components/AuthErrorOptions';
import type { KitContextValue } from '../components/KitContext';
import { createErrorTracker } from '../core/createErrorTracker';
import type { IntelliAuthError } from '../core/IntelliAuthError';
import type { OutcomeHost } from './useOutcomeDecision';

/** What {@link useValueHost} returns. */
export interface ValueHost {
  /** The host for the error: options, translator, services, tracker, and how to clear it. */
  readonly host: OutcomeHost;
  /** The error to show: the one given, unless it was handled (`null` then). */
  readonly value: unknown;
  /** Marks the error given now as handled, without calling `onReset` (the caller reports). */
  readonly markHandled: () => void;
  /** The error given now (for callbacks that keep one identity). */
  readonly given: () => unknown;
  /** Calls the latest `onReset`. */
  readonly report: (details: AuthErrorResetDetails) => void;
}

/**
 * Hosts an error given as a value (the boundary's `error` prop or `showAuthError`, and
 * `useAuthErrorOutcome`): a tracker for its run, the "handled" mark that hides a value once it is
 * cleared, and the run forgotten when no error is given any more (a server that answers again
 * closes the circuit). `onClear` runs when the kit clears the error; callbacks keep one identity.
 */
export function useValueHost(
  kit: KitContextValue,
  options: AuthErrorOptions,
  input: unknown,
  announce: (text: string) => void,
  onClear?: () => void,
): ValueHost {
  const [tracker] = useState(() => createErrorTracker());
  const [handled, setHandled] = useState<unknown>(undefined);
  const value = input === null || input === undefined || input === handled ? null : input;

  const latest = useRef({ input, onReset: options.onReset, onClear });
  useEffect(() => {
    latest.current = { input, onReset: options.onReset, onClear };
  });
  const given = useCallback(() => latest.current.input, []);
  const report = useCallback((details: AuthErrorResetDetails) => latest.current.onReset?.(details), []);
  const markHandled = useCallback(() => setHandled(() => latest.current.input), []);
  const clear = useCallback(
    (reason: AuthErrorResetReason, error: IntelliAuthError) => {
      markHandled();
      latest.current.onClear?.();
      report({ reason, error });
    },
    [markHandled, report],
  );
  const host = useMemo<OutcomeHost>(
    () => ({ options, translator: kit.translator, services: kit.services, tracker, source: 'value', clear, announce }),
    [options, kit.translator, kit.services, tracker, clear, announce],
  );

  const cleared = value === null;
  useEffect(() => {
    if (cleared && tracker.clear()?.code === 'server_error') kit.services.breaker.recordSuccess();
  }, [cleared, tracker, kit.services]);

  return { host, value, markHandled, given, report };
}
