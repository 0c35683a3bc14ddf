import type { AuthErrorOutcome } from '../core/AuthErrorOutcome';
import type { IntelliAuthError } from '../core/IntelliAuthError';
import { devError, devWarn } from '../dev';
import type { CircuitBreaker } from './createCircuitBreaker';
import type { AuthErrorBehaviour } from './EngineOptions';
import { invokeCallback } from './invokeCallback';

/**
 * What an error's arrival means besides the UI, done once per error: `onError` (the same error
 * and outcome whichever way it arrived), development messages about misconfiguration, and the
 * circuit breaker hearing of a server_error.
 */
export function reportArrival(
  error: IntelliAuthError,
  outcome: AuthErrorOutcome,
  options: AuthErrorBehaviour,
  source: 'thrown' | 'value',
  componentStack: string | undefined,
  breaker: CircuitBreaker,
): void {
  // Contained (a throw or a rejected promise): reporting must not take the error screen down with it.
  invokeCallback('onError', options.onError, error, { source, outcome, ...(componentStack ? { componentStack } : {}) });
  if (process.env.NODE_ENV !== 'production') {
    if (outcome.kind === 'config_error') {
      const topic = outcome.topic ? ` (troubleshooting topic: ${outcome.topic})` : '';
      devError(`${error.code}: the app's sign-in configuration is wrong${topic}. Users see "contact support".`);
    }
    if (outcome.kind === 'generic' && error.details?.fields) {
      devWarn(`${error.code} is not a code the kit knows, so its field messages (details.fields) are not shown: map it to validation_failed (an adapter in \`normalize\`), or show them with toFieldErrors.`);
    }
  }
  if (error.code === 'server_error') breaker.recordFailure();
}
