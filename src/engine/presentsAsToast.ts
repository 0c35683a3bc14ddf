import type { AuthErrorOutcome } from '../core/AuthErrorOutcome';

/** How a boundary shows an error given as a value. */
export type AuthErrorPresentation = 'auto' | 'inline' | 'toast';

/** Whether an outcome given as a value goes to the toaster instead of inline (when a toaster is mounted). */
export function presentsAsToast(presentation: AuthErrorPresentation, outcome: AuthErrorOutcome): boolean {
  // Nothing to show (kind `none` included: its placement is `none`).
  if (outcome.placement === 'none') return false;
  switch (presentation) {
    case 'inline':
      return false;
    case 'auto':
      // Transient failures (network_error, rate_limited, server_error, service_unavailable).
      return outcome.kind === 'retry';
    case 'toast':
      // Blocking outcomes stand in for the content; field errors belong beside their fields.
      return outcome.placement === 'inline' && outcome.kind !== 'field_errors';
    default:
      return presentation satisfies never;
  }
}
