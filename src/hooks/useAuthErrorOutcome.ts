'use client';

import { useMemo } from 'react';
import type { AuthErrorOptions } from '../components/AuthErrorOptions';
import { mergeOptions, useKit } from '../components/KitContext';
import type { AuthErrorOutcomeState } from './AuthErrorOutcomeState';
import { useOutcomeDecision } from './useOutcomeDecision';
import { useOutcomeState } from './useOutcomeState';
import { useShallowStable } from './useShallowStable';
import { useValueHost } from './useValueHost';

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
  const { host, value } = useValueHost(kit, merged, error, silent);

  // The kit's own view ticks only its timer text; the headless state ticks as a whole.
  const { timer: _timer, ...state } = useOutcomeState(useOutcomeDecision(value, host), host);
  return state;
}
