import { toAuthError } from './toAuthError';

/**
 * How long to wait before retry number `attempt` (1 for the first retry): exponential backoff
 * with full jitter (a random delay between 0 and `min(30 s, 1 s × 2^(attempt − 1))`), never
 * shorter than the error's `details.retry_after_s`. Full jitter keeps many clients that failed
 * together from retrying in lock-step.
 *
 * `error` is anything {@link toAuthError} reads (a thrown `Response` brings its `Retry-After`).
 * The result never exceeds 2,147,483,647 ms (2^31 − 1, about 24.8 days), the longest delay
 * `setTimeout` keeps: a longer `Retry-After` is cut to it rather than firing at once.
 *
 * @example
 * setTimeout(retry, retryDelayMs(attempt, error))
 * // TanStack Query counts failures from 0:
 * useQuery({ queryKey, queryFn, retryDelay: (failureCount, error) => retryDelayMs(failureCount + 1, error) })
 */
export function retryDelayMs(attempt: number, error?: unknown, random: () => number = Math.random): number {
  const n = Number.isFinite(attempt) && attempt >= 1 ? Math.floor(attempt) : 1;
  // 1 s doubled each attempt, at most 30 s.
  const ceiling = Math.min(30_000, 1000 * 2 ** (n - 1));
  // Within [0, 1] whatever `random` returns (NaN: 0).
  const jitter = Math.min(Math.max(random(), 0), 1) || 0;
  // A whole number of seconds, or none: toAuthError has checked it.
  const floor = (toAuthError(error).details?.retry_after_s ?? 0) * 1000;
  // setTimeout's largest delay (2^31 − 1 ms, about 24.8 days): beyond it, it fires at once.
  return Math.min(Math.max(Math.round(jitter * ceiling), floor), 2 ** 31 - 1);
}
