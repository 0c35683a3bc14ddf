import type { AuthErrorOutcome } from '../core/AuthErrorOutcome';

/** How a boundary shows an error given as a value. */
export type AuthErrorPresentation = 'auto' | 'inline' | 'toast';

/** Whether an outcome given as a value goes to the toaster instead of inline (when a toaster is mounted). */
export function presentsAsToast(presentation: AuthErrorPresentation, outcome: AuthErrorOutcome): boolean {
  // Nothing to show (kind `none` included: its placement is `none`). `auto`: transient failures
  // (network_error, rate_limited, server_error, service_unavailable). `toast`: not blocking
  // outcomes, which stand in for the content, nor field errors, which belong beside their fields.
  return (
    outcome.placement !== 'none' &&
    presentation !== 'inline' &&
    (presentation === 'auto' ? outcome.kind === 'retry' : outcome.placement === 'inline' && outcome.kind !== 'field_errors')
  );
}
