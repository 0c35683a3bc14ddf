'use client';

import { useMemo } from 'react';
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
   * shown in the same toast, whatever its code, as the next attempt of the same run (at most
   * three automatic retries in a row, then "Try again"). An `onRetry` that toasts its own failure
   * instead, passing itself as `onRetry` again, is followed the same way.
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

/** What toastAuthError keeps about a store it made. */
interface Hosted {
  /** Removes the store's toast (the one it was shown as last). */
  remove: () => void;
  /** The app's `onRetry` it was toasted with last. */
  onRetry: ((error: IntelliAuthError) => unknown) | undefined;
  /** The retry in flight, until an error answers it or the promise it returned settles. */
  retry: object | undefined;
  /** The toastAuthError call that toasted into it last: the function that call returned removes it. */
  owner: object | undefined;
}
const hosted = new WeakMap<ErrorStore<AuthErrorOptions>, Hosted>();

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
  const toastAuthError = useMemo(() => {
    /** Shows `error` as a toast: in `answered`, the store whose retry it answers, when known. */
    function show(error: unknown, request: ToastAuthErrorOptions, answered?: ErrorStore<AuthErrorOptions>): Hosted | undefined {
      const { duration, onRetry, ...own } = request;
      const merged = mergeOptions(provided, own);
      const { kind, code } = resolveOutcome(normaliseInput(error, merged.normalize));
      const key = kind === 'generic' ? 'generic' : code;
      const { entries } = toasts.getSnapshot();
      // The answer to a retry in flight keeps the toast it answers, and so its run (attempts,
      // backoff) whatever its code: the store whose onRetry promise rejected with it, or the one
      // whose onRetry toasts it (the same function, while its retry is in flight). Anything else
      // updates the toast showing its code.
      let store =
        answered ??
        entries.find(({ store: shown }) => onRetry !== undefined && hosted.get(shown)?.retry !== undefined && hosted.get(shown)?.onRetry === onRetry)?.store ??
        entries.find((entry) => entry.key === key && hosted.has(entry.store))?.store;
      if (kind === 'none') {
        // A cancelled request: nothing to show, and a retry it answers is over.
        const self = store && hosted.get(store);
        if (self) {
          self.retry = undefined;
          self.remove();
        }
        return undefined;
      }
      if (!store) {
        const fresh: Hosted = { remove: nothing, onRetry, retry: undefined, owner: undefined };
        store = createErrorStore(services, { source: 'value', options: merged, onClear: () => fresh.remove() });
        hosted.set(store, fresh);
      }
      const self = hosted.get(store) as Hosted;
      self.onRetry = onRetry;
      // Answered: whatever the retry in flight still settles with no longer moves the toast.
      self.retry = undefined;
      const target = store;
      // onRetry may return a promise: the toast goes when it resolves, and what it rejects with
      // is shown in it (another attempt of the same run, whatever the code).
      const options: AuthErrorOptions = onRetry
        ? {
            ...merged,
            onRetry(failed) {
              const attempt = {};
              self.retry = attempt;
              const result = onRetry(failed);
              if (isThenable(result)) {
                result.then(
                  () => self.retry === attempt && self.remove(),
                  (failure: unknown) => self.retry === attempt && show(failure, request, target),
                );
              }
            },
          }
        : merged;
      store.setOptions(options);
      store.receive(error);
      self.remove = toasts.show(key, store, duration);
      return self;
    }

    return (error: unknown, request: ToastAuthErrorOptions = {}): (() => void) => {
      if (!toasts.getSnapshot().viewer) {
        if (process.env.NODE_ENV !== 'production') devWarn('toastAuthError was called, but no <AuthErrorToaster> is mounted under the same <AuthErrorProvider>; the error is not shown.');
        return nothing;
      }
      const self = show(error, request);
      if (!self) return nothing;
      const call = {};
      self.owner = call;
      // Removes the toast, unless a later call has toasted into it since.
      return () => self.owner === call && self.remove();
    };
  }, [services, toasts, provided]);
  return useMemo(() => ({ toastAuthError }), [toastAuthError]);
}
