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
  /**
   * Takes one field out of a validation_failed error given as a value: its `FieldError`, its
   * `aria-invalid` and its line in the summary go (call it when the user edits the field, or when
   * your form library clears the field's error). Once every field has gone, the error clears.
   */
  clearFieldError: (name: string) => void;
}

/**
 * Routes errors from async code into the nearest `AuthErrorBoundary`.
 *
 * @example
 * // fromResponse: import { fromResponse } from '@intelliauth/react-auth-errors/core'
 * const { showAuthError } = useAuthErrorBoundary()
 * const onSubmit = async () => {
 *   const res = await fetch('/api/sign-in', { method: 'POST', body })
 *   if (!res.ok) showAuthError(await fromResponse(res))
 * }
 */
export function useAuthErrorBoundary(): UseAuthErrorBoundaryResult {
  return useBoundary('useAuthErrorBoundary').actions;
}
