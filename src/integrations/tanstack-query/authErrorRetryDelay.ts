import { retryDelayMs } from '../../core/retryDelayMs';

/**
 * `retryDelay` for TanStack Query's `QueryClient` defaults: exponential backoff with full jitter
 * (a random delay up to 1 s, 2 s, then 4 s, capped at 30 s), never before the error's
 * Retry-After. Takes any error, whatever its type.
 *
 * @example
 * new QueryClient({ defaultOptions: { queries: { retry: authErrorRetry, retryDelay: authErrorRetryDelay } } })
 */
export function authErrorRetryDelay(failureCount: number, error: unknown): number {
  // TanStack counts failures so far (0 before the first retry); retryDelayMs counts retries from 1.
  return retryDelayMs(failureCount + 1, error);
}
