import type { CodeTable, MessageTable } from '../adapt';

/**
 * Supabase Auth's error codes (`AuthError.code`) and the client's error class names
 * (`AuthError.name`, for errors without a code), grouped by the catalogue code each becomes. A code
 * listed by name wins over a pattern (`*_disabled`, `*_expired`, `webauthn_*`…: see `CodeTable`), so
 * each pattern stands for a family of Supabase's codes and the exceptions are named: signup_disabled
 * is permission_denied, session_expired is session_expired, and each `*_not_found` code that is no
 * missing resource is named in its line (user_not_found, refresh_token_not_found, session_not_found,
 * invite_not_found, oauth_client_not_found, and the lost flow states and challenges of flow_invalid's
 * line). Between two patterns the line that comes first wins: flow_expired's `*_expired` and
 * conflict's `*_exists` before webauthn_failed's `webauthn_*` (webauthn_challenge_expired,
 * webauthn_credential_exists), and `webauthn_*` before not_found's `*_not_found`
 * (webauthn_credential_not_found). test/adapters/supabase.test.ts pins the cases.
 *
 * Sources: the server's list, supabase/auth `internal/api/apierrors/errorcode.go` (at bc32168e), and
 * where it sends each code (its message and status, `git grep` of the code's name in that tree); the
 * docs, supabase/supabase `apps/docs/content/errorCodes/authErrorCodes.toml` (published as
 * https://supabase.com/docs/guides/auth/debugging/error-codes); and auth-js, now in
 * supabase/supabase-js `packages/core/auth-js/` (at 381bded5; formerly supabase/auth-js):
 * `src/lib/error-codes.ts`, `src/lib/errors.ts`, `src/lib/fetch.ts`, `src/lib/webauthn.errors.ts`.
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
  // email_address_not_provided: declared for OAuth sign-ins whose provider gives no email (supabase/auth
  // 9a61dae7, "email-less accounts with oauth"), which the server reports as a 500 still: the provider's
  // set-up, as saml_assertion_no_email. oauth_client_not_found: Supabase as an OAuth server, "invalid
  // client_id" (400) on /oauth/authorize, "OAuth client not found" (404).
  'invalid_client unexpected_audience saml_assertion_no_email saml_assertion_no_user_id email_address_not_provided oauth_client_not_found',
  // *_disabled: a sign-in method or feature turned off on the server (anonymous_provider_disabled,
  // email_provider_disabled, phone_provider_disabled, provider_disabled, otp_disabled,
  // saml_provider_disabled, sso_provider_disabled, web3_provider_disabled, manual_linking_disabled,
  // passkey_disabled, oauth_dynamic_client_registration_disabled; feature_disabled, 404: "OAuth server
  // is disabled", "Custom OAuth providers are disabled", "SCIM server is disabled"). mfa_*_not_enabled:
  // an MFA factor type turned off (auth-js src/lib/error-codes.ts spells WebAuthn `webauthn`, the docs
  // `web_authn`). web3_unsupported_chain (400): "Unsupported chain", a chain Web3 sign-in does not offer.
  'unauthorized_client *_disabled mfa_*_not_enabled oauth_provider_not_supported web3_unsupported_chain email_address_not_authorized',
  // oauth_invalid_state (400): the OAuth state came back for another provider ("OAuth provider
  // mismatch"), or without the PKCE verifier it needs ("OAuth PKCE code verifier missing").
  'state_mismatch bad_oauth_state bad_oauth_callback oauth_invalid_state',
  'token_expired bad_jwt',
  'session_expired session_expired refresh_token_not_found no_authorization AuthSessionMissingError AuthInvalidJwtError invalid_jwt',
  'session_revoked session_not_found refresh_token_already_used',
  'totp_invalid mfa_verification_failed reauthentication_not_valid',
  'sms_send_failed sms_send_failed',
  'sms_rate_limited over_sms_send_rate_limit over_email_send_rate_limit',
  // *_expired: flow_state_expired, otp_expired, mfa_challenge_expired, saml_relay_state_expired,
  // oauth_client_state_expired (422, "OAuth state expired"), webauthn_challenge_expired (400, a passkey
  // sign-in or registration answered too late: "Challenge has expired"). Before the line of webauthn_*.
  'flow_expired *_expired invite_not_found',
  // flow_state_already_used (400): "State has already been used" (an OAuth or SSO callback run twice).
  // oauth_client_state_not_found (422): "OAuth state not found". oauth_authorization_not_found (404):
  // the authorization a consent screen shows is gone, expired or another user's ("authorization not
  // found"). webauthn_challenge_not_found (400): "Challenge not found or already used".
  // pkce_code_verifier_not_found: AuthPKCECodeVerifierMissingError, auth-js found no PKCE code verifier
  // in storage (the flow began in another browser, or the storage was cleared).
  'flow_invalid flow_state_not_found flow_state_already_used bad_code_verifier mfa_ip_address_mismatch saml_relay_state_not_found oauth_client_state_not_found oauth_authorization_not_found webauthn_challenge_not_found pkce_code_verifier_not_found AuthImplicitGrantRedirectError AuthPKCEGrantCodeExchangeError',
  'rate_limited over_request_rate_limit',
  'server_error unexpected_failure request_timeout saml_metadata_fetch_failed',
  // *_exists: email_exists, phone_exists, user_already_exists, identity_already_exists,
  // mfa_verified_factor_exists, saml_idp_already_exists, sso_domain_already_exists,
  // webauthn_credential_exists (422, "This credential is already registered"). Before the line of webauthn_*.
  // *_REGISTERED: ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED, auth-js's WebAuthnError (below) for a passkey
  // this authenticator already holds.
  'conflict *_exists email_conflict_identity_not_deletable mfa_factor_name_conflict *_REGISTERED',
  // ERROR_CEREMONY_ABORTED: the passkey prompt was aborted (auth-js's WebAuthnError). Before the line of
  // ERROR_*.
  'aborted *_ABORTED',
  // The passkey's answer failed verification (webauthn_verification_failed, 400: "Invalid credential
  // response", "Credential verification failed"), or the user has no passkey (webauthn_credential_not_found,
  // declared). Before the line of *_not_found. ERROR_*: the `code` of auth-js's WebAuthnError
  // (src/lib/webauthn.errors.ts), which supabase.auth.mfa.webauthn returns when the browser's passkey
  // prompt fails (an invalid domain or relying party, an authenticator without the support asked for,
  // ERROR_PASSTHROUGH_SEE_CAUSE_PROPERTY for the rest), but for *_REGISTERED and *_ABORTED, matched before.
  'webauthn_failed webauthn_* ERROR_*',
  // *_not_found: identity_not_found, mfa_factor_not_found, saml_idp_not_found, sso_provider_not_found,
  // custom_provider_not_found (admin API), oauth_consent_not_found (404, "No active grant found for this
  // client", on revoking an app's access).
  'not_found *_not_found',
  // too_many_*: too_many_enrolled_mfa_factors, too_many_passkeys (422, "Maximum number of passkeys
  // reached"). over_custom_provider_quota (admin API, 400): "Maximum number of custom OAuth/OIDC providers reached".
  'permission_denied signup_disabled not_admin user_sso_managed single_identity_not_deletable too_many_* over_custom_provider_quota',
  // current_password_*: changing the password (PUT /user) where the server asks for the current one,
  // current_password_required (400) when it is left out, current_password_invalid (400) when it is wrong
  // (both "Current password required when setting new password."). request_entity_too_large (413):
  // "Request body too large", a request the server will not read, as bad_json.
  'validation_failed validation_failed bad_json weak_password same_password email_address_invalid saml_entity_id_mismatch current_password_* request_entity_too_large AuthWeakPasswordError AuthInvalidCredentialsError',
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
 * - current_password_*: `current_password` is the parameter's name in the API (supabase/auth
 *   internal/api/user.go) and in auth-js's `updateUser` (`UserAttributes.current_password`).
 */
export const SUPABASE_FIELDS = [
  'password weak_password same_password AuthWeakPasswordError',
  'current_password current_password_*',
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
