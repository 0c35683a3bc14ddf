import type { ReactNode } from 'react';
import type { AuthErrorCode, HandoffKind } from '../catalogue/catalogue';
import type { IntelliAuthError } from '../core/IntelliAuthError';
import type { AuthErrorBehaviour } from '../engine/EngineOptions';
import type { AuthErrorPresentation } from '../engine/presentsAsToast';
import type { AuthErrorColorScheme, AuthErrorTheme } from '../theme/AuthErrorTheme';
import type { AuthErrorOutcomeState } from './AuthErrorOutcomeState';

/** What a hand-off renderer receives. */
export interface HandoffContext {
  /** The normalised error (mfa_required, step_up_required, captcha_required, mfa_enrolment_required). */
  error: IntelliAuthError;
  /** Call when the app's UI is done (MFA passed, captcha solved): calls `onRetry(error)` and clears the error. */
  retry: () => void;
  /** Clears the error without retrying. */
  reset: () => void;
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
export interface AuthErrorOptions extends AuthErrorBehaviour {
  /** The app's own UI for MFA, MFA enrolment, step-up and captcha. */
  handoffs?: Partial<Record<HandoffKind, (context: HandoffContext) => ReactNode>>;
  /**
   * Replace the kit's rendering of one code. A renderer that throws falls back to the kit's own
   * rendering (logged), never a blank.
   */
  renderers?: Partial<Record<AuthErrorCode, (state: AuthErrorOutcomeState) => ReactNode>>;
  /** Human names for field keys, used when naming conflicting fields. */
  fieldLabels?: Readonly<Record<string, string>>;
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
  presentation?: AuthErrorPresentation;
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
