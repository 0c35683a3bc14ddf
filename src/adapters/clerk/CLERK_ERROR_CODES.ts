import type { CodeTable } from '../adapt';

/**
 * Clerk's error codes (`ClerkAPIResponseError.errors[].code`, `ClerkRuntimeError.code`,
 * `EmailLinkError.code`) and the sign-in statuses that hand off to another step (`SignIn.status`),
 * grouped by the catalogue code each becomes. A code listed by name wins over a pattern
 * (`form_*`, `passkey_*`…: see `CodeTable`), so each pattern stands for a family of Clerk's codes
 * and the exceptions are named.
 *
 * Sources: https://clerk.com/docs/guides/development/errors/frontend-api (clerk/clerk-docs
 * docs/guides/development/errors/frontend-api.mdx: each code's status and message),
 * https://clerk.com/docs/guides/development/custom-flows/error-handling (user lockout), and
 * clerk/javascript `packages/shared/src/errors/*` (`webAuthNError.ts`, `emailLinkError.ts`),
 * `packages/shared/src/internal/clerk-js/constants.ts` (`ERROR_CODES`),
 * `packages/localizations/src/en-US.ts` (`unstable__errors`).
 */
export const CLERK_ERROR_CODES = [
  // These two come first, so that their patterns hold before form_* and passkey_* below.
  // An identifier, external account, passkey or invitation that exists (form_identifier_exists,
  // passkey_already_exists…), a sign-up identifier another user claimed meanwhile
  // (identification_claimed, oauth_identification_claimed), or a TOTP factor the user already has
  // (totp_already_enabled).
  'conflict *_exists *identification_claimed totp_already_enabled',
  // The user cancelled the browser's passkey prompt (passkey_registration_cancelled,
  // passkey_retrieval_cancelled), or reverification (ClerkRuntimeError reverification_cancelled,
  // packages/shared/src/errors/helpers.ts isReverificationCancelledError).
  'aborted *_cancelled',
  // Clerk's own sign-in tells "no such account" from "wrong password": all read the same here.
  // *_incorrect: form_password_incorrect, form_password_or_identifier_incorrect (form_code_incorrect is
  // named below). form_password_validation_failed is "Incorrect password. Please try again."; Clerk's UI
  // reads invitation_account_not_exists as form_identifier_not_found (SignInStart.tsx), and
  // *_deleted: sign_in_identification_or_user_deleted ("Either the user or the selected identification
  // were deleted") is their kin, and so are primary_identification_not_found ("No primary identification
  // was found for user …") and no_password_set ("This user does not have a password set"): each tells
  // what the account has.
  'invalid_credentials *_incorrect form_password_validation_failed form_identifier_not_found strategy_for_user_invalid external_account_not_found invitation_account_not_exists *_deleted primary_identification_not_found no_password_set',
  // Before flow_invalid, so that form_* holds form_param_format_invalid and its kin before *_invalid.
  // Every form_* code (params, password and username rules) but those named above; legal_not_accepted
  // names its field as the form codes do. form_password_pwned stays here although Clerk's sign-in
  // asks for a password reset on it: sign-up sends it too ("please try another password"), and
  // nothing in the error tells the two apart; the password field is named either way.
  'validation_failed form_* legal_not_accepted',
  // deprovisioned (401): "Your account is deprovisioned" (removed by the enterprise directory).
  'account_disabled user_banned user_deactivated deprovisioned',
  'account_locked user_locked',
  // external_account_email_address_verification_required.
  'email_unverified *_verification_required',
  'password_must_be_reset form_password_compromised needs_new_password',
  'mfa_required needs_second_factor needs_client_trust',
  // "No second factors were found for strategy …": the user has no factor of the kind asked for.
  // backup_codes_not_available: "In order to use backup codes, you have to enable any other Multi-factor method".
  'mfa_enrolment_required no_second_factors backup_codes_*',
  // session_reverification_required, and session_reverification_missing ("You need to start a new session
  // verification flow first").
  'step_up_required session_reverification_*',
  // requires_captcha (401): the Frontend API asks for a CAPTCHA (clerk-js retries once with one, src/core/fraudProtection.ts).
  'captcha_required captcha_* requires_captcha',
  // redirect_uri_mismatch, redirect_url_domain_mismatch, and a redirect URL in no valid format.
  'invalid_redirect_uri redirect_* invalid_redirect_url',
  // The app's or the instance's setup: an OAuth provider not enabled or set up (oauth_provider_not_enabled,
  // oauth_config_missing, oauth_unsupported_provider…), the request's host or Origin, the instance's settings.
  'invalid_client oauth_* misconfigured_* host_invalid origin_* user_settings_invalid',
  // A feature the instance has not turned on (feature_not_enabled…), or an SSO connection that sends
  // no attribute the instance needs (enterprise_sso_user_attribute_missing, saml_user_attribute_missing).
  // external_account_missing_refresh_token (400): "We cannot refresh your OAuth access token because the server
  // didn't provide a refresh token. Please re-connect your account."
  'invalid_grant external_account_missing_refresh_token',
  'unauthorized_client captcha_not_enabled feature_* *_attribute_missing',
  // csrf_token_invalid (403): "Invalid or missing CSRF token", the catalogue's CSRF defence: start over.
  'state_mismatch csrf_token_invalid',
  'session_expired authentication_invalid missing_expired_token signed_out',
  'totp_invalid form_code_incorrect',
  // ClerkWebAuthnError's codes and the Frontend API's passkey errors, but for the named ones below.
  'webauthn_failed passkey_*',
  // dev_monthly_sms_limit_exceeded: a development instance's SMS quota, so no code is sent;
  // unsupported_country_code (403): SMS to the number's country is not supported or is paused.
  'sms_send_failed sms_send_error dev_monthly_sms_limit_exceeded unsupported_country_code',
  'sms_rate_limited verification_code_too_many_requests',
  // expired: EmailLinkError, an email link opened after it expired.
  // verification*expired: verification_expired and verification_link_token_expired (the `*` splits the
  // entry into a start and an end, as in CodeTable's patterns).
  'flow_expired verification*expired ticket_expired_code expired',
  // The sign-in cannot go on and must start over: a verification in the wrong state or never sent
  // (verification_link_token_invalid, verification_missing, verification_not_sent…), a spent or
  // revoked sign-in token, ticket or actor token, a client in the wrong state (client_state_invalid),
  // an email link opened in another browser (sign_in_email_link_not_same_client,
  // sign_up_email_link_not_same_client; EmailLinkError client_mismatch) or that failed (EmailLinkError failed).
  // *_invalid: a token, answer or request Clerk refused (google_one_tap_token_invalid, saml_response_invalid,
  // account_transfer_invalid; request_body_invalid, authorization_header_format_invalid and
  // instance_type_invalid, a request the app built wrongly, as toAuthError reads OAuth's invalid_request);
  // the *_invalid codes that mean something else are named in the lines above. An invitation already
  // used or revoked (invitation_already_accepted, invitation_already_revoked, revoked_invitation).
  'flow_invalid verification_* sign_in_* *_not_same_client ticket_* actor_token_* client_* failed oauth_callback_invalid *_invalid invitation_* revoked_invitation',
  'network_error network_error clerk_offline',
  // captcha_client_attempts_exceeded: ClerkRuntimeError once clerk-js gave up on CAPTCHAs (src/core/fraudProtection.ts).
  'rate_limited too_many_requests signup_rate_limit_exceeded captcha_client_attempts_exceeded',
  'server_error internal_clerk_error',
  'service_unavailable maintenance_mode',
  'not_found resource_not_found',
  // sign_up_*: sign-ups restricted (sign_up_mode_restricted, sign_up_restricted_waitlist); *domain_mismatch:
  // an email outside the enterprise connection's domains (a redirect_* is matched above). saml_*, enterprise_sso_*:
  // an email with no SSO connection (saml_connection_not_found, enterprise_sso_sign_in_connection_missing…) or
  // whose domain is reserved for one, identifications the enterprise account forbids (but for *_attribute_missing
  // and saml_response_invalid, matched above). organization_membership_quota_*: organization_membership_quota_exceeded
  // and its _for_sso kin. too_many_unverified_identifications (400): the user may add no more
  // unverified email addresses or phone numbers.
  'permission_denied authorization_invalid resource_forbidden not_allowed_* sign_up_* oauth_access_denied *domain_mismatch organization_membership_quota_* saml_* enterprise_sso_* too_many_unverified_identifications',
  // session_*: session_creation_not_allowed (409, "Unable to create new session when an impersonation
  // session is present. Please sign out first."); session_exists is named, as *_exists holds it first.
  'precondition_failed session_exists identifier_already_signed_in session_*',
  'step_blocked device_blocked action_blocked',
  'step_timeout protect_check_timed_out',
  'step_error protect_check_*',
] as const satisfies CodeTable;
