import type { Clock } from './clock';
import type { CircuitBreaker } from './createCircuitBreaker';
import type { RefreshCoordinator } from './createRefreshCoordinator';
import type { Environment } from './environment';

/** What every error store under one provider shares. */
export interface EngineServices {
  readonly clock: Clock;
  readonly environment: Environment;
  /** server_error's circuit breaker. */
  readonly breaker: CircuitBreaker;
  /** One token refresh for concurrent token_expired errors. */
  readonly refresh: RefreshCoordinator;
}
