/** Options for {@link createRefreshCoordinator}. */
export interface RefreshCoordinatorOptions {
  /** After a successful refresh, how long further token_expired errors count as stragglers. @defaultValue 10000 */
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
   * not help: `failed`, so the user signs in again instead of looping. Never rejects.
   */
  refresh(refreshToken: () => Promise<unknown>): Promise<'refreshed' | 'failed'>;
}

export function createRefreshCoordinator({
  graceMs = 10_000,
  maxStragglers = 2,
  now = Date.now,
}: RefreshCoordinatorOptions = {}): RefreshCoordinator {
  let inFlight: Promise<'refreshed' | 'failed'> | undefined;
  let succeededAt = -Infinity;
  let stragglers = 0;

  return {
    refresh(refreshToken) {
      if (inFlight) return inFlight;
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
          stragglers = 0;
          return 'refreshed' as const;
        },
        () => 'failed' as const,
      );
      void inFlight.finally(() => {
        inFlight = undefined;
      });
      return inFlight;
    },
  };
}
