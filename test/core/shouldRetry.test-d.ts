import { retryDelayMs, shouldRetry } from '../../src';

// TanStack Query v5's retry options, as @tanstack/query-core types them (its `Register` leaves
// the error type at `Error` unless the app registers another).
type ShouldRetryFunction<TError = Error> = (failureCount: number, error: TError) => boolean;
type RetryDelayFunction<TError = Error> = (failureCount: number, error: TError) => number;
type RetryValue<TError> = boolean | number | ShouldRetryFunction<TError>;
type RetryDelayValue<TError> = number | RetryDelayFunction<TError>;

describe('shouldRetry and retryDelayMs with TanStack Query', () => {
  it('should take TanStack Query’s Error as shouldRetry’s argument', () => {
    const retry: RetryValue<Error> = (failureCount, error) => failureCount < 3 && shouldRetry(error);

    expectTypeOf(retry).toExtend<RetryValue<Error>>();
    expectTypeOf(shouldRetry).toBeCallableWith(new Error('Query failed'));
  });

  it('should take TanStack Query’s Error as retryDelayMs’s error', () => {
    const retryDelay: RetryDelayValue<Error> = (failureCount, error) => retryDelayMs(failureCount + 1, error);

    expectTypeOf(retryDelay).toExtend<RetryDelayValue<Error>>();
  });

  it('should take an app’s registered error type, and anything else', () => {
    expectTypeOf(shouldRetry).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(retryDelayMs).parameter(1).toEqualTypeOf<unknown>();
  });

  it('should still need an error to decide on', () => {
    // @ts-expect-error: shouldRetry decides on an error
    shouldRetry();
  });
});
