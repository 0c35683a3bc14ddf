import { useEffect, useSyncExternalStore } from 'react';
import type { ErrorStore } from '../engine/createErrorStore';
import type { ErrorSnapshot } from '../engine/ErrorSnapshot';
import type { AuthErrorOptions } from './AuthErrorOptions';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect';

/**
 * Reads a store and tells it, after the render commits, the options and (for a value store) the
 * error this render was given. Until it has taken them — the first render, the server, a render
 * with a new error — what the store would show is peeked at without changing it: nothing is
 * written while rendering, so React's re-renders, StrictMode and concurrent rendering never
 * count an error twice.
 */
export function useStoreSnapshot(
  store: ErrorStore<AuthErrorOptions>,
  options: AuthErrorOptions,
  input: unknown,
  receives: boolean,
): ErrorSnapshot<AuthErrorOptions> {
  // What to draw: the store's snapshot once it has taken `input`, else a peek at it. Read through
  // useSyncExternalStore, so taking the input it peeked at (the same snapshot) draws nothing twice.
  const read = () => store.peek(input, options);
  const snapshot = useSyncExternalStore(store.subscribe, read, read);
  useIsomorphicLayoutEffect(() => store.setOptions(options), [store, options]);
  // After the commit's own bookkeeping (useSyncExternalStore reads with this render's `read` from
  // then on), so the snapshot it takes is the one this render drew.
  useEffect(() => {
    if (receives) store.receive(input);
  }, [store, input, receives]);
  return snapshot;
}
