import { shouldRetry } from '../../core/shouldRetry';
import { toAuthError } from '../../core/toAuthError';
import { MAX_RETRY_ATTEMPTS } from '../../engine/ErrorSnapshot';

/**
 * The longest wait a query spends retrying out of sight. A longer Retry-After is the user's to
 * see: the error goes to the query (and the boundary counts it down) instead.
 */
const LONGEST_QUIET_WAIT_S = 30;

/**
 * `retry` for TanStack Query's `QueryClient` defaults (queries and mutations): retries only what
 * is transient, at most 3 times. network_error (a failed fetch included), server_error and
 * service_unavailable retry with backoff, rate_limited once its Retry-After has passed (with
 * {@link authErrorRetryDelay}), silent_auth_failed once. Credentials, one-time codes and every other
 * client error fail at once, as does a wait longer than 30 seconds (shown rather than waited out
 * in silence). Takes any error, whatever its type.
 *
 * @example
 * new QueryClient({ defaultOptions: { queries: { retry: authErrorRetry, retryDelay: authErrorRetryDelay } } })
 */
export function authErrorRetry(failureCount: number, error: unknown): boolean {
  if (!(failureCount >= 0 && failureCount < MAX_RETRY_ATTEMPTS)) return false;
  const authError = toAuthError(error);
  // The catalogue's retry policies, named (a test holds them together): silent_auth_failed is
  // retried `once`, rate_limited once its Retry-After has passed (`retry_after`), shouldRetry's
  // codes with backoff. Named so that this entry does not read the catalogue for two codes.
  if (authError.code === 'silent_auth_failed') return failureCount < 1;
  return (authError.code === 'rate_limited' || shouldRetry(authError)) && (authError.details?.retry_after_s ?? 0) <= LONGEST_QUIET_WAIT_S;
}
