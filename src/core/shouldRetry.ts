import { catalogue } from '../catalogue/catalogue';
import { isAuthErrorCode } from '../catalogue/isAuthErrorCode';
import type { IntelliAuthError } from './IntelliAuthError';

/**
 * Whether an error is transient and worth retrying without asking the user: network_error,
 * silent_auth_failed, server_error and service_unavailable. Everything else, unknown codes
 * included, is `false` (rate_limited waits for its Retry-After instead).
 *
 * @example
 * if (shouldRetry(toAuthError(err))) scheduleRetry()
 */
export function shouldRetry(error: Pick<IntelliAuthError, 'code'>): boolean {
  if (!isAuthErrorCode(error.code)) return false;
  const policy = catalogue[error.code].retry;
  return policy === 'backoff' || policy === 'once';
}
