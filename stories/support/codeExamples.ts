import { type AuthErrorCode } from '../../src';
import { fromResponse } from '../../src/core';

/** Which page of the example app a code's story shows the outcome on. */
export type Screen = 'sign-in' | 'sign-up' | 'mfa' | 'callback' | 'profile' | 'settings' | 'delivery';

/** What a code looks like when the platform sends it, and where the app meets it. */
export interface CodeExample {
  screen: Screen;
  /** One line for the docs: when the platform sends it. */
  when: string;
  /**
   * The error as the app receives it: a platform body, or a function producing what the app
   * would really hold (a `TypeError` from `fetch`, `fromResponse` of a 429 with Retry-After).
   */
  error: Record<string, unknown> | (() => unknown | Promise<unknown>);
  /** For errors made by a function: the `details` they end up with (the Explorer starts from these). */
  details?: Record<string, unknown>;
  /** Server text that must never reach the screen (developer messages, Action reasons). */
  secrets?: readonly string[];
}

const DEV_MESSAGE = 'developer diagnostics: trace_id=7f3c9a';

/** A platform error body, with the developer `message` the platform adds (never shown to users). */
const body = (code: AuthErrorCode, details?: Record<string, unknown>, status?: number) => ({
  code,
  message: `${DEV_MESSAGE} (${code})`,
  ...(status ? { status } : {}),
  ...(details ? { details } : {}),
});

/**
 * Realistic `details` per code. A code the catalogue gains later still gets a story (a plain
 * `{ code }` on the sign-in page) until it gets an example here.
 */
