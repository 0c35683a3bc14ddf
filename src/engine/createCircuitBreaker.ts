/** The state of a {@link CircuitBreaker}. */
export type CircuitState = 'closed' | 'open' | 'half-open';

/** Options for {@link createCircuitBreaker}. */
export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. @defaultValue 5 */
  failureThreshold?: number;
  /** How long the circuit stays open before one probe request is let through. @defaultValue 30000 */
  resetAfterMs?: number;
  /**
   * How long a probe may stay out without a result before it is presumed lost (its caller went
   * away, or never reports) and another probe is let through. @defaultValue `resetAfterMs`
   */
  probeTimeoutMs?: number;
  /** Clock, for tests. @defaultValue Date.now */
  now?: () => number;
}

/** A circuit breaker shared by everything that calls one failing service. */
export interface CircuitBreaker {
  /** The current state; an open circuit whose wait has passed reports `half-open`. */
  readonly state: CircuitState;
  /**
   * Asks to make a request. `true` when closed; when half-open, `true` for exactly one probe
   * until that probe's result is recorded (or it is released, or presumed lost); `false` while open.
   */
  tryAcquire(): boolean;
  /**
   * Milliseconds until a request may be let through: until an open circuit turns half-open, or
   * until an outstanding probe is presumed lost; 0 when a request may go now.
   */
  msUntilProbe(): number;
  /** Gives back a probe whose result will never come (its caller unmounted): the next caller probes. */
  releaseProbe(): void;
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
  probeTimeoutMs,
  now = Date.now,
}: CircuitBreakerOptions = {}): CircuitBreaker {
  const threshold = Math.max(1, Math.floor(failureThreshold) || 1);
  const wait = Math.max(0, resetAfterMs || 0);
  const probeLimit = Math.max(0, probeTimeoutMs ?? wait) || wait;
  let failures = 0;
  // When the open circuit turns half-open; `undefined` while closed.
  let halfOpenAt: number | undefined;
  // When the outstanding probe is presumed lost; -Infinity while none is out.
  let probeLostAt = -Infinity;
  const listeners = new Set<() => void>();
  const notify = () => [...listeners].forEach((listener) => listener());

  const state = (): CircuitState => (halfOpenAt === undefined ? 'closed' : now() < halfOpenAt ? 'open' : 'half-open');
  // Until the circuit turns half-open, else until the probe out is presumed lost.
  const msUntilProbe = () => (halfOpenAt === undefined ? 0 : Math.max(0, halfOpenAt - now()) || Math.max(0, probeLostAt - now()));
  const open = () => {
    probeLostAt = -Infinity;
    halfOpenAt = now() + wait;
    notify();
  };

  return {
    get state() {
      return state();
    },
    tryAcquire() {
      if (halfOpenAt === undefined) return true;
      if (msUntilProbe() > 0) return false;
      probeLostAt = now() + probeLimit;
      return true;
    },
    msUntilProbe,
    releaseProbe() {
      if (probeLostAt === -Infinity) return;
      probeLostAt = -Infinity;
      notify();
    },
    recordSuccess() {
      const changed = halfOpenAt !== undefined;
      failures = 0;
      halfOpenAt = undefined;
      probeLostAt = -Infinity;
      if (changed) notify();
    },
    recordFailure() {
      failures += 1;
      // A failure once the wait is over is the probe's answer (or one like it): open again.
      if (state() === 'half-open' || (halfOpenAt === undefined && failures >= threshold)) open();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
