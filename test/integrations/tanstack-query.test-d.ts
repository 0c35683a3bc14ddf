import { QueryClient, useMutation, useQuery } from '@tanstack/react-query';
import { authErrorRetry, authErrorRetryDelay, authErrorThrowOnError } from '../../src/integrations/tanstack-query';

describe('the TanStack Query entry, with TanStack’s own error types', () => {
  it('should type-check as QueryClient defaults for queries and mutations', () => {
    expectTypeOf(
      new QueryClient({
        defaultOptions: {
          queries: { retry: authErrorRetry, retryDelay: authErrorRetryDelay, throwOnError: authErrorThrowOnError },
          mutations: { retry: authErrorRetry, retryDelay: authErrorRetryDelay, throwOnError: authErrorThrowOnError },
        },
      }),
    ).toEqualTypeOf<QueryClient>();
  });

  it('should take the `Error` TanStack types a failure as, in a function of your own', () => {
    const retry = (failureCount: number, error: Error) => failureCount < 2 && authErrorRetry(failureCount, error);
    const retryDelay = (failureCount: number, error: Error) => authErrorRetryDelay(failureCount, error);
    expectTypeOf(new QueryClient({ defaultOptions: { queries: { retry, retryDelay } } })).toEqualTypeOf<QueryClient>();
    expectTypeOf(authErrorRetry).toBeCallableWith(0, new TypeError('Failed to fetch'));
    expectTypeOf(authErrorRetryDelay).returns.toEqualTypeOf<number>();
  });

  it('should fit a query or mutation whose error type is the app’s own', () => {
    type ApiError = { code: string; status: number };
    const useProfile = () =>
      useQuery<string, ApiError>({ queryKey: ['profile'], queryFn: () => Promise.resolve('Ada'), retry: authErrorRetry, retryDelay: authErrorRetryDelay, throwOnError: authErrorThrowOnError });
    const useSignUp = () => useMutation<void, ApiError, string>({ mutationFn: () => Promise.resolve(), retry: authErrorRetry, throwOnError: authErrorThrowOnError });
    expectTypeOf(useProfile).toBeFunction();
    expectTypeOf(useSignUp).toBeFunction();
  });

  it('should refuse what is not a failure count', () => {
    // @ts-expect-error TanStack gives a number of failures, not the error first
    authErrorRetry(new Error('boom'), 0);
  });
});
