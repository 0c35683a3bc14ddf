import type { CodeTable } from '../adapt';

/**
 * Clerk's error codes (`ClerkAPIResponseError.errors[].code`, `ClerkRuntimeError.code`) and the
 * sign-in statuses that hand off to another step (`SignIn.status`), grouped by the catalogue code
 * each becomes.
 *
 * Sources: https://clerk.com/docs/guides/development/errors/frontend-api (clerk/clerk-docs
 * docs/guides/development/errors/frontend-api.mdx: each code's status and message),
 * https://clerk.com/docs/guides/development/custom-flows/error-handling (user lockout), and
 * clerk/javascript `packages/shared/src/errors/*`, `packages/shared/src/internal/clerk-js/constants.ts`
 * (`ERROR_CODES`), `packages/localizations/src/en-US.ts` (`unstable__errors`).
 */
export const CLERK_ERROR_CODES = {
  // Clerk's own sign-in tells "no such account" from "wrong password": both read the same here.
  invalid_credentials: 'form_identifier_not_found form_password_incorrect form_password_or_identifier_incorrect strategy_for_user_invalid external_account_not_found',
  account_locked: 'user_locked',
  account_disabled: 'user_banned user_deactivated',
  password_must_be_reset: 'form_password_compromised needs_new_password',
  mfa_required: 'needs_second_factor needs_client_trust',
  step_up_required: 'session_reverification_required',
  // requires_captcha (401): the Frontend API asks for a CAPTCHA (clerk-js retries once with one, src/core/fraudProtection.ts).
  captcha_required: 'captcha_invalid captcha_missing_token captcha_unavailable requires_captcha',
  unauthorized_client: 'captcha_not_enabled enterprise_sso_user_attribute_missing saml_user_attribute_missing',
  session_expired: 'authentication_invalid missing_expired_token signed_out',
  totp_invalid: 'form_code_incorrect',
  webauthn_failed: 'passkey_not_supported passkey_pa_not_supported passkey_registration_failed passkey_retrieval_failed passkey_operation_aborted',
  // dev_monthly_sms_limit_exceeded: a development instance's SMS quota, so no code is sent.
  sms_send_failed: 'sms_send_error dev_monthly_sms_limit_exceeded',
  sms_rate_limited: 'verification_code_too_many_requests',
  flow_expired: 'verification_expired verification_link_token_expired',
  flow_invalid: 'verification_failed',
  network_error: 'network_error clerk_offline',
  // captcha_client_attempts_exceeded: ClerkRuntimeError once clerk-js gave up on CAPTCHAs (src/core/fraudProtection.ts).
  rate_limited: 'too_many_requests signup_rate_limit_exceeded captcha_client_attempts_exceeded',
  server_error: 'internal_clerk_error',
  service_unavailable: 'maintenance_mode',
  not_found: 'resource_not_found invitation_account_not_exists',
  permission_denied: 'authorization_invalid resource_forbidden not_allowed_access not_allowed_to_sign_up sign_up_mode_restricted sign_up_restricted_waitlist oauth_access_denied enterprise_sso_email_address_domain_mismatch enterprise_sso_hosted_domain_mismatch saml_email_address_domain_mismatch organization_membership_quota_exceeded_for_sso',
  // Every form_param_* code (missing, nil, format, type, value, unknown, max length) and every
  // password or username rule; the wrong-password and compromised-password codes above come first.
  validation_failed: 'form_param_* form_password_* form_new_password_* form_username_* form_email_address_blocked',
  conflict: 'form_identifier_exists external_account_exists phone_number_exists passkey_already_exists',
  precondition_failed: 'session_exists identifier_already_signed_in',
  step_blocked: 'device_blocked action_blocked',
  step_timeout: 'protect_check_timed_out',
  step_error: 'protect_check_execution_failed protect_check_script_load_failed',
  // The user cancelled the browser's passkey prompt, or reverification (ClerkRuntimeError,
  // packages/shared/src/errors/helpers.ts isReverificationCancelledError).
  aborted: 'passkey_registration_cancelled passkey_retrieval_cancelled reverification_cancelled',
} as const satisfies CodeTable;
