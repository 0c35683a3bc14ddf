import type { CodeTable } from '../adapt';

/**
 * Clerk's error codes (`ClerkAPIResponseError.errors[].code`, `ClerkRuntimeError.code`,
 * `EmailLinkError.code`) and the sign-in statuses that hand off to another step (`SignIn.status`),
 * grouped by the catalogue code each becomes. A code listed by name wins over a pattern
 * (`form_*`, `passkey_*`…: see `CodeTable`), so each pattern stands for a family of Clerk's codes
 * and the exceptions are named. Codes that only come with a 429 or a 5xx (too_many_requests,
 * signup_rate_limit_exceeded, internal_clerk_error, maintenance_mode, gateway_timeout) are left out:
 * fromClerkError goes by the status of a Clerk error whose code no line holds.
 *
 * The order of the lines, and of the entries in each, is the one found to ship in the fewest bytes
 * (brotli is sensitive to it). It changes no code's outcome: a name wins wherever it is, and the
 * lines with patterns keep the order that decides between two patterns (conflict and aborted before
 * validation_failed's form_* and webauthn_failed's passkey_*; validation_failed's form_* before
 * flow_invalid's *_invalid; invalid_client's origin_* before flow_invalid's *_invalid; unauthorized_client's
 * *_attribute_missing before permission_denied's saml_*…). test/adapters/clerk.test.ts pins the cases.
 *
 * Sources: the Frontend API's documented codes, clerk/clerk-docs `data/api_errors.json` (the entries
 * with `usage.fapi`; https://clerk.com/docs/guides/development/errors/frontend-api is generated from
 * it, and was docs/guides/development/errors/frontend-api.mdx before clerk-docs ff263f53d): each
 * code's status and message;
 * https://clerk.com/docs/guides/development/custom-flows/error-handling (user lockout); clerk-docs
 * `clerk-typedoc/shared/sign-in-resource.mdx` (`needs_protect_check`); and clerk/javascript
 * `packages/shared/src/errors/*` (`webAuthNError.ts`, `emailLinkError.ts`),
 * `packages/shared/src/internal/clerk-js/constants.ts` (`ERROR_CODES`),
 * `packages/localizations/src/en-US.ts` (`unstable__errors`).
 */