export const codeExamples: Partial<Record<AuthErrorCode, CodeExample>> = {
  // Sign-in
  invalid_credentials: {
    screen: 'sign-in',
    when: 'Wrong email or password. The remaining attempts stay hidden unless the app opts in (`revealAccountDetails`).',
    error: body('invalid_credentials', { remaining_attempts: 2 }, 401),
  },
  account_disabled: { screen: 'sign-in', when: 'An administrator disabled the account.', error: body('account_disabled', undefined, 403) },
  account_locked: {
    screen: 'sign-in',
    when: 'Too many failed attempts: locked for 90 s (`details.retry_after_s`), counted down live.',
    error: body('account_locked', { retry_after_s: 90 }, 423),
  },
  email_unverified: { screen: 'sign-in', when: 'The email address was never verified.', error: body('email_unverified', undefined, 403) },
  password_must_be_reset: {
    screen: 'sign-in',
    when: 'An administrator (or a breach check) requires a new password.',
    error: body('password_must_be_reset', undefined, 403),
  },
  mfa_required: {
    screen: 'sign-in',
    when: 'The password was right; now the second factor. The app’s MFA UI takes over (no copy).',
    error: body('mfa_required', { mfa_token: 'mfa_tk_51c0', factors: ['totp', 'webauthn'] }, 401),
  },
  mfa_enrolment_required: {
    screen: 'sign-in',
    when: 'The tenant requires MFA and the user has no factor yet: copy plus the app’s enrolment UI.',
    error: body('mfa_enrolment_required', { enrolment_token: 'enr_77a1' }, 401),
  },
  step_up_required: {
    screen: 'settings',
    when: 'A sensitive action needs a fresh authentication: the app’s step-up UI takes over (no copy).',
    error: body('step_up_required', { acr_values: 'urn:intelliauth:acr:mfa', max_age: 300 }, 401),
  },
  captcha_required: {
    screen: 'sign-in',
    when: 'Bot protection wants a captcha before the next attempt: the app’s captcha UI takes over (no copy).',
    error: body('captcha_required', { site_key: 'demo-site-key' }, 401),
  },

  // OAuth
  invalid_redirect_uri: {
    screen: 'callback',
    when: 'The redirect URI is not registered for the client (configuration: users see "contact support").',
    error: { error: 'invalid_redirect_uri', error_description: 'redirect_uri https://app.acme.dev/cb is not registered' },
    secrets: ['https://app.acme.dev/cb'],
  },
  invalid_client: {
    screen: 'callback',
    when: 'Wrong client_id or secret.',
    error: { error: 'invalid_client', error_description: 'Client authentication failed (client_id=acme-web)' },
    secrets: ['client_id=acme-web'],
  },
  invalid_grant: {
    screen: 'callback',
    when: 'The code or refresh token expired or was revoked: sign in again.',
    error: { error: 'invalid_grant', error_description: 'Authorization code expired' },
    secrets: ['Authorization code expired'],
  },
  invalid_scope: {
    screen: 'callback',
    when: 'The app asked for a scope the client may not have: drop it and try again.',
    error: { error: 'invalid_scope', error_description: 'Scope "admin:all" is not allowed' },
    secrets: ['admin:all'],
  },
  unauthorized_client: {
    screen: 'callback',
    when: 'The client may not use this grant type.',
    error: { error: 'unauthorized_client', error_description: 'Grant type "password" is disabled for this client' },
  },
  consent_required: {
    screen: 'callback',
    when: 'Silent sign-in needs the user to approve permissions: continue interactively.',
    // What the callback page reads: the redirect's query string.
    error: () => new URL('https://app.acme.dev/callback?error=consent_required&error_description=Prompt+none+needs+consent&state=xyz'),
    secrets: ['Prompt none needs consent'],
  },
  state_mismatch: {
    screen: 'callback',
    when: 'The `state` on the callback does not match (CSRF defence): never retried, start over.',
    error: body('state_mismatch', undefined, 400),
  },
  pkce_required: {
    screen: 'callback',
    when: 'The client did not send a code_challenge.',
    error: { error: 'pkce_required', error_description: 'code_challenge is required for public clients' },
  },

  // Session
  token_expired: {
    screen: 'profile',
    when: 'The access token expired: refreshed silently with `onRefreshToken`, nothing shown (see Flows/Session for the failure path).',
    error: body('token_expired', undefined, 401),
  },
  session_expired: { screen: 'profile', when: 'The refresh token’s lifetime ran out.', error: body('session_expired', undefined, 401) },
  session_revoked: {
    screen: 'profile',
    when: 'The session was revoked (signed out everywhere, password changed).',
    error: body('session_revoked', { revoked_by: 'admin' }, 401),
  },
  silent_auth_failed: {
    screen: 'profile',
    when: 'Silent (iframe) authentication failed: retried once at once, nothing shown.',
    error: body('silent_auth_failed'),
  },

  // MFA
  totp_invalid: { screen: 'mfa', when: 'The authenticator code was wrong or stale.', error: body('totp_invalid', undefined, 401) },
  webauthn_failed: {
    screen: 'mfa',
    when: 'The security key or passkey ceremony failed or was cancelled.',
    error: body('webauthn_failed', { name: 'NotAllowedError' }, 401),
  },
  sms_send_failed: {
    screen: 'mfa',
    when: 'The SMS provider could not deliver the code.',
    error: body('sms_send_failed', { provider: 'twilio', provider_code: 30003 }, 502),
  },
  sms_rate_limited: {
    screen: 'mfa',
    when: 'Too many codes requested: wait 45 s (`details.retry_after_s`).',
    error: body('sms_rate_limited', { retry_after_s: 45 }, 429),
  },
  backup_code_invalid: {
    screen: 'mfa',
    when: 'The backup code was wrong or already used (each works once).',
    error: body('backup_code_invalid', undefined, 401),
  },
  flow_expired: { screen: 'mfa', when: 'The sign-in flow timed out between steps.', error: body('flow_expired', { flow_id: 'flw_3b9' }, 410) },
  flow_invalid: { screen: 'mfa', when: 'The flow id is unknown (lost cookie, second tab).', error: body('flow_invalid', { flow_id: 'flw_3b9' }, 400) },

  // Network and platform
  network_error: {
    screen: 'profile',
    when: '`fetch` never reached the server ("TypeError: Failed to fetch"): retried automatically with backoff.',
    error: () => new TypeError('Failed to fetch'),
  },
  rate_limited: {
    screen: 'settings',
    when: 'HTTP 429 with `Retry-After: 30` (read by `fromResponse`): retried only once it has passed; "Try now" waits too.',
    error: () => fromResponse(new Response(JSON.stringify({ message: 'Too Many Requests' }), { status: 429, headers: { 'Retry-After': '30' } })),
    details: { retry_after_s: 30 },
  },
  server_error: {
    screen: 'settings',
    when: 'HTTP 500: retried with backoff, through the shared circuit breaker.',
    error: body('server_error', { request_id: 'req_91ab' }, 500),
  },
  service_unavailable: {
    screen: 'settings',
    when: 'HTTP 503 (maintenance): retried with backoff, with a link to the status page.',
    error: body('service_unavailable', undefined, 503),
  },
  not_found: { screen: 'settings', when: 'The resource does not exist (often a configuration problem).', error: body('not_found', undefined, 404) },

  // API resource
  permission_denied: {
    screen: 'settings',
    when: 'The user’s role does not allow the change.',
    error: body('permission_denied', { required_role: 'org:admin' }, 403),
  },
  validation_failed: {
    screen: 'sign-up',
    when: 'Per-field messages in `details.fields` (server text, shown as text): a summary that links to each field, and a message under each.',
    error: body(
      'validation_failed',
      {
        fields: {
          email: 'Enter an email address like name@example.com.',
          password: ['Use at least 12 characters.', 'Add a number or a symbol.'],
          // No message from the server: the kit says "Check this field." in the user's language.
          display_name: '',
        },
      },
      422,
    ),
  },
  conflict: {
    screen: 'sign-up',
    when: 'The email address is already registered: the conflicting field is named (with the app’s `fieldLabels`).',
    error: body('conflict', { fields: { email: 'already registered' } }, 409),
  },
  precondition_failed: {
    screen: 'settings',
    when: 'Someone else saved first (ETag mismatch): reload and try again.',
    error: body('precondition_failed', { etag: 'W/"a1b2"' }, 412),
  },

  // Custom Actions: users see generic copy; step and reason are for the tenant admin only.
  step_blocked: {
    screen: 'sign-in',
    when: 'A custom Action returned block. `details.step` and `details.reason` are for logs and never shown.',
    error: body('step_blocked', { step: 'geo-fence-sanctioned-countries', reason: 'Sign-in from a denied country (RU)' }, 403),
    secrets: ['geo-fence-sanctioned-countries', 'Sign-in from a denied country'],
  },
  step_timeout: {
    screen: 'sign-in',
    when: 'A custom Action ran past its time budget.',
    error: body('step_timeout', { step: 'crm-sync', budget_ms: 5000 }, 504),
    secrets: ['crm-sync'],
  },
  step_error: {
    screen: 'sign-in',
    when: 'A custom Action threw. The tenant admin has the stack trace.',
    error: body('step_error', { step: 'enrich-profile', reason: "TypeError: Cannot read properties of undefined (reading 'plan')" }, 500),
    secrets: ['enrich-profile', 'Cannot read properties of undefined'],
  },
};

for (const code of ['receiver_5xx', 'receiver_4xx', 'receiver_timeout', 'receiver_tls_failed', 'dlq_max_attempts'] as const) {
  codeExamples[code] = {
    screen: 'delivery',
    when: 'Seen in a webhook subscription’s delivery feed (admin console), shown with `<DeliveryStatus>`.',
    error: { code },
  };
}

/** The example for `code`, or a plain one for a code added to the catalogue since. */
export function exampleFor(code: AuthErrorCode): CodeExample {
  return codeExamples[code] ?? { screen: 'sign-in', when: 'A new catalogue code (no example details yet).', error: { code } };
}

/** The example's `details`, as the Explorer shows them. */
export function detailsOf(example: CodeExample): Record<string, unknown> {
  if (typeof example.error === 'function') return example.details ?? {};
  const details = example.error.details;
  return typeof details === 'object' && details !== null ? (details as Record<string, unknown>) : {};
}

/** The error value the story hands to the kit. */
export async function makeError(example: CodeExample): Promise<unknown> {
  return typeof example.error === 'function' ? await example.error() : example.error;
}

/** Developer text every example carries; the play functions check it never reaches the screen. */
export const DEVELOPER_TEXT = DEV_MESSAGE;
