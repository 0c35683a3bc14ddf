import { resolveOutcome } from '../../core/resolveOutcome';
import { toAuthError } from '../../core/toAuthError';

/**
 * `throwOnError` for TanStack Query: throws to the nearest error boundary only the errors whose
 * outcome replaces the content (sign in again, start over, blocked, a configuration error, an
 * MFA / step-up / captcha hand-off). Every other error stays with the query as `error`, for an
 * `AuthErrorBoundary` to show above the content it keeps (field errors, countdowns, retries), and
 * token_expired for it to refresh.
 *
 * @example
 * new QueryClient({ defaultOptions: { queries: { throwOnError: authErrorThrowOnError } } })
 */
export function authErrorThrowOnError(error: unknown): boolean {
  return resolveOutcome(toAuthError(error)).placement === 'replace';
}
