import { useSyncExternalStore } from 'react';
import type { Clocks } from '../engine/countdown';
import type { ErrorStore } from '../engine/createErrorStore';
import type { ErrorSnapshot } from '../engine/ErrorSnapshot';
import type { Translator } from '../i18n/createTranslator';
import type { AuthErrorOptions } from './AuthErrorOptions';
import { outcomeState, type OutcomeTimer } from './outcomeState';
import type { AuthErrorOutcomeState } from './AuthErrorOutcomeState';
import { useCountdown } from './useCountdown';

// Whether the browser has taken over, for useSyncExternalStore: the same functions every render,
// so React has no store to re-read after the commit.
const subscribeToNothing = () => () => {};
const inBrowser = () => true;
const onServer = () => false;

/**
 * The snapshot drawn in the translator's language. `live`: re-render the caller once a second
 * while a timer runs (the headless hook, an app's renderer); otherwise the view ticks its timer
 * text on its own (`timer`), so one second's commit touches only that text.
 */
export function useOutcomeState(
  snapshot: ErrorSnapshot<AuthErrorOptions>,
  store: ErrorStore<AuthErrorOptions>,
  translator: Translator,
  clocks: Clocks,
  live: boolean,
): AuthErrorOutcomeState & { readonly timer: OutcomeTimer | null } {
  // `false` on the server and while hydrating, `true` once the browser has taken over.
  const hydrated = useSyncExternalStore(subscribeToNothing, inBrowser, onServer);
  const state = outcomeState(snapshot, store, translator, clocks, hydrated);
  useCountdown(live ? state.timer?.deadline : undefined, store.check);
  return state;
}
