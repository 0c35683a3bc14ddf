import type { CodeTable } from '../adapt';

/**
 * Clerk's error codes (`ClerkAPIResponseError.errors[].code`, `ClerkRuntimeError.code`,
 * `EmailLinkError.code`) and the sign-in statuses that hand off to another step (`SignIn.status`),
 * grouped by the catalogue code each becomes. A code listed by name wins over a pattern
 * (`form_*`, `passkey_*`…: see `CodeTable`), so each pattern stands for a family of Clerk's codes
 * and the exceptions are named.
 *
 * The lines hold HTTP statuses too: '401', '403', '404', '409', '429', '503', and '5*' for any other
 * 5xx. fromClerkError looks a Frontend API response's status up when no line holds its code, so a
 * code that means what its status means is left out (too_many_requests and signup_rate_limit_exceeded,
 * 429; internal_clerk_error and gateway_timeout, 5xx; maintenance_mode, 503; signed_out and
 * dev_browser_unauthenticated, 401; resource_forbidden, user_quota_exceeded, waitlist_not_accepting_entries
 * and organization_membership_quota_*, 403; resource_not_found, 404), and so does every newer code
 * with one of those statuses. A status is only looked up as a status: Clerk's codes are words.
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
export const CLERK_ERROR_CODES = (
  // Before the lines of form_* and passkey_*, so that its patterns hold first. An identifier, external account, passkey or invitation that exists (form_identifier_exists,
  // passkey_already_exists…), a sign-up identifier another user claimed meanwhile
  // (identification_claimed, oauth_identification_claimed), or a TOTP factor the user already has
  // (totp_already_enabled).
  // 409, for a code no line holds.
  'conflict *identification_claimed *_exists 409 totp_already_enabled,' +
  // "No second factors were found for strategy …": the user has no factor of the kind asked for.
  // backup_codes_not_available: "In order to use backup codes, you have to enable any other Multi-factor method".
  'mfa_enrolment_required no_second_factors backup_codes_*,' +
  'account_locked user_locked,' +
  'totp_invalid form_code_incorrect,' +
  // Clerk's own sign-in tells "no such account" from "wrong password": all read the same here.
  // *_incorrect: form_password_incorrect, form_password_or_identifier_incorrect (form_code_incorrect is
  // named in totp_invalid's line). form_password_validation_failed is "Incorrect password. Please try again."; Clerk's UI
  // reads invitation_account_not_exists as form_identifier_not_found (SignInStart.tsx), and
  // *_deleted: sign_in_identification_or_user_deleted ("Either the user or the selected identification
  // were deleted") is their kin, and so are primary_identification_not_found ("No primary identification
  // was found for user …") and no_password_set ("This user does not have a password set"): each tells
  // what the account has. account_lockout_warning (422) is what a wrong password gets instead when 2, 1
  // or 0 attempts are left before the lockout ("warns the user about remaining attempts").
  'invalid_credentials form_identifier_not_found external_account_not_found *_deleted invitation_account_not_exists strategy_for_user_invalid form_password_validation_failed no_password_set account_lockout_warning primary_identification_not_found *_incorrect,' +
  'step_timeout protect_check_timed_out,' +
  // The user cancelled the browser's passkey prompt (passkey_registration_cancelled,
  // passkey_retrieval_cancelled), or reverification (ClerkRuntimeError reverification_cancelled,
  // packages/shared/src/errors/helpers.ts isReverificationCancelledError). Before the line of passkey_*, so
  // that *_cancelled holds first.
  'aborted *_cancelled,' +
  // Any 5xx but 503, for a code no line holds: internal_clerk_error (500), gateway_timeout (504)…
  'server_error 5*,' +
  // 401, for a code no line holds: signed_out, dev_browser_unauthenticated ("Unable to authenticate this
  // browser for your development instance"), action_for_session_not_authorized… (authentication_invalid
  // is named, as *_invalid would hold it first). missing_expired_token (422): the session's token cannot
  // be refreshed without the expired one. invalid_handshake (400): the handshake that syncs the session
  // across the app's domains was refused.
  'session_expired authentication_invalid 401 missing_expired_token invalid_handshake,' +
  // password_reset_required (422): "This account requires a password reset before sign-in can
  // continue"; password_too_long_needs_reset (422): an imported password too long to use.
  'password_must_be_reset password_too_long_needs_reset password_reset_required needs_new_password form_password_compromised,' +
  // dev_monthly_*: dev_monthly_sms_limit_exceeded and dev_monthly_email_limit_exceeded, a development
  // instance's monthly SMS or email quota, so no code is sent; unsupported_country_code (403): SMS to
  // the number's country is not supported or is paused.
  'sms_send_failed sms_send_error dev_monthly_* unsupported_country_code,' +
  // verification_code_too_many_requests (429, "Please wait at least 30 seconds to receive your code")
  // and verification_code_rate_limit_exceeded (429, "Too many verification code requests").
  'sms_rate_limited verification_code_*,' +
  // external_account_email_address_verification_required.
  'email_unverified *_verification_required,' +
  // external_account_missing_refresh_token (400): "We cannot refresh your OAuth access token because the server
  // didn't provide a refresh token. Please re-connect your account."; oauth_missing_refresh_token, the
  // Backend API's same answer (a server that fetches the user's OAuth token). pkce_verification_failed
  // (422): "The provided code verifier does not match the prepared code challenge", invalid_grant in
  // RFC 7636 §4.6.
  'invalid_grant pkce_verification_failed external_account_missing_refresh_token oauth_missing_refresh_token,' +
  // 404, for a code no line holds: resource_not_found…
  'not_found 404,' +
  // The app's or the instance's setup: an OAuth provider not enabled or set up (oauth_provider_not_enabled,
  // oauth_config_missing, oauth_unsupported_provider…), the request's host or Origin, the instance's settings.
  // The app's Frontend API proxy: proxy_* (proxy_request_missing_secret_key, proxy_request_invalid_secret_key)
  // and invalid_proxy_configuration ("Clerk Frontend API cannot be accessed through the proxy URL");
  // subdomain_not_allowed (403): the request's subdomain is not in the instance's allowlist. aws_cognito_*:
  // the Cognito user pool the instance moves users from does not allow the password flow
  // (aws_cognito_user_password_auth_not_enabled, aws_cognito_admin_user_password_auth_not_enabled), or its
  // validation Lambda refused the user (aws_cognito_user_lambda_validation_failed): the setup's to mend.
  'invalid_client origin_* invalid_proxy_configuration proxy_* misconfigured_* user_settings_invalid subdomain_* oauth_* aws_cognito_* host_invalid,' +
  // redirect_uri_mismatch, redirect_url_domain_mismatch; *_redirect_url: a redirect URL in no valid
  // format (invalid_redirect_url) or with a prohibited scheme (prohibited_redirect_url, 422);
  // resource_missmatch (400, sic): "The current redirect url passed in the sign in or sign up request
  // does not match an authorized redirect URI for this instance".
  'invalid_redirect_uri redirect_* resource_missmatch *_redirect_url,' +
  // deprovisioned (401): "Your account is deprovisioned" (removed by the enterprise directory).
  'account_disabled deprovisioned user_banned user_deactivated,' +
  // csrf_token_invalid (403): "Invalid or missing CSRF token", the catalogue's CSRF defence: start over.
  'state_mismatch csrf_token_invalid,' +
  // A feature the instance has not turned on (feature_not_enabled…; native_api_disabled, 400: no
  // requests from native apps), or an SSO connection that sends no attribute the instance needs
  // (enterprise_sso_user_attribute_missing, saml_user_attribute_missing). device_attestation_* and
  // invalid_device_attestation_* (401): the instance's device attestation not set up
  // (device_attestation_not_configured, device_attestation_misconfigured), not supported on the
  // client's platform, or the device's attestation failed or was for another client.
  'unauthorized_client native_api_disabled feature_* *_attribute_missing device_attestation_* invalid_device_attestation_* captcha_not_enabled,' +
  'mfa_required needs_client_trust needs_second_factor,' +
  // 503, for a code no line holds: maintenance_mode…
  'service_unavailable 503,' +
  // Before flow_invalid, so that form_* holds form_param_format_invalid and its kin before *_invalid.
  // Every form_* code (params, password and username rules) but those named elsewhere; legal_not_accepted
  // names its field as the form codes do. form_password_pwned stays here although Clerk's sign-in
  // asks for a password reset on it: sign-up sends it too ("please try another password"), and
  // nothing in the error tells the two apart; the password field is named either way.
  // invalid_totp_secret_code (422): "The TOTP secret is invalid, please provide a valid one base32
  // encoded", a parameter the app sent; Clerk names no field for it.
  'validation_failed invalid_totp_secret_code form_* legal_not_accepted,' +
  'step_error protect_check_*,' +
  // captcha_client_attempts_exceeded: ClerkRuntimeError once clerk-js gave up on CAPTCHAs (src/core/fraudProtection.ts).
  // 429, for a code no line holds: too_many_requests, signup_rate_limit_exceeded…
  'rate_limited 429 captcha_client_attempts_exceeded,' +
  'step_blocked device_blocked action_blocked,' +
  // The client must pass a check before the Frontend API takes the request, as with a CAPTCHA:
  // requires_* is requires_captcha (401; clerk-js retries once with one, src/core/fraudProtection.ts),
  // requires_protect_check (403, "A Protect check is required before this action can continue") and
  // requires_device_attestation (401, "A valid device attestation could not be found for the client");
  // needs_protect_check is a sign-in waiting for a Clerk Protect challenge (SignIn.status).
  'captcha_required needs_protect_check requires_* captcha_*,' +
  // ClerkWebAuthnError's codes and the Frontend API's passkey errors, but for the existing and
  // cancelled ones (conflict, aborted). trusted_device_*: a native app's device-bound key (its
  // challenge, signature, binding or public key refused, not registered, expired, over the quota,
  // already enrolled, or the instance's app identifier not set up): the device could not vouch for
  // the user, and another factor is the way on. no_passkeys_* is no_passkeys_found_for_user (400, "User has
  // no passkeys registered for this account"): another factor, again.
  'webauthn_failed no_passkeys_* trusted_device_* passkey_*,' +
  'network_error clerk_offline network_error,' +
  // session_reverification_required, and session_reverification_missing ("You need to start a new session
  // verification flow first").
  'step_up_required session_reverification_*,' +
  // expired: EmailLinkError, an email link opened after it expired.
  // *n_expired: verification_expired, verification_link_token_expired and approval_token_expired (422, "The
  // approval token has expired. Please request a new email link."), the shortest pattern that holds these
  // three and none of Clerk's other *_expired codes (payment_source_expired, application_transfer_expired;
  // trusted_device_challenge_expired is matched before).
  'flow_expired *n_expired expired ticket_expired_code,' +
  // session_*: session_creation_not_allowed (409, "Unable to create new session when an impersonation
  // session is present. Please sign out first."); session_exists is named, as *_exists holds it first.
  // resource_locked (409): "This resource is currently being modified by another request. Please try
  // again." invalid_action_for_session* (400): the session is not in the state the action needs
  // (invalid_action_for_session, invalid_action_for_session_reverification: "not ready for …").
  'precondition_failed invalid_action_for_session* resource_locked session_exists session_* identifier_already_signed_in,' +
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
  // (invitation_already_accepted, invitation_already_revoked, revoked_invitation). agent_task_*: a sign-in
  // by an agent task that was revoked, used already, cannot be used any more, is not in a sign-in, or whose
  // user is gone ("Please request a new one"). approval_token_* is approval_token_consumed (422, "The approval
  // token has already been used"). gone (410): "The requested resource no longer exists".
  'flow_invalid *_invalid actor_token_* request_* malformed_request_parameters multiple_* sign_in_* oauth_callback_invalid invalid_query_parameter_value missing_query_parameter revoked_invitation gone agent_task_* failed approval_token_* client_* bad_request ticket_* unsupported_content_type *_not_same_client verification_* invitation_*,' +
  // sign_up_*: sign-ups restricted (sign_up_mode_restricted, sign_up_restricted_waitlist; the instance's
  // user limit, user_quota_exceeded, and a waitlist that takes no one, waitlist_not_accepting_entries, say
  // it with a 403); *domain_mismatch: an email outside the enterprise
  // connection's domains (a redirect_* is matched in its own line). saml_*, enterprise_sso_*:
  // an email with no SSO connection (saml_connection_not_found, enterprise_sso_sign_in_connection_missing…) or
  // whose domain is reserved for one, identifications the enterprise account forbids (but for *_attribute_missing
  // and saml_response_invalid, matched before). too_many_unverified_identifications (400): the user may add no more
  // unverified email addresses or phone numbers. password_required (400): "Settings for this instance
  // require a password to be set. Cannot remove the user's password." 403, for a code no line holds:
  // resource_forbidden, operation_not_allowed_on_satellite_domain… (authorization_invalid is named, as
  // *_invalid would hold it first).
  'permission_denied too_many_unverified_identifications password_required enterprise_sso_* sign_up_* oauth_access_denied *domain_mismatch authorization_invalid 403 saml_*'
).split(',') as CodeTable;
