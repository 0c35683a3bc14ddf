import { systemClock, type Clock } from './clock';

/** Options for {@link createRefreshCoordinator}. */
export interface RefreshCoordinatorOptions {
  /**
   * After a successful refresh, how long further token_expired errors count as stragglers; after
   * a failed one, how long they sign in again without another refresh. @defaultValue 10000
   */
  graceMs?: number;
  /** Stragglers accepted in the grace period before the refresh is presumed not to help. @defaultValue 2 */
  maxStragglers?: number;
  clock?: Clock;
}

/** What a refresh came to: `timeout` when the app's refresh never settled in time. */
export type RefreshResult = 'refreshed' | 'failed' | 'timeout';

/** Shares one token refresh between everything that hit token_expired at about the same time. */
export interface RefreshCoordinator {
  /**
   * Refreshes with `refreshToken` unless a refresh is already running (join it) or just
   * succeeded (the failing request was sent with the old token: report `refreshed` without
   * refreshing again). Too many token_expired errors right after a refresh mean refreshing does
   * not help: `failed`, so the user signs in again instead of looping. A refresh that just failed
   * (a refresh token refused with invalid_grant) is not tried again within the grace period
   * either. A refresh still running after `timeoutMs` is given up (`timeout`): those waiting sign
   * in again, and the next token_expired may refresh anew. Never rejects.
   */
  refresh(refreshToken: () => unknown, timeoutMs: number): Promise<RefreshResult>;
  /** Whether a refresh is running now (a token_expired that arrives meanwhile joins it). */
  readonly refreshing: boolean;
}

export function createRefreshCoordinator({
  graceMs = 10_000,
  maxStragglers = 2,
  clock = systemClock,
}: RefreshCoordinatorOptions = {}): RefreshCoordinator {
  let inFlight: Promise<RefreshResult> | undefined;
  let succeededAt = -Infinity;
  let failedAt = -Infinity;
  let stragglers = 0;
  const now = () => clock.mono();

  return {
    get refreshing() {
      return inFlight !== undefined;
    },
    refresh(refreshToken, timeoutMs) {
      if (inFlight) return inFlight;
      if (now() - failedAt < graceMs) return Promise.resolve('failed');
      if (now() - succeededAt < graceMs) {
        stragglers += 1;
        return Promise.resolve(stragglers > maxStragglers ? 'failed' : 'refreshed');
      }
      let attempt: Promise<unknown>;
      try {
        attempt = Promise.resolve(refreshToken());
      } catch (error) {
        attempt = Promise.reject(error);
      }
      const current: Promise<RefreshResult> = new Promise<RefreshResult>((resolve) => {
        const cancel = clock.setTimer(() => resolve('timeout'), Math.max(0, timeoutMs));
        attempt.then(
          () => {
            cancel();
            resolve('refreshed');
          },
          () => {
            cancel();
            resolve('failed');
          },
        );
      }).then((result) => {
        // A refresh given up on may still settle later: it no longer counts.
        if (inFlight === current) inFlight = undefined;
        if (result === 'refreshed') {
          succeededAt = now();
          failedAt = -Infinity;
          stragglers = 0;
        } else if (result === 'failed') {
          failedAt = now();
        }
        return result;
      });
      inFlight = current;
      return current;
    },
  };
}
