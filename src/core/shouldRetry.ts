import type { AuthErrorCode } from '../catalogue/catalogue';
import { toAuthError } from './toAuthError';

// The codes whose catalogue retry policy is `backoff` or `once` (a test holds the two together):
// named here so that shouldRetry alone does not bundle the whole catalogue.
const RETRIED: readonly string[] = ['silent_auth_failed', 'network_error', 'server_error', 'service_unavailable'] satisfies AuthErrorCode[];

/**
 * Whether an error is transient and worth retrying without asking the user: network_error,
 * silent_auth_failed, server_error and service_unavailable. Everything else, unknown codes
 * included, is `false` (rate_limited waits for its Retry-After instead).
 *
 * Takes anything and reads it with {@link toAuthError}: a thrown `TypeError: Failed to fetch`, a
 * `Response`, TanStack Query's `Error`, or an error `toAuthError` already normalised.
 *
 * @example
 * useQuery({ queryKey, queryFn, retry: (failureCount, error) => failureCount < 3 && shouldRetry(error) })
 */
export function shouldRetry(error: unknown): boolean {
  return RETRIED.includes(toAuthError(error).code);
}
