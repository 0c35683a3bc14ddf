/** The state of a {@link CircuitBreaker}. */
export type CircuitState = 'closed' | 'open' | 'half-open';

/** Options for {@link createCircuitBreaker}. */
export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. @defaultValue 5 */
  failureThreshold?: number;
  /** How long the circuit stays open before one probe request is let through. @defaultValue 30000 */
  resetAfterMs?: number;
  /** Clock, for tests. @defaultValue Date.now */
  now?: () => number;
}

/** A circuit breaker shared by everything that calls one failing service. */
export interface CircuitBreaker {
  /** The current state; an open circuit whose wait has passed reports `half-open`. */
  readonly state: CircuitState;
  /**
   * Asks to make a request. `true` when closed; when half-open, `true` for exactly one probe
   * until that probe's result is recorded; `false` while open.
   */
  tryAcquire(): boolean;
  /** Milliseconds until an open circuit lets a probe through (0 when not open). */
  msUntilProbe(): number;
  /** Records a success: closes the circuit and clears the failure count. */
  recordSuccess(): void;
  /** Records a failure: opens the circuit after `failureThreshold` in a row, or when a probe fails. */
  recordFailure(): void;
  /** Calls `listener` on every state change; returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/**
 * Creates a circuit breaker (closed → open → half-open with a single probe → closed or open).
 * Use one per failing service; the kit shares one between every boundary under a provider for
 * server_error.
 *
 * @example
 * const breaker = createCircuitBreaker({ failureThreshold: 3, resetAfterMs: 10_000 })
 * if (breaker.tryAcquire()) fetch(url).then(breaker.recordSuccess, breaker.recordFailure)
 */
export function createCircuitBreaker({
  failureThreshold = 5,
  resetAfterMs = 30_000,
  now = Date.now,
}: CircuitBreakerOptions = {}): CircuitBreaker {
  const threshold = Math.max(1, Math.floor(failureThreshold) || 1);
  const wait = Math.max(0, resetAfterMs || 0);
  let failures = 0;
  let openedAt: number | null = null;
  let probing = false;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  const state = (): CircuitState => {
    if (openedAt === null) return 'closed';
    return now() - openedAt >= wait ? 'half-open' : 'open';
  };

  return {
    get state() {
      return state();
    },
    tryAcquire() {
      const current = state();
      if (current === 'closed') return true;
      if (current === 'open' || probing) return false;
      probing = true;
      return true;
    },
    msUntilProbe() {
      return openedAt === null ? 0 : Math.max(0, openedAt + wait - now());
    },
    recordSuccess() {
      const changed = openedAt !== null;
      failures = 0;
      openedAt = null;
      probing = false;
      if (changed) notify();
    },
    recordFailure() {
      failures += 1;
      if (probing || (openedAt === null && failures >= threshold)) {
        probing = false;
        openedAt = now();
        notify();
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
