/** Options for {@link createRefreshCoordinator}. */
export interface RefreshCoordinatorOptions {
  /**
   * After a successful refresh, how long further token_expired errors count as stragglers; after
   * a failed one, how long they sign in again without another refresh. @defaultValue 10000
   */
  graceMs?: number;
  /** Stragglers accepted in the grace period before the refresh is presumed not to help. @defaultValue 2 */
  maxStragglers?: number;
  now?: () => number;
}

/** Shares one token refresh between everything that hit token_expired at about the same time. */
export interface RefreshCoordinator {
  /**
   * Refreshes with `refreshToken` unless a refresh is already running (join it) or just
   * succeeded (the failing request was sent with the old token: report `refreshed` without
   * refreshing again). Too many token_expired errors right after a refresh mean refreshing does
   * not help: `failed`, so the user signs in again instead of looping. A refresh that just failed
   * (a refresh token refused with invalid_grant) is not tried again within the grace period
   * either: `failed` at once. Never rejects.
   */
  refresh(refreshToken: () => Promise<unknown>): Promise<'refreshed' | 'failed'>;
  /** Whether a refresh is running now (a token_expired that arrives meanwhile joins it). */
  readonly refreshing: boolean;
}

export function createRefreshCoordinator({
  graceMs = 10_000,
  maxStragglers = 2,
  now = Date.now,
}: RefreshCoordinatorOptions = {}): RefreshCoordinator {
  let inFlight: Promise<'refreshed' | 'failed'> | undefined;
  let succeededAt = -Infinity;
  let failedAt = -Infinity;
  let stragglers = 0;

  return {
    get refreshing() {
      return inFlight !== undefined;
    },
    refresh(refreshToken) {
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
      inFlight = attempt.then(
        () => {
          succeededAt = now();
          failedAt = -Infinity;
          stragglers = 0;
          return 'refreshed' as const;
        },
        () => {
          failedAt = now();
          return 'failed' as const;
        },
      );
      void inFlight.finally(() => {
        inFlight = undefined;
      });
      return inFlight;
    },
  };
}
