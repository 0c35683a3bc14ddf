import type { codeList } from './codeList';

/**
 * The platform's error catalogue as data: every stable code, its family, who it is for, whether
 * users see copy for it, what the UI does about it and how it may be retried.
 *
 * Copy is not here: it lives in the locale bundles under `codes.<code>` (and `delivery.<code>`
 * for webhook codes). Match on the code, never on the server's message text.
 */
export const catalogue = {
  // Sign-in
  invalid_credentials: { family: 'sign_in', audience: 'user', display: 'shown', outcome: 'form_error', retry: 'manual' },
  account_disabled: { family: 'sign_in', audience: 'user', display: 'shown', outcome: 'blocked', retry: 'never' },
  account_locked: { family: 'sign_in', audience: 'user', display: 'shown', outcome: 'countdown', retry: 'wait' },
  email_unverified: { family: 'sign_in', audience: 'user', display: 'shown', outcome: 'action', retry: 'manual', actions: ['resendVerification'] },
  password_must_be_reset: { family: 'sign_in', audience: 'user', display: 'shown', outcome: 'action', retry: 'never', actions: ['setNewPassword'] },
  mfa_required: { family: 'sign_in', audience: 'user', display: 'hidden', outcome: 'handoff', retry: 'never', topic: 'mfa_required', handoff: 'mfa' },
  mfa_enrolment_required: { family: 'sign_in', audience: 'user', display: 'shown', outcome: 'handoff', retry: 'never', handoff: 'mfaEnrolment' },
  step_up_required: { family: 'sign_in', audience: 'user', display: 'hidden', outcome: 'handoff', retry: 'never', topic: 'step_up_required', handoff: 'stepUp' },
  captcha_required: { family: 'sign_in', audience: 'user', display: 'hidden', outcome: 'handoff', retry: 'never', topic: 'captcha_required', handoff: 'captcha' },

  // OAuth configuration
  invalid_redirect_uri: { family: 'oauth', audience: 'user', display: 'shown', outcome: 'config_error', retry: 'never', topic: 'invalid_redirect_uri' },
  invalid_client: { family: 'oauth', audience: 'user', display: 'shown', outcome: 'config_error', retry: 'never' },
  invalid_grant: { family: 'oauth', audience: 'user', display: 'varies', outcome: 'reauthenticate', retry: 'never' },
  invalid_scope: { family: 'oauth', audience: 'user', display: 'shown', outcome: 'form_error', retry: 'manual', actions: ['tryAgain'] },
  unauthorized_client: { family: 'oauth', audience: 'user', display: 'shown', outcome: 'config_error', retry: 'never' },
  consent_required: { family: 'oauth', audience: 'user', display: 'shown', outcome: 'reauthenticate', retry: 'never', actions: ['continue'], title: 'consent' },
  state_mismatch: { family: 'oauth', audience: 'user', display: 'shown', outcome: 'restart', retry: 'never' },
  pkce_required: { family: 'oauth', audience: 'user', display: 'shown', outcome: 'config_error', retry: 'never' },

  // Session and token
  token_expired: { family: 'session', audience: 'user', display: 'hidden', outcome: 'silent', retry: 'refresh', topic: 'token_expired' },
  session_expired: { family: 'session', audience: 'user', display: 'shown', outcome: 'reauthenticate', retry: 'never' },
  session_revoked: { family: 'session', audience: 'user', display: 'shown', outcome: 'reauthenticate', retry: 'never' },
  silent_auth_failed: { family: 'session', audience: 'user', display: 'hidden', outcome: 'silent', retry: 'once' },

  // MFA
  totp_invalid: { family: 'mfa', audience: 'user', display: 'shown', outcome: 'form_error', retry: 'manual' },
  webauthn_failed: { family: 'mfa', audience: 'user', display: 'shown', outcome: 'action', retry: 'manual', actions: ['useAnotherMethod'] },
  sms_send_failed: { family: 'mfa', audience: 'user', display: 'shown', outcome: 'action', retry: 'manual', actions: ['tryAgain', 'useAnotherMethod'] },
  sms_rate_limited: { family: 'mfa', audience: 'user', display: 'shown', outcome: 'countdown', retry: 'wait' },
  backup_code_invalid: { family: 'mfa', audience: 'user', display: 'shown', outcome: 'form_error', retry: 'manual', hint: 'backupCodeSingleUse' },
  flow_expired: { family: 'mfa', audience: 'user', display: 'shown', outcome: 'restart', retry: 'never' },
  flow_invalid: { family: 'mfa', audience: 'user', display: 'shown', outcome: 'restart', retry: 'never' },

  // Network and platform
  network_error: { family: 'platform', audience: 'user', display: 'shown', outcome: 'retry', retry: 'backoff' },
  rate_limited: { family: 'platform', audience: 'user', display: 'shown', outcome: 'retry', retry: 'retry_after' },
  server_error: { family: 'platform', audience: 'user', display: 'shown', outcome: 'retry', retry: 'backoff' },
  service_unavailable: { family: 'platform', audience: 'user', display: 'shown', outcome: 'retry', retry: 'backoff', actions: ['tryAgain', 'checkStatus'] },
  not_found: { family: 'platform', audience: 'user', display: 'varies', outcome: 'notice', retry: 'never' },

  // API resource
  permission_denied: { family: 'resource', audience: 'user', display: 'shown', outcome: 'notice', retry: 'never' },
  validation_failed: { family: 'resource', audience: 'user', display: 'shown', outcome: 'field_errors', retry: 'manual' },
  conflict: { family: 'resource', audience: 'user', display: 'shown', outcome: 'notice', retry: 'never' },
  precondition_failed: { family: 'resource', audience: 'user', display: 'shown', outcome: 'action', retry: 'manual', actions: ['refresh'] },

  // Webhook delivery (seen in the delivery feed, not in application code)
  receiver_5xx: { family: 'webhook', audience: 'admin', display: 'shown', outcome: 'delivery', retry: 'never', topic: 'webhook-delivery-failures' },
  receiver_4xx: { family: 'webhook', audience: 'admin', display: 'shown', outcome: 'delivery', retry: 'never', topic: 'webhook-delivery-failures' },
  receiver_timeout: { family: 'webhook', audience: 'admin', display: 'shown', outcome: 'delivery', retry: 'never', topic: 'webhook-delivery-failures', timeoutS: 10 },
  receiver_tls_failed: { family: 'webhook', audience: 'admin', display: 'shown', outcome: 'delivery', retry: 'never', topic: 'webhook-delivery-failures' },
  dlq_max_attempts: { family: 'webhook', audience: 'admin', display: 'shown', outcome: 'delivery', retry: 'never', topic: 'webhook-delivery-failures' },

  // Custom Actions (users see generic copy; the tenant admin has the details)
  step_blocked: { family: 'action', audience: 'admin', display: 'shown', outcome: 'blocked', retry: 'never' },
  step_timeout: { family: 'action', audience: 'admin', display: 'shown', outcome: 'blocked', retry: 'never' },
  step_error: { family: 'action', audience: 'admin', display: 'shown', outcome: 'blocked', retry: 'never' },
} as const satisfies Record<(typeof codeList)[number], CatalogueEntry>;

