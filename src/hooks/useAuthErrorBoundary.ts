'use client';

import { useBoundary } from './BoundaryContext';

/** What {@link useAuthErrorBoundary} returns. */
export interface UseAuthErrorBoundaryResult {
  /**
   * Shows an error in the nearest `AuthErrorBoundary`: for errors from event handlers and
   * promises, which React's boundaries do not catch. `null` clears.
   */
  showAuthError: (error: unknown) => void;
  /** Clears whatever the boundary shows (thrown or given), calling `onReset` with reason `imperative`. */
  resetAuthError: () => void;
}

/**
 * Routes errors from async code into the nearest `AuthErrorBoundary`.
 *
 * @example
 * const { showAuthError } = useAuthErrorBoundary()
 * const onSubmit = async () => {
 *   const res = await fetch('/api/sign-in', { method: 'POST', body })
 *   if (!res.ok) showAuthError(await fromResponse(res))
 * }
 */
export function useAuthErrorBoundary(): UseAuthErrorBoundaryResult {
  const { showAuthError, resetAuthError } = useBoundary('useAuthErrorBoundary');
  return { showAuthError, resetAuthError };
}
