/**
 * Every code in the catalogue, in catalogue order (grouped by family). A list of its own so that
 * `isAuthErrorCode` (and so `toAuthError`) does not bundle the whole catalogue. The catalogue is
 * built from it, a row per code in this order: a row more or fewer does not compile.
 */
export const AUTH_ERROR_CODES = [
  // Sign-in
  'invalid_credentials',
  'account_disabled',
  'account_locked',
  'email_unverified',
  'password_must_be_reset',
  'mfa_required',
  'mfa_enrolment_required',
  'step_up_required',
  'captcha_required',
  // OAuth configuration
  'invalid_redirect_uri',
  'invalid_client',
  'invalid_grant',
  'invalid_scope',
  'unauthorized_client',
  'consent_required',
  'state_mismatch',
  'pkce_required',
  // Session and token
  'token_expired',
  'session_expired',
  'session_revoked',
  'silent_auth_failed',
  // MFA
  'totp_invalid',
  'webauthn_failed',
  'sms_send_failed',
  'sms_rate_limited',
  'backup_code_invalid',
  'flow_expired',
  'flow_invalid',
  // Network and platform
  'network_error',
  'rate_limited',
  'server_error',
  'service_unavailable',
  'not_found',
  // API resource
  'permission_denied',
  'validation_failed',
  'conflict',
  'precondition_failed',
  // Webhook delivery (seen in the delivery feed, not in application code)
  'receiver_5xx',
  'receiver_4xx',
  'receiver_timeout',
  'receiver_tls_failed',
  'dlq_max_attempts',
  // Custom Actions (users see generic copy; the tenant admin has the details)
  'step_blocked',
  'step_timeout',
  'step_error',
] as const;
