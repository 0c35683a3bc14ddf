'use client';

import { useCallback, useMemo } from 'react';
import { resolveOutcome } from '../core/resolveOutcome';
import type { IntelliAuthError } from '../core/IntelliAuthError';
import { devWarn } from '../dev';
import { createErrorStore, type ErrorStore } from '../engine/createErrorStore';
import { normaliseInput } from '../engine/normaliseInput';
import type { AuthErrorOptions } from '../hooks/AuthErrorOptions';
import { useKit } from '../hooks/KitContext';
import { mergeOptions } from '../hooks/mergeOptions';
import { toastQueueOf } from './createToastQueue';

/** Options of one toast: the kit's options (over the provider's), and how long it stays. */
export interface ToastAuthErrorOptions extends AuthErrorOptions {
  /**
   * Repeat what failed ("Try again", and automatic retries with backoff). Return a promise to
   * let the toast follow it: resolved, the toast goes away; rejected, what it rejected with is
   * shown in its place (the same code updates the toast and counts as another attempt).
   * @example toastAuthError(error, { onRetry: () => api.saveProfile(draft) })
   */
  onRetry?: (error: IntelliAuthError) => unknown;
  /**
   * How long the toast stays, in milliseconds.
   * @defaultValue the toaster's `duration` (until the error clears or the user dismisses it)
   */
  duration?: number;
}

/** What {@link useAuthErrorToast} returns. */
export interface UseAuthErrorToastResult {
  /**
   * Shows an error as a toast in the `<AuthErrorToaster>` under the same provider (the same code
   * again updates that toast). Returns a function that removes the toast: call it once the
   * operation succeeds. Does nothing (with a development warning) when no toaster is mounted.
   */
  toastAuthError: (error: unknown, options?: ToastAuthErrorOptions) => () => void;
}

const nothing = () => {};
// The stores toastAuthError made, and the function that removes each one's current toast.
const hosted = new WeakMap<object, () => void>();

const isThenable = (value: unknown): value is PromiseLike<unknown> => typeof (value as PromiseLike<unknown> | null)?.then === 'function';

/**
 * Shows auth errors as toasts from anywhere under the same `AuthErrorProvider` as the
 * `<AuthErrorToaster>` (anywhere at all without a provider): event handlers, effects, mutations.
 *
 * @example
 * // fromResponse: import { fromResponse } from '@intelliauth/react-auth-errors/core'
 * const { toastAuthError } = useAuthErrorToast()
 * const save = async () => {
 *   const res = await fetch('/api/profile', { method: 'PUT', body })
 *   if (!res.ok) toastAuthError(await fromResponse(res), { onRetry: save })
 * }
 */
export function useAuthErrorToast(): UseAuthErrorToastResult {
  const { services, options: provided } = useKit();
  const toasts = toastQueueOf(services);
  const toastAuthError = useCallback(
    function toast(error: unknown, request: ToastAuthErrorOptions = {}): () => void {
      if (!toasts.getSnapshot().viewer) {
        if (process.env.NODE_ENV !== 'production') devWarn('toastAuthError was called, but no <AuthErrorToaster> is mounted under the same <AuthErrorProvider>; the error is not shown.');
        return nothing;
      }
      const { duration, onRetry, ...own } = request;
      const merged = mergeOptions(provided, own);
      const { kind, code } = resolveOutcome(normaliseInput(error, merged.normalize));
      const key = kind === 'generic' ? 'generic' : code;
      const dismiss = () => hosted.get(store)?.();
      // onRetry may return a promise: the toast goes when it resolves, and what it rejects with
      // is shown in its place (the same code updates the toast, so retries are counted).
      const options: AuthErrorOptions = onRetry
        ? {
            ...merged,
            onRetry(failed) {
              const result = onRetry(failed);
              if (isThenable(result)) result.then(dismiss, (failure: unknown) => toast(failure, request));
            },
          }
        : merged;
      // A toast still showing keeps its run (attempts, countdown): the error arrives in its store.
      const previous = toasts.getSnapshot().entries.find((entry) => entry.key === key && hosted.has(entry.store));
      const store: ErrorStore<AuthErrorOptions> = previous?.store ?? createErrorStore(services, { source: 'value', options, onClear: dismiss });
      store.setOptions(options);
      store.receive(error);
      const remove = toasts.show(key, store, duration);
      hosted.set(store, remove);
      return remove;
    },
    [services, toasts, provided],
  );
  return useMemo(() => ({ toastAuthError }), [toastAuthError]);
}
