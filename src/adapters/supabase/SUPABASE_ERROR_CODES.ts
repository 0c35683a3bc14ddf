import type { CodeTable, MessageTable } from '../adapt';

/**
 * Supabase Auth's error codes (`AuthError.code`) and the client's error class names
 * (`AuthError.name`, for errors without a code), grouped by the catalogue code each becomes. A code
 * listed by name wins over a pattern (`*_disabled`, `too_many_*`…: see `CodeTable`), so each pattern
 * stands for a family of Supabase's codes and the exceptions are named: signup_disabled is
 * permission_denied. test/adapters/supabase.test.ts pins the cases.
 *
 * Sources: the server's list, supabase/auth `internal/api/apierrors/errorcode.go` (at bc32168e), and
 * where it sends each code (its message and status, `git grep` of the code's name in that tree); the
 * docs, supabase/supabase `apps/docs/content/errorCodes/authErrorCodes.toml` (published as
 * https://supabase.com/docs/guides/auth/debugging/error-codes); and auth-js, now in
 * supabase/supabase-js `packages/core/auth-js/` (at 381bded5; formerly supabase/auth-js):
 * `src/lib/error-codes.ts`, `src/lib/errors.ts`, `src/lib/fetch.ts`.
 * `AuthRetryableFetchError` carries no code: status 0 (no response) is `network_error`, 502/503/504
 * go by status.
 */
export const SUPABASE_ERROR_CODES = [
  // "Invalid login credentials" and user_not_found read alike, so nobody learns who has an account.
  'invalid_credentials invalid_credentials user_not_found',
  'account_disabled user_banned',
  'email_unverified email_not_confirmed phone_not_confirmed provider_email_needs_verification',
  'mfa_required insufficient_aal',
  'step_up_required reauthentication_needed reauth_nonce_missing',
  'captcha_required captcha_failed',
  'invalid_client unexpected_audience saml_assertion_no_email saml_assertion_no_user_id',
  // *_disabled: a sign-in method or feature turned off on the server (anonymous_provider_disabled,
  // email_provider_disabled, phone_provider_disabled, provider_disabled, otp_disabled,
  // saml_provider_disabled, sso_provider_disabled, web3_provider_disabled, manual_linking_disabled,
  // passkey_disabled, oauth_dynamic_client_registration_disabled; feature_disabled, 404: "OAuth server
  // is disabled", "Custom OAuth providers are disabled", "SCIM server is disabled"). mfa_*_not_enabled:
  // an MFA factor type turned off (auth-js src/lib/error-codes.ts spells WebAuthn `webauthn`, the docs
  // `web_authn`). web3_unsupported_chain (400): "Unsupported chain", a chain Web3 sign-in does not offer.
  'unauthorized_client *_disabled mfa_*_not_enabled oauth_provider_not_supported web3_unsupported_chain email_address_not_authorized',
  'state_mismatch bad_oauth_state bad_oauth_callback',
  'token_expired bad_jwt',
  'session_expired session_expired refresh_token_not_found no_authorization AuthSessionMissingError AuthInvalidJwtError invalid_jwt',
  'session_revoked session_not_found refresh_token_already_used',
  'totp_invalid mfa_verification_failed reauthentication_not_valid',
  'sms_send_failed sms_send_failed',
  'sms_rate_limited over_sms_send_rate_limit over_email_send_rate_limit',
  'flow_expired flow_state_expired otp_expired mfa_challenge_expired invite_not_found saml_relay_state_expired',
  'flow_invalid flow_state_not_found bad_code_verifier mfa_ip_address_mismatch saml_relay_state_not_found AuthImplicitGrantRedirectError AuthPKCEGrantCodeExchangeError',
  'rate_limited over_request_rate_limit',
  'server_error unexpected_failure request_timeout saml_metadata_fetch_failed',
  'not_found identity_not_found mfa_factor_not_found saml_idp_not_found sso_provider_not_found',
  // too_many_*: too_many_enrolled_mfa_factors, too_many_passkeys (422, "Maximum number of passkeys
  // reached"). over_custom_provider_quota (admin API, 400): "Maximum number of custom OAuth/OIDC providers reached".
  'permission_denied signup_disabled not_admin user_sso_managed single_identity_not_deletable too_many_* over_custom_provider_quota',
  // request_entity_too_large (413): "Request body too large", a request the server will not read, as bad_json.
  'validation_failed validation_failed bad_json weak_password same_password email_address_invalid saml_entity_id_mismatch request_entity_too_large AuthWeakPasswordError AuthInvalidCredentialsError',
  'conflict email_exists phone_exists user_already_exists identity_already_exists email_conflict_identity_not_deletable mfa_factor_name_conflict mfa_verified_factor_exists saml_idp_already_exists sso_domain_already_exists',
  'precondition_failed conflict',
  'step_blocked mfa_verification_rejected',
  'step_timeout hook_timeout hook_timeout_after_retry',
  'step_error hook_payload_over_size_limit hook_payload_invalid_content_type',
] as const satisfies CodeTable;

/**
 * The field each code is about, where Supabase's code names one; a code in two lines names both fields.
 *
 * - user_already_exists: only POST /signup sends it ("User already registered", supabase/auth
 *   internal/api/signup.go), for the email of an email sign-up or the phone of a phone sign-up, and
 *   nothing in the error says which: `email`, as most sign-ups are by email (a phone sign-up that gets
 *   it reads "Already in use: email").
 * - AuthInvalidCredentialsError: auth-js throws it when the credentials hold neither an `email` nor a
 *   `phone` (signUp, signInWithPassword, signInWithOtp, resend; supabase/auth-js src/GoTrueClient.ts),
 *   whatever its message says of the password: both fields, the one the form has shows.
 */
export const SUPABASE_FIELDS = [
  'password weak_password same_password AuthWeakPasswordError',
  'email email_address_invalid email_exists user_already_exists AuthInvalidCredentialsError',
  'phone phone_exists AuthInvalidCredentialsError',
] as const satisfies CodeTable<string>;

/**
 * A Supabase Auth server older than error codes answers a password sign-in in words only: an OAuth
 * body (`{ error: 'invalid_grant', error_description }`, status 400) of which auth-js keeps the
 * description as `message` and no `code` (src/lib/fetch.ts handleError). These are its documented
 * descriptions (supabase/auth internal/api/token.go: `InvalidLoginMessage`, "no such user" and "wrong
 * password" alike; "Email not confirmed", "Phone not confirmed"), matched exactly on an error with no code.
 */
export const SUPABASE_LEGACY_MESSAGES = [
  'invalid_credentials|Invalid login credentials',
  'email_unverified|Email not confirmed|Phone not confirmed',
] as const satisfies MessageTable;
