import { systemClock, type Clock } from './clock';

/**
 * After a successful refresh, how long further token_expired errors count as stragglers; after a
 * failed one, how long they sign in again without another refresh.
 */
const GRACE_MS = 10_000;
/** Stragglers accepted in the grace period before the refresh is presumed not to help. */
const MAX_STRAGGLERS = 2;

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
  refresh(refreshToken: () => unknown, timeoutMs: number | undefined): Promise<RefreshResult>;
  /** Whether a refresh is running now (a token_expired that arrives meanwhile joins it). */
  readonly refreshing: boolean;
}

/** A refresh coordinator on `clock`'s monotonic time. */
export function createRefreshCoordinator(clock: Clock = systemClock): RefreshCoordinator {
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
      if (now() - failedAt < GRACE_MS) return Promise.resolve('failed');
      if (now() - succeededAt < GRACE_MS) {
        stragglers += 1;
        return Promise.resolve(stragglers > MAX_STRAGGLERS ? 'failed' : 'refreshed');
      }
      const current: Promise<RefreshResult> = new Promise<RefreshResult>((resolve) => {
        // Junk (NaN, negative, missing) gets the default 15 s; setTimeout's largest delay is 2^31 − 1 ms
        // (beyond it, it fires at once).
        const cancel = clock.setTimer(() => resolve('timeout'), Math.min((timeoutMs as number) >= 0 ? (timeoutMs as number) : 15_000, 2 ** 31 - 1));
        const settle = (result: RefreshResult) => () => {
          cancel();
          resolve(result);
        };
        // Called now; a refresh that throws instead of returning a promise has failed like one that rejects.
        new Promise((started) => started(refreshToken())).then(settle('refreshed'), settle('failed'));
      }).then((result) => {
        // A refresh given up on may still settle later: it no longer counts.
        if (inFlight === current) inFlight = undefined;
        // A refresh starts only once the last failure's grace period is over: nothing of it to forget.
        if (result === 'refreshed') {
          succeededAt = now();
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
