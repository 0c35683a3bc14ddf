import { useEffect, useSyncExternalStore } from 'react';
import type { ErrorStore } from '../engine/createErrorStore';
import type { ToasterSlot } from '../engine/createToasterSlot';
import type { ErrorSnapshot } from '../engine/ErrorSnapshot';
import { presentsAsToast } from '../engine/presentsAsToast';
import type { AuthErrorOptions } from './AuthErrorOptions';

const noToaster = () => undefined;

/**
 * Whether a boundary hands its error given as a value to the toaster instead of drawing it
 * inline (`presentation`, with a toaster mounted), and the hand-over itself: the toast draws the
 * boundary's own store, so its `onRetry`, run and options apply.
 */
export function useToastHandover(store: ErrorStore<AuthErrorOptions>, snapshot: ErrorSnapshot<AuthErrorOptions>, slot: ToasterSlot): boolean {
  const toaster = useSyncExternalStore(slot.subscribe, slot.get, noToaster);
  const toasted =
    // No error: kind none, placement none, never a toast.
    toaster !== undefined && presentsAsToast(snapshot.options.presentation ?? 'auto', snapshot.outcome);
  // One toast per code: every code the catalogue does not know shares the generic one.
  const key = snapshot.outcome.kind === 'generic' ? 'generic' : snapshot.outcome.code;
  useEffect(() => {
    if (toasted) return toaster.show(key, store);
    // The key is the error's when it was handed over: a later error of another code updates the same toast.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [toasted, toaster, store]);
  return toasted;
}
