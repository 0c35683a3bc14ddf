import type { AuthErrorOutcome } from '../core/AuthErrorOutcome';
import type { IntelliAuthError } from '../core/IntelliAuthError';

/** Why the kit cleared an error. */
export type AuthErrorResetReason = 'retry' | 'keys' | 'imperative' | 'refreshed' | 'countdown-end';

/**
 * What `onReset` receives: why the error was cleared, and the error (the same object `onError`
 * received). A union per reason: only `keys` has the previous and next `resetKeys`.
 */
export type AuthErrorResetDetails =
  | {
      /** `resetKeys` changed. */
      readonly reason: 'keys';
      readonly error: IntelliAuthError;
      /** The `resetKeys` before the change. */
      readonly prev: readonly unknown[];
      /** The `resetKeys` after the change. */
      readonly next: readonly unknown[];
    }
  | {
      /**
       * `retry`: "Try again", an automatic retry of a thrown error, or a hand-off that finished;
       * `imperative`: `resetAuthError()`, a hand-off's `reset` or a dismissed toast; `refreshed`:
       * the token refresh succeeded; `countdown-end`: a thrown countdown ran out.
       */
      readonly reason: Exclude<AuthErrorResetReason, 'keys'>;
      readonly error: IntelliAuthError;
    };

/** What `onError` receives besides the error. */
export interface AuthErrorInfo {
  /** `thrown` by a child, or given as a `value` (the `error` prop or `showAuthError`). */
  readonly source: 'thrown' | 'value';
  /** What the kit decided to show: the same outcome whichever way the error arrived. */
  readonly outcome: AuthErrorOutcome;
  /** React's component stack, for thrown errors. */
  readonly componentStack?: string;
}

/**
 * What the kit does about an error, as opposed to how it looks: the app's callbacks, links and
 * retry policy. Shared by `AuthErrorProvider` (app-wide) and `AuthErrorBoundary` (per boundary).
 */
export interface AuthErrorBehaviour {
  /** Reauthenticate outcomes ("Sign in", "Continue"): start interactive sign-in. Without it the button is a link to `signInHref`. */
  onSignIn?: (error: IntelliAuthError) => void;
  /**
   * Where "Sign in" and "Continue" link to when there is no `onSignIn` (a server layout can pass
   * a URL where it cannot pass a function). @defaultValue the restart link (`restartHref`, else `/`)
   */
  signInHref?: string;
  /**
   * token_expired: refresh the access token. Called once for concurrent token_expired errors
   * under one provider; children stay mounted while it runs. Resolve when done: the error is
   * cleared (`onReset` with reason `refreshed`) and `onRetry` re-runs what failed. Reject (or take
   * longer than `refreshTimeoutMs`) to show "sign in again". Without it token_expired shows "sign in again".
   */
  onRefreshToken?: () => Promise<unknown>;
  /**
   * How long a token refresh may take before the kit gives up on it and asks the user to sign in
   * again (a later token_expired may refresh anew). @defaultValue 15000
   */
  refreshTimeoutMs?: number;
  /**
   * Repeat what failed: retry outcomes ("Try again" and automatic retries), invalid_scope (drop
   * the scope, then retry), sms_send_failed, hand-offs that finished, silent_auth_failed's one
   * silent retry, and the request that hit token_expired once the refresh succeeded. For thrown
   * errors the boundary also re-renders its children.
   */
  onRetry?: (error: IntelliAuthError) => void;
  /**
   * Retry network_error, server_error, service_unavailable and rate_limited automatically with
   * exponential backoff (at most 3 attempts in a run of failures, whatever their codes),
   * rate_limited only after its Retry-After.
   * @defaultValue `true` when `onRetry` is given
   */
  autoRetry?: boolean;
  /** Called once when a countdown (account_locked, sms_rate_limited) reaches zero. */
  onCountdownEnd?: (error: IntelliAuthError) => void;
  /** email_unverified: send the verification email again. */
  onResendVerification?: (error: IntelliAuthError) => void;
  /** password_must_be_reset: start the reset flow (or give `resetPasswordHref`). */
  onResetPassword?: (error: IntelliAuthError) => void;
  /** password_must_be_reset: where the reset flow lives. */
  resetPasswordHref?: string;
  /** webauthn_failed, sms_send_failed: let the user pick another factor. */
  onChooseAnotherMethod?: (error: IntelliAuthError) => void;
  /** precondition_failed: reload the data. @defaultValue reloads the page */
  onReload?: () => void;
  /** Where restart outcomes (state_mismatch, flow_expired, flow_invalid) send the user. @defaultValue '/' */
  restartHref?: string;
  /** "Contact support" link for blocked and configuration errors. Left out when unset. */
  supportHref?: string;
  /** "Check status" link for service_unavailable. Left out when unset. */
  statusPageHref?: string;
  /** Origins (besides the page's own) that return addresses arriving with an error may point at. */
  allowedOrigins?: readonly string[];
  /**
   * The page's origin (`https://app.example.com`), for deciding whether a return address that
   * arrives with an error is the page's own. Give it when rendering on the server, so that the
   * server links what the browser will: without it the decision waits until after hydration.
   * @defaultValue `window.location.origin` in the browser
   */
  origin?: string;
  /**
   * Turns another identity provider's errors into IntelliAuth errors before the kit reads them,
   * thrown or given: an adapter (`fromSupabaseError`) or several (the first that recognises the
   * error wins; one that returns code `unknown` passes the error on).
   * @example <AuthErrorProvider normalize={fromSupabaseError}>
   */
  normalize?: ((error: unknown) => unknown) | readonly ((error: unknown) => unknown)[];
  /** Every error, hidden ones included, normalised (for telemetry). */
  onError?: (error: IntelliAuthError, info: AuthErrorInfo) => void;
  /** Called when the kit clears an error, with the reason. */
  onReset?: (details: AuthErrorResetDetails) => void;
  /** Show details that help enumerate accounts (remaining attempts). @defaultValue false */
  revealAccountDetails?: boolean;
}