export const CLERK_ERROR_CODES = [
  'totp_invalid form_code_incorrect',
  // These two come before the lines of form_* and passkey_*, so that their patterns hold first.
  // An identifier, external account, passkey or invitation that exists (form_identifier_exists,
  // passkey_already_exists…), a sign-up identifier another user claimed meanwhile
  // (identification_claimed, oauth_identification_claimed), or a TOTP factor the user already has
  // (totp_already_enabled).
  'conflict *identification_claimed *_exists totp_already_enabled',
  // The user cancelled the browser's passkey prompt (passkey_registration_cancelled,
  // passkey_retrieval_cancelled), or reverification (ClerkRuntimeError reverification_cancelled,
  // packages/shared/src/errors/helpers.ts isReverificationCancelledError).
  'aborted *_cancelled',
  // Clerk's own sign-in tells "no such account" from "wrong password": all read the same here.
  // *_incorrect: form_password_incorrect, form_password_or_identifier_incorrect (form_code_incorrect is
  // named above). form_password_validation_failed is "Incorrect password. Please try again."; Clerk's UI
  // reads invitation_account_not_exists as form_identifier_not_found (SignInStart.tsx), and
  // *_deleted: sign_in_identification_or_user_deleted ("Either the user or the selected identification
  // were deleted") is their kin, and so are primary_identification_not_found ("No primary identification
  // was found for user …") and no_password_set ("This user does not have a password set"): each tells
  // what the account has. account_lockout_warning (422) is what a wrong password gets instead when 2, 1
  // or 0 attempts are left before the lockout ("warns the user about remaining attempts").
  'invalid_credentials *_deleted *_incorrect form_password_validation_failed primary_identification_not_found invitation_account_not_exists account_lockout_warning external_account_not_found strategy_for_user_invalid form_identifier_not_found no_password_set',
  // Before flow_invalid, so that form_* holds form_param_format_invalid and its kin before *_invalid.
  // Every form_* code (params, password and username rules) but those named elsewhere; legal_not_accepted
  // names its field as the form codes do. form_password_pwned stays here although Clerk's sign-in
  // asks for a password reset on it: sign-up sends it too ("please try another password"), and
  // nothing in the error tells the two apart; the password field is named either way.
  // invalid_totp_secret_code (422): "The TOTP secret is invalid, please provide a valid one base32
  // encoded", a parameter the app sent; Clerk names no field for it.
  'validation_failed legal_not_accepted invalid_totp_secret_code form_*',
  'step_blocked device_blocked action_blocked',
  'not_found resource_not_found',
  // external_account_email_address_verification_required.
  'email_unverified *_verification_required',
  // "No second factors were found for strategy …": the user has no factor of the kind asked for.
  // backup_codes_not_available: "In order to use backup codes, you have to enable any other Multi-factor method".
  'mfa_enrolment_required no_second_factors backup_codes_*',
  // session_reverification_required, and session_reverification_missing ("You need to start a new session
  // verification flow first").
  'step_up_required session_reverification_*',
  'session_expired authentication_invalid missing_expired_token signed_out',
  // The client must pass a check before the Frontend API takes the request, as with a CAPTCHA:
  // requires_* is requires_captcha (401; clerk-js retries once with one, src/core/fraudProtection.ts),
  // requires_protect_check (403, "A Protect check is required before this action can continue") and
  // requires_device_attestation (401, "A valid device attestation could not be found for the client");
  // needs_protect_check is a sign-in waiting for a Clerk Protect challenge (SignIn.status).
  'captcha_required needs_protect_check captcha_* requires_*',
  // deprovisioned (401): "Your account is deprovisioned" (removed by the enterprise directory).
  'account_disabled deprovisioned user_banned user_deactivated',
  // redirect_uri_mismatch, redirect_url_domain_mismatch; *_redirect_url: a redirect URL in no valid
  // format (invalid_redirect_url) or with a prohibited scheme (prohibited_redirect_url, 422);
  // resource_missmatch (400, sic): "The current redirect url passed in the sign in or sign up request
  // does not match an authorized redirect URI for this instance".
  'invalid_redirect_uri resource_missmatch redirect_* *_redirect_url',
  // The app's or the instance's setup: an OAuth provider not enabled or set up (oauth_provider_not_enabled,
  // oauth_config_missing, oauth_unsupported_provider…), the request's host or Origin, the instance's settings.
  'invalid_client oauth_* host_invalid misconfigured_* origin_* user_settings_invalid',
  // external_account_missing_refresh_token (400): "We cannot refresh your OAuth access token because the server
  // didn't provide a refresh token. Please re-connect your account."
  'invalid_grant external_account_missing_refresh_token',
  // captcha_client_attempts_exceeded: ClerkRuntimeError once clerk-js gave up on CAPTCHAs (src/core/fraudProtection.ts).
  'rate_limited captcha_client_attempts_exceeded',
  'mfa_required needs_second_factor needs_client_trust',
  // csrf_token_invalid (403): "Invalid or missing CSRF token", the catalogue's CSRF defence: start over.
  'state_mismatch csrf_token_invalid',
  // A feature the instance has not turned on (feature_not_enabled…; native_api_disabled, 400: no
  // requests from native apps), or an SSO connection that sends no attribute the instance needs
  // (enterprise_sso_user_attribute_missing, saml_user_attribute_missing). device_attestation_* and
  // invalid_device_attestation_* (401): the instance's device attestation not set up
  // (device_attestation_not_configured, device_attestation_misconfigured), not supported on the
  // client's platform, or the device's attestation failed or was for another client.
  'unauthorized_client native_api_disabled feature_* *_attribute_missing device_attestation_* invalid_device_attestation_* captcha_not_enabled',
  // ClerkWebAuthnError's codes and the Frontend API's passkey errors, but for the existing and
  // cancelled ones (conflict, aborted). trusted_device_*: a native app's device-bound key (its
  // challenge, signature, binding or public key refused, not registered, expired, over the quota,
  // already enrolled, or the instance's app identifier not set up): the device could not vouch for
  // the user, and another factor is the way on.
  'webauthn_failed passkey_* trusted_device_*',
  'account_locked user_locked',
  // dev_monthly_*: dev_monthly_sms_limit_exceeded and dev_monthly_email_limit_exceeded, a development
  // instance's monthly SMS or email quota, so no code is sent; unsupported_country_code (403): SMS to
  // the number's country is not supported or is paused.
  'sms_send_failed unsupported_country_code sms_send_error dev_monthly_*',
  'network_error clerk_offline network_error',
  // verification_code_too_many_requests (429, "Please wait at least 30 seconds to receive your code")
  // and verification_code_rate_limit_exceeded (429, "Too many verification code requests").
  'sms_rate_limited verification_code_*',
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
  // instance_type_invalid); the *_invalid codes that mean something else are named in other lines.
  // A request the app built wrongly, as toAuthError reads OAuth's invalid_request: bad_request,
  // malformed_request_parameters, missing_query_parameter, invalid_query_parameter_value,
  // unsupported_content_type (415), multiple_* (multiple_origin_header_values_forbidden,
  // multiple_authorization_header_values_forbidden), request_* (request_body_too_large, 413;
  // request_invalid_for_environment). An invitation already used or revoked
  // (invitation_already_accepted, invitation_already_revoked, revoked_invitation).
  'flow_invalid sign_in_* unsupported_content_type multiple_* request_* *_not_same_client oauth_callback_invalid malformed_request_parameters bad_request ticket_* invalid_query_parameter_value actor_token_* invitation_* failed revoked_invitation missing_query_parameter client_* *_invalid verification_*',
  // sign_up_*: sign-ups restricted (sign_up_mode_restricted, sign_up_restricted_waitlist), and so are
  // they when the instance reached its user limit (user_quota_exceeded, 403) or its waitlist takes no
  // one (waitlist_not_accepting_entries, 403); *domain_mismatch: an email outside the enterprise
  // connection's domains (a redirect_* is matched in its own line). saml_*, enterprise_sso_*:
  // an email with no SSO connection (saml_connection_not_found, enterprise_sso_sign_in_connection_missing…) or
  // whose domain is reserved for one, identifications the enterprise account forbids (but for *_attribute_missing
  // and saml_response_invalid, matched before). organization_membership_quota_*: organization_membership_quota_exceeded
  // and its _for_sso kin. too_many_unverified_identifications (400): the user may add no more
  // unverified email addresses or phone numbers. password_required (400): "Settings for this instance
  // require a password to be set. Cannot remove the user's password."
  'permission_denied sign_up_* organization_membership_quota_* authorization_invalid too_many_unverified_identifications oauth_access_denied saml_* waitlist_not_accepting_entries enterprise_sso_* user_quota_exceeded resource_forbidden not_allowed_* *domain_mismatch password_required',
  // session_*: session_creation_not_allowed (409, "Unable to create new session when an impersonation
  // session is present. Please sign out first."); session_exists is named, as *_exists holds it first.
  'precondition_failed session_exists identifier_already_signed_in session_*',
  'step_error protect_check_*',
  'step_timeout protect_check_timed_out',
  // password_reset_required (422): "This account requires a password reset before sign-in can
  // continue"; password_too_long_needs_reset (422): an imported password too long to use.
  'password_must_be_reset password_too_long_needs_reset password_reset_required form_password_compromised needs_new_password',
] as const satisfies CodeTable;
