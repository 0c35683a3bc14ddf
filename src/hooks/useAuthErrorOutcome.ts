'use client';

import { useMemo } from 'react';
import type { AuthErrorOptions } from './AuthErrorOptions';
import type { AuthErrorOutcomeState } from './AuthErrorOutcomeState';
import { useKit } from './KitContext';
import { mergeOptions } from './mergeOptions';
import { useErrorStore } from './useErrorStore';
import { useOutcomeState } from './useOutcomeState';
import { useShallowStable } from './useShallowStable';
import { useStoreSnapshot } from './useStoreSnapshot';

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
  const store = useErrorStore(kit.services, 'value', merged);
  const snapshot = useStoreSnapshot(store, merged, error, true);
  // The kit's own view ticks only its timer text; the headless state ticks as a whole.
  const { timer: _timer, ...state } = useOutcomeState(snapshot, store, kit.translator, kit.services.clock, true);
  return state;
}
