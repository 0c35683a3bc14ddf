import type { ReactNode } from 'react';
import type { AuthErrorCode, HandoffKind } from '../catalogue/catalogue';
import type { AuthErrorOutcome } from '../core/AuthErrorOutcome';
import type { IntelliAuthError } from '../core/IntelliAuthError';
import type { AuthErrorColorScheme, AuthErrorTheme } from '../theme/AuthErrorTheme';
import type { AuthErrorOutcomeState } from '../hooks/AuthErrorOutcomeState';

/** What a hand-off renderer receives. */
export interface HandoffContext {
  /** The normalised error (mfa_required, step_up_required, captcha_required, mfa_enrolment_required). */
  error: IntelliAuthError;
  /** Call when the app's UI is done (MFA passed, captcha solved): calls `onRetry(error)` and clears the error. */
  retry: () => void;
  /** Clears the error without retrying. */
  reset: () => void;
}

/** Why an error was cleared. */
export type AuthErrorResetReason = 'retry' | 'keys' | 'imperative' | 'refreshed' | 'countdown-end';

/** What `onReset` receives. */
export interface AuthErrorResetDetails {
  /** Why the error was cleared. */
  reason: AuthErrorResetReason;
  /** The error that was cleared. */
  error: IntelliAuthError;
  /** For `keys`: the previous and next `resetKeys`. */
  prev?: readonly unknown[];
  next?: readonly unknown[];
}

/** What `onError` receives besides the error. */
export interface AuthErrorInfo {
  /** `thrown` by a child, or given as a `value` (the `error` prop or `showAuthError`). */
  source: 'thrown' | 'value';
  /** What the kit decided to show. */
  outcome: AuthErrorOutcome;
  /** React's component stack, for thrown errors. */
  componentStack?: string;
}

/** CSS class names for each part of an outcome (added to, or with `unstyled` instead of, the kit's own). */
export interface AuthErrorClassNames {
  root?: string;
  icon?: string;
  title?: string;
  message?: string;
  hint?: string;
  summary?: string;
  countdown?: string;
  actions?: string;
  button?: string;
  link?: string;
  fieldError?: string;
  toast?: string;
  toastTitle?: string;
  toastDescription?: string;
  toastAction?: string;
  toastClose?: string;
  viewport?: string;
}

/**
 * Behaviour and look shared by `AuthErrorProvider` (app-wide) and `AuthErrorBoundary` (per
 * boundary; the boundary's own value wins).
 */
export interface AuthErrorOptions {
  /** Reauthenticate outcomes ("Sign in", "Continue"): start interactive sign-in. Without it the button links to `restartHref`. */
  onSignIn?: (error: IntelliAuthError) => void;
  /**
   * token_expired: refresh the access token. Called once for concurrent token_expired errors
   * under one provider; children stay mounted while it runs. Resolve when done (the error is
   * then handled); reject to show "sign in again". Without it token_expired shows "sign in again".
   */
  onRefreshToken?: () => Promise<unknown>;
  /**
   * Repeat what failed: retry outcomes ("Try again" and automatic retries), invalid_scope (drop
   * the scope, then retry), sms_send_failed, hand-offs that finished, and silent_auth_failed's one
   * silent retry. For thrown errors the boundary also re-renders its children.
   */
  onRetry?: (error: IntelliAuthError) => void;
  /**
   * Retry network_error, server_error, service_unavailable and rate_limited automatically with
   * exponential backoff (at most 3 attempts in a row), rate_limited only after its Retry-After.
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
  /** The app's own UI for MFA, MFA enrolment, step-up and captcha. */
  handoffs?: Partial<Record<HandoffKind, (context: HandoffContext) => ReactNode>>;
  /**
   * Replace the kit's rendering of one code. A renderer that throws falls back to the kit's own
   * rendering (logged), never a blank.
   */
  renderers?: Partial<Record<AuthErrorCode, (state: AuthErrorOutcomeState) => ReactNode>>;
  /** Every error, hidden ones included, normalised (for telemetry). */
  onError?: (error: IntelliAuthError, info: AuthErrorInfo) => void;
  /** Called when the kit clears an error, with the reason. */
  onReset?: (details: AuthErrorResetDetails) => void;
  /** Human names for field keys, used when naming conflicting fields. */
  fieldLabels?: Readonly<Record<string, string>>;
  /** Show details that help enumerate accounts (remaining attempts). @defaultValue false */
  revealAccountDetails?: boolean;
  /** Where the platform's troubleshooting topics live (webhook delivery status links). */
  topicBaseUrl?: string;
  /** Heading level of blocking outcomes. @defaultValue 2 */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /**
   * How a boundary shows an error given as a value. `auto`: as a toast for network_error,
   * rate_limited, server_error and service_unavailable when an `<AuthErrorToaster>` (from
   * `@intelliauth/react-auth-errors/toast`) is mounted, inline otherwise. `toast`: every inline
   * outcome except field errors as a toast (when a toaster is mounted). `inline`: never a toast.
   * Blocking outcomes and thrown errors always replace the children.
   * @defaultValue 'auto'
   */
  presentation?: 'auto' | 'inline' | 'toast';
  /** Design tokens, set as CSS custom properties on each outcome root. */
  theme?: AuthErrorTheme;
  /** Light, dark, or follow the system. @defaultValue 'light' */
  colorScheme?: AuthErrorColorScheme;
  /** Class added to every outcome root. */
  className?: string;
  /** Classes for each part. */
  classNames?: AuthErrorClassNames;
  /** Drop the kit's own classes (keep `data-*` attributes) to style from scratch. @defaultValue false */
  unstyled?: boolean;
}
