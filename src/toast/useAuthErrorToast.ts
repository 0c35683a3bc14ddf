'use client';

import { useCallback, useMemo } from 'react';
import type { IntelliAuthError } from '../core/IntelliAuthError';
import { devWarn } from '../dev';
import type { AuthErrorOptions } from '../hooks/AuthErrorOptions';
import { useKit } from '../hooks/KitContext';
import { mergeOptions } from '../hooks/mergeOptions';

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

/**
 * Shows auth errors as toasts from anywhere under the same `AuthErrorProvider` as the
 * `<AuthErrorToaster>` (anywhere at all without a provider): event handlers, effects, mutations.
 *
 * @example
 * const { toastAuthError } = useAuthErrorToast()
 * const save = async () => {
 *   const res = await fetch('/api/profile', { method: 'PUT', body })
 *   if (!res.ok) toastAuthError(await fromResponse(res), { onRetry: save })
 * }
 */
export function useAuthErrorToast(): UseAuthErrorToastResult {
  const { services, options: provided } = useKit();
  const { toasts } = services;
  const toastAuthError = useCallback(
    (error: unknown, { duration, onRetry, ...options }: ToastAuthErrorOptions = {}) => {
      if (!toasts.getSnapshot().viewer) {
        if (process.env.NODE_ENV !== 'production') devWarn('toastAuthError was called, but no <AuthErrorToaster> is mounted under the same <AuthErrorProvider>; the error is not shown.');
        return nothing;
      }
      const merged = mergeOptions(provided, { ...options, ...(onRetry ? { onRetry: onRetry as (error: IntelliAuthError) => void } : {}) });
      return toasts.show({ error, options: merged, duration });
    },
    [toasts, provided],
  );
  return useMemo(() => ({ toastAuthError }), [toastAuthError]);
}
