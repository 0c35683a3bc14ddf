import { useEffect, useSyncExternalStore } from 'react';
import type { ErrorStore } from '../engine/createErrorStore';
import type { ToastQueue, ToastQueueSnapshot } from '../engine/createToastQueue';
import type { ErrorSnapshot } from '../engine/ErrorSnapshot';
import { presentsAsToast } from '../engine/presentsAsToast';
import type { AuthErrorOptions } from './AuthErrorOptions';

const noToaster: ToastQueueSnapshot = { viewer: undefined, entries: [], visible: [] };
const serverSnapshot = () => noToaster;

/**
 * Whether a boundary hands its error given as a value to the toaster instead of drawing it
 * inline (`presentation`, with a toaster mounted), and the hand-over itself: the toast draws the
 * boundary's own store, so its `onRetry`, run and options apply.
 */
export function useToastHandover(store: ErrorStore<AuthErrorOptions>, snapshot: ErrorSnapshot<AuthErrorOptions>, toasts: ToastQueue): boolean {
  const { viewer } = useSyncExternalStore(toasts.subscribe, toasts.getSnapshot, serverSnapshot);
  const toasted =
    viewer !== undefined && snapshot.error !== null && presentsAsToast(snapshot.options.presentation ?? 'auto', snapshot.outcome);
  // One toast per code: every code the catalogue does not know shares the generic one.
  const key = snapshot.outcome.kind === 'generic' ? 'generic' : snapshot.outcome.code;
  useEffect(() => {
    if (toasted) return toasts.show(key, store);
    // The key is the error's when it was handed over: a later error of another code updates the same toast.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [toasted, toasts, store]);
  return toasted;
}
