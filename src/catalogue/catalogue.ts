import { AUTH_ERROR_CODES } from './AUTH_ERROR_CODES';

/** A row, with what most rows share left out: users see its copy, and the family says who it is for. */
function entry(
  family: AuthErrorFamily,
  outcome: CatalogueOutcomeKind,
  retry: RetryPolicy,
  more?: Partial<Pick<CatalogueEntry, 'display' | 'topic' | 'actions' | 'handoff' | 'hint' | 'title' | 'timeoutS'>>,
): CatalogueEntry {
  // Webhook delivery statuses and custom Actions' errors are for the tenant's admins.
  return { family, audience: family === 'webhook' || family === 'action' ? 'admin' : 'user', display: 'shown', outcome, retry, ...more };
}

// The rows in AUTH_ERROR_CODES's order, so that each code is written out once in a bundle (the
// list is what toAuthError needs without the catalogue); a row more or fewer does not compile.
type RowPerCode<Codes extends readonly string[]> = { readonly [I in keyof Codes]: CatalogueEntry };
const rows: RowPerCode<typeof AUTH_ERROR_CODES> = [
  // Sign-in
  /* invalid_credentials */ entry('sign_in', 'form_error', 'manual'),
  /* account_disabled */ entry('sign_in', 'blocked', 'never'),
  /* account_locked */ entry('sign_in', 'countdown', 'wait'),
  /* email_unverified */ entry('sign_in', 'action', 'manual', { actions: ['resendVerification'] }),
  /* password_must_be_reset */ entry('sign_in', 'action', 'never', { actions: ['setNewPassword'] }),
  /* mfa_required */ entry('sign_in', 'handoff', 'never', { display: 'hidden', topic: 'mfa_required', handoff: 'mfa' }),
  /* mfa_enrolment_required */ entry('sign_in', 'handoff', 'never', { handoff: 'mfaEnrolment' }),
  /* step_up_required */ entry('sign_in', 'handoff', 'never', { display: 'hidden', topic: 'step_up_required', handoff: 'stepUp' }),
  /* captcha_required */ entry('sign_in', 'handoff', 'never', { display: 'hidden', topic: 'captcha_required', handoff: 'captcha' }),

  // OAuth configuration
  /* invalid_redirect_uri */ entry('oauth', 'config_error', 'never', { topic: 'invalid_redirect_uri' }),
  /* invalid_client */ entry('oauth', 'config_error', 'never'),
  /* invalid_grant */ entry('oauth', 'reauthenticate', 'never', { display: 'varies' }),
  /* invalid_scope */ entry('oauth', 'form_error', 'manual', { actions: ['tryAgain'] }),
  /* unauthorized_client */ entry('oauth', 'config_error', 'never'),
  /* consent_required */ entry('oauth', 'reauthenticate', 'never', { actions: ['continue'], title: 'consent' }),
  /* state_mismatch */ entry('oauth', 'restart', 'never'),
  /* pkce_required */ entry('oauth', 'config_error', 'never'),

  // Session and token
  /* token_expired */ entry('session', 'silent', 'refresh', { display: 'hidden', topic: 'token_expired' }),
  /* session_expired */ entry('session', 'reauthenticate', 'never'),
  /* session_revoked */ entry('session', 'reauthenticate', 'never'),
  /* silent_auth_failed */ entry('session', 'silent', 'once', { display: 'hidden' }),

  // MFA
  /* totp_invalid */ entry('mfa', 'form_error', 'manual'),
  /* webauthn_failed */ entry('mfa', 'action', 'manual', { actions: ['useAnotherMethod'] }),
  /* sms_send_failed */ entry('mfa', 'action', 'manual', { actions: ['tryAgain', 'useAnotherMethod'] }),
  /* sms_rate_limited */ entry('mfa', 'countdown', 'wait'),
  /* backup_code_invalid */ entry('mfa', 'form_error', 'manual', { hint: 'backupCodeSingleUse' }),
  /* flow_expired */ entry('mfa', 'restart', 'never'),
  /* flow_invalid */ entry('mfa', 'restart', 'never'),

  // Network and platform
  /* network_error */ entry('platform', 'retry', 'backoff'),
  /* rate_limited */ entry('platform', 'retry', 'retry_after'),
  /* server_error */ entry('platform', 'retry', 'backoff'),
  /* service_unavailable */ entry('platform', 'retry', 'backoff', { actions: ['tryAgain', 'checkStatus'] }),
  /* not_found */ entry('platform', 'notice', 'never', { display: 'varies' }),

  // API resource
  /* permission_denied */ entry('resource', 'notice', 'never'),
  /* validation_failed */ entry('resource', 'field_errors', 'manual'),
  /* conflict */ entry('resource', 'notice', 'never'),
  /* precondition_failed */ entry('resource', 'action', 'manual', { actions: ['refresh'] }),

  // Webhook delivery (seen in the delivery feed, not in application code)
  /* receiver_5xx */ entry('webhook', 'delivery', 'never', { topic: 'webhook-delivery-failures' }),
  /* receiver_4xx */ entry('webhook', 'delivery', 'never', { topic: 'webhook-delivery-failures' }),
  /* receiver_timeout */ entry('webhook', 'delivery', 'never', { topic: 'webhook-delivery-failures', timeoutS: 10 }),
  /* receiver_tls_failed */ entry('webhook', 'delivery', 'never', { topic: 'webhook-delivery-failures' }),
  /* dlq_max_attempts */ entry('webhook', 'delivery', 'never', { topic: 'webhook-delivery-failures' }),

  // Custom Actions (users see generic copy; the tenant admin has the details)
  /* step_blocked */ entry('action', 'blocked', 'never'),
  /* step_timeout */ entry('action', 'blocked', 'never'),
  /* step_error */ entry('action', 'blocked', 'never'),
];

/**
 * The platform's error catalogue as data: every stable code, its family, who it is for, whether
 * users see copy for it, what the UI does about it and how it may be retried.
 *
 * Copy is not here: it lives in the locale bundles under `codes.<code>` (and `delivery.<code>`
 * for webhook codes). Match on the code, never on the server's message text.
 */
export const catalogue: Readonly<Record<AuthErrorCode, CatalogueEntry>> = Object.fromEntries(
  AUTH_ERROR_CODES.map((code, index) => [code, rows[index]]),
) as Record<AuthErrorCode, CatalogueEntry>;

/** One of the platform's stable error codes. */
export type AuthErrorCode = (typeof AUTH_ERROR_CODES)[number];

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
