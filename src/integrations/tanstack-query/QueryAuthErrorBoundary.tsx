'use client';

import { QueryErrorResetBoundary, useQueryClient, useQueryErrorResetBoundary, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { AuthErrorBoundary, type AuthErrorBoundaryProps } from '../../components/AuthErrorBoundary';
import type { IntelliAuthError } from '../../core/IntelliAuthError';
import type { AuthErrorResetDetails } from '../../engine/EngineOptions';
import { useKit } from '../../hooks/KitContext';

/** Runs again every query on the page that is shown and failed: what "Try again" and a token refresh re-run. */
function refetchFailedQueries(queryClient: QueryClient) {
  // A query already fetching again (remounted after a reset) keeps its request.
  void queryClient.refetchQueries({ type: 'active', predicate: (query) => query.state.status === 'error' }, { cancelRefetch: false });
}

function WiredBoundary(props: AuthErrorBoundaryProps) {
  const { options } = useKit();
  const queryClient = useQueryClient();
  const { reset } = useQueryErrorResetBoundary();
  // Read after the first hook: React calls components without props to build a component stack.
  const { onRetry: ownRetry, onReset: ownReset, autoRetry, ...rest } = props;
  // A boundary's own callback wins over the provider's, as on AuthErrorBoundary; the queries are re-run either way.
  const appRetry = ownRetry ?? options.onRetry;
  const appReset = ownReset ?? options.onReset;
  const onRetry = useCallback(
    (error: IntelliAuthError) => {
      refetchFailedQueries(queryClient);
      appRetry?.(error);
    },
    [queryClient, appRetry],
  );
  const onReset = useCallback(
    (details: AuthErrorResetDetails) => {
      // The children render again: let the queries that threw fetch again rather than throw again.
      reset();
      appReset?.(details);
    },
    [reset, appReset],
  );
  // The queries have retried with backoff already (authErrorRetry): what reaches the boundary waits for the user.
  return <AuthErrorBoundary {...rest} autoRetry={autoRetry ?? options.autoRetry ?? false} onRetry={onRetry} onReset={onReset} />;
}

/**
 * An `AuthErrorBoundary` for TanStack Query, in a `QueryErrorResetBoundary` of its own: when it
 * clears an error ("Try again", a token refresh that succeeded, a countdown's end, a hand-off
 * done), the queries below it that threw fetch again instead of throwing again, and every query
 * on the page that is shown and failed is refetched (then `onRetry`, if given). Takes every prop
 * of `AuthErrorBoundary`; `autoRetry` is off unless set (the queries' own `retry` has retried).
 * Needs a `QueryClientProvider` above it.
 *
 * @example
 * <QueryAuthErrorBoundary error={profile.error}>
 *   <Profile data={profile.data} />
 * </QueryAuthErrorBoundary>
 */
export function QueryAuthErrorBoundary(props: AuthErrorBoundaryProps) {
  return (
    <QueryErrorResetBoundary>
      <WiredBoundary {...props} />
    </QueryErrorResetBoundary>
  );
}