/** One of the platform's stable error codes. */
export type AuthErrorCode = keyof typeof catalogue;

/** Where a code comes from. */
export type AuthErrorFamily = 'sign_in' | 'oauth' | 'session' | 'mfa' | 'platform' | 'resource' | 'webhook' | 'action';

/** The kinds of outcome the catalogue assigns. `generic` and `none` are added by the resolver. */
export type CatalogueOutcomeKind =
  | 'form_error'
  | 'field_errors'
  | 'countdown'
  | 'retry'
  | 'handoff'
  | 'action'
  | 'reauthenticate'
  | 'silent'
  | 'restart'
  | 'blocked'
  | 'config_error'
  | 'notice'
  | 'delivery';

/**
 * How a code may be retried.
 * - `never`: don't retry (configuration, permissions, a dead session);
 * - `manual`: the user corrects something and tries again, never automatically;
 * - `wait`: the user waits out `details.retry_after_s`, then tries again;
 * - `backoff`: transient, retried automatically with exponential backoff;
 * - `retry_after`: retried automatically once the server's Retry-After has passed;
 * - `once`: one silent retry, then treat as a dead session;
 * - `refresh`: refresh the access token silently.
 */
export type RetryPolicy = 'never' | 'manual' | 'wait' | 'backoff' | 'retry_after' | 'once' | 'refresh';

/** One row of the catalogue. */
export interface CatalogueEntry {
  /** Where the code comes from. */
  readonly family: AuthErrorFamily;
  /** Who the copy is for: end users, or tenant admins (webhook feed, custom Actions). */
  readonly audience: 'user' | 'admin';
  /** Whether users see copy: `hidden` codes render the app's UI or nothing; `varies` codes get generic copy. */
  readonly display: 'shown' | 'hidden' | 'varies';
  /** What the UI does. */
  readonly outcome: CatalogueOutcomeKind;
  /** How the code may be retried. */
  readonly retry: RetryPolicy;
  /** The platform's troubleshooting topic, where the catalogue names one. */
  readonly topic?: string;
  /** What the user can do, when it differs from the outcome kind's usual actions. */
  readonly actions?: readonly AuthErrorActionId[];
  /** For `handoff` codes: which of the app's UIs takes over. */
  readonly handoff?: HandoffKind;
  /** A secondary line under the message: `hints.<hint>` in the locale bundle. */
  readonly hint?: string;
  /** A heading other than the outcome kind's: `titles.<title>` in the locale bundle. */
  readonly title?: string;
  /** How long the platform waits for a response, in seconds, where the copy says it (receiver_timeout: 10). */
  readonly timeoutS?: number;
}

/** Something the user can do about an error. Labels come from `actions.<id>` in the locale bundle. */
export type AuthErrorActionId =
  | 'tryAgain'
  | 'signIn'
  | 'continue'
  | 'startOver'
  | 'contactSupport'
  | 'resendVerification'
  | 'setNewPassword'
  | 'useAnotherMethod'
  | 'refresh'
  | 'checkStatus';

/** Which of the app's own UIs a hand-off outcome renders. */
export type HandoffKind = 'mfa' | 'mfaEnrolment' | 'stepUp' | 'captcha';
