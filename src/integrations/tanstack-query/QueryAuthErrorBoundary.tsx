'use client';

import { QueryErrorResetBoundary, useQueryClient, useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useCallback } from 'react';
import { AuthErrorBoundary, type AuthErrorBoundaryProps } from '../../components/AuthErrorBoundary';
import { useKit } from '../../hooks/KitContext';

/** `first`, then the app's callback (when there is one), with what the boundary passes. */
function useThen<T>(first: () => void, then: ((value: T) => void) | undefined): (value: T) => void {
  return useCallback(
    (value: T) => {
      first();
      then?.(value);
    },
    [first, then],
  );
}

function WiredBoundary(props: AuthErrorBoundaryProps) {
  const { options } = useKit();
  const queryClient = useQueryClient();
  // The children render again: let the queries that threw fetch again rather than throw again.
  const { reset } = useQueryErrorResetBoundary();
  // Runs again every query on the page that is shown and failed: what "Try again", a countdown's end
  // and a token refresh re-run. A query already fetching again (remounted after a reset) keeps its request.
  const refetch = useCallback(
    () => void queryClient.refetchQueries({ type: 'active', predicate: (query) => query.state.status === 'error' }, { cancelRefetch: false }),
    [queryClient],
  );
  // Read after the first hook: React calls components without props to build a component stack.
  const { onRetry, onCountdownEnd, onReset, autoRetry, ...rest } = props;
  // A boundary's own callback wins over the provider's, as on AuthErrorBoundary; the queries are re-run either way.
  const retry = useThen(refetch, onRetry ?? options.onRetry);
  // A countdown given as a value (account_locked, sms_rate_limited) stays on the page when it ends, with
  // no button: the queries are refetched, as on "Try again", and the query's next result replaces it.
  const countdownEnd = useThen(refetch, onCountdownEnd ?? options.onCountdownEnd);
  const resetting = useThen(reset, onReset ?? options.onReset);
  // The queries have retried with backoff already (authErrorRetry): what reaches the boundary waits for the user.
  return <AuthErrorBoundary {...rest} autoRetry={autoRetry ?? options.autoRetry ?? false} onRetry={retry} onCountdownEnd={countdownEnd} onReset={resetting} />;
}

/**
 * An `AuthErrorBoundary` for TanStack Query, in a `QueryErrorResetBoundary` of its own: when it
 * clears an error ("Try again", a token refresh that succeeded, a countdown's end, a hand-off
 * done), the queries below it that threw fetch again instead of throwing again, and every query
 * on the page that is shown and failed is refetched (then `onRetry`, if given). So is the end of a
 * countdown given as `error` (then `onCountdownEnd`, if given). Takes every prop
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
