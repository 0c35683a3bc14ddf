import type { CodeTable, MessageTable } from '../adapt';

/**
 * Auth0's `error` values (auth0-spa-js / auth0-react errors, Authentication API bodies and
 * redirects), the sign-up API's `code` / `name` and the `code` of auth0-spa-js's and
 * @auth0/auth0-auth-js's passkey errors, grouped by the catalogue code each becomes. An auth0-auth-js
 * error keeps the server's answer (`error`, `error_description`, `mfa_token`) as `cause`, which
 * fromAuth0Error reads first: its own `code` (`passkey_get_token_error`) decides only when the cause
 * says nothing this table holds.
 *
 * Sources: https://auth0.com/docs/api/authentication#standard-error-responses,
 * https://auth0.com/docs/libraries/common-auth0-library-authentication-errors, auth0/auth0-spa-js
 * `src/errors.ts`, `src/mfa/errors.ts`, `src/passkey/PasskeyApiClient.ts`, `src/http.ts`, `src/api.ts`,
 * `src/worker/token.worker.ts`, `src/Auth0Client.ts`, and auth0/auth0-auth-js `packages/auth0-auth-js/`
 * `src/errors.ts`, `src/mfa/errors.ts`, `src/passkey/errors.ts`, `src/passkey/passkey-client.ts`
 * (the classes spa-js's passkey and MFA APIs are built on). Every registered OAuth 2.0,
 * OpenID Connect, bearer-token (RFC 6750), device-flow (RFC 8628) and step-up (RFC 9470) `error` is
 * here too, each to the code `toAuthError` gives it (src/core/oauthCode.ts; a test holds the two
 * together): an adapter loads nothing of the root entry, so it cannot ask `toAuthError`.
 */
export const AUTH0_ERROR_CODES = [
  'invalid_credentials invalid_user_password',
  // "The account is blocked due to too many attempts to sign in" (brute-force protection). The MFA
  // API sends it too (spa-js MfaChallengeError) after too many failed codes: a wait either way, never
  // an automatic retry, so account_locked rather than rate_limited.
  'account_locked too_many_attempts',
  // An admin-blocked user is `unauthorized` (or, on a refresh, `invalid_grant`) with the description
  // AUTH0_USER_BLOCKED below; `unauthorized` with any other is a rule's refusal (step_blocked).
  'account_disabled blocked_user',
  'password_must_be_reset password_leaked',
  'mfa_required mfa_required',
  // RFC 9470 (as toAuthError's OAuth table): the resource server asks for a stronger sign-in.
  'step_up_required insufficient_user_authentication',
  // unsupported_challenge_type: no enrolled factor can be challenged (Auth0.Android isMultifactorEnrollRequired).
  'mfa_enrolment_required mfa_registration_required unsupported_challenge_type',
  // Bot detection ("Suspicious request requires verification") and Lock's captcha errors.
  'captcha_required requires_verification requires_validation invalid_captcha invalid_recaptcha',
  // InvalidConfigurationError (spa-js src/errors.ts): an option combination the SDK refuses.
  // invalid_fetch_url: spa-js's Web Worker refused to send the token request to a URL other than the
  // tenant's (src/worker/token.worker.ts, thrown by src/http.ts).
  'invalid_client invalid_client invalid_configuration invalid_fetch_url',
  'invalid_grant invalid_grant',
  'invalid_scope invalid_scope',
  // Passkeys (spa-js src/passkey/PasskeyApiClient.ts PasskeyError, and auth-js src/passkey/errors.ts when
  // their `cause` says no more): WebAuthn missing in this browser (passkey_not_supported: this line comes
  // before *_not_supported's, so it wins), a credential that is neither an attestation nor an assertion,
  // a challenge or token request refused. NotAllowedError: the browser's WebAuthn prompt ended without a
  // credential, which it does not tell apart from a timeout or no passkey on the device (the WebAuthn
  // spec, for privacy); spa-js passes it on as is. Another method is what is left either way.
  'webauthn_failed passkey_* NotAllowedError',
  // *_not_supported: OpenID Connect's request_not_supported, request_uri_not_supported, registration_not_supported.
  // method_not_allowed (405): the SDK called an endpoint with the wrong HTTP method.
  'unauthorized_client unauthorized_client unsupported_grant_type unsupported_response_type endpoint_disabled method_not_allowed *_not_supported',
  'consent_required consent_required interaction_required account_selection_required missing_scopes',
  'state_mismatch state_mismatch',
  // RFC 6750; spa-js also throws it for an ID token whose session_expiry claim is malformed.
  'token_expired invalid_token',
  'session_expired login_required missing_refresh_token',
  // TimeoutError: silent authentication (the iframe) or the token request timed out. UseDpopNonceError
  // (use_dpop_nonce): the server still refused the DPoP proof after spa-js retried once with its new
  // nonce (src/http.ts); one more try later is what is left. interactive_handler_cache_miss: the popup
  // getTokenSilently opened (interactiveErrorHandler) signed in, but its token is not in the cache for the
  // audience and scope asked; the session it made is there for one more silent try.
  'silent_auth_failed timeout use_dpop_nonce interactive_handler_cache_miss',
  'totp_invalid mfa_invalid_code invalid_otp',
  'flow_expired expired_token',
  // PopupOpenError (popup_open): window.open returned null, the browser blocked the popup.
  // missing_connect_code: the connect-account redirect came back without its code (src/Auth0Client.ts).
  'flow_invalid invalid_request missing_transaction missing_connect_code context_not_found mfa_context_not_found popup_open invalid_request_uri invalid_request_object',
  'rate_limited too_many_requests slow_down',
  // A failed response without an `error`: spa-js's request_error (src/http.ts getJSON) and revoke_error
  // (src/api.ts, revoking refresh tokens on logout), auth-js's unknown_error (a passkey response whose
  // body is not JSON: src/passkey/passkey-client.ts).
  'server_error server_error request_error revoke_error unknown_error',
  'service_unavailable temporarily_unavailable',
  'permission_denied access_denied insufficient_scope',
  'validation_failed invalid_password invalid_signup password_strength_error password_dictionary_error password_no_user_info_error PasswordStrengthError PasswordDictionaryError PasswordNoUserInfoError PasswordHistoryError invalid_phone_number',
  'conflict user_exists username_exists',
  // A rule or Action refused the sign-up or sign-in ("May have to do with the violation of a specific
  // rule"; Auth0.Android isRuleError): its message is in error_description, for logs.
  'step_blocked unauthorized',
  // PopupCancelledError: the user closed the popup. passkey_cancelled: the browser gave no passkey back
  // (spa-js PasskeyApiClient). RFC 8628: the user has not yet approved on the other device; polling goes on.
  'aborted cancelled passkey_cancelled authorization_pending',
] as const satisfies CodeTable;

/** The field each code is about. */
export const AUTH0_FIELDS = [
  'password invalid_password password_strength_error password_dictionary_error password_no_user_info_error PasswordStrengthError PasswordDictionaryError PasswordNoUserInfoError PasswordHistoryError',
  'email user_exists',
  'username username_exists',
  'phone_number invalid_phone_number',
] as const satisfies CodeTable<string>;

/**
 * Auth0 answers a wrong password, a wrong one-time code and an expired refresh token alike, as
 * `invalid_grant`; only `error_description` tells them apart, so these descriptions are matched
 * exactly (entries separated by `|`) and any other stays `invalid_grant`. They are the ones
 * Auth0's own SDKs test: auth0/Auth0.Android `auth0/src/main/java/com/auth0/android/authentication/AuthenticationException.kt`
 * (`isInvalidCredentials`, `isMultifactorCodeInvalid`).
 */
export const AUTH0_INVALID_GRANT_DESCRIPTIONS = [
  'invalid_credentials|Wrong email or password.|Wrong email or verification code.|Wrong phone number or verification code.',
  'totp_invalid|Invalid otp_code.|Invalid binding_code.',
] as const satisfies MessageTable;

/**
 * What the browser's fetch says when the request never got an answer, which spa-js rethrows as is
 * (`TypeError`; an `Error` from its Web Worker), and spa-js's own timeout of a token request
 * (src/http.ts, src/worker/token.worker.ts): Chrome's, Firefox's and Safari's messages, matched
 * exactly on an error without an Auth0 `error`.
 */
export const AUTH0_NETWORK_MESSAGES = [
  "network_error|Failed to fetch|NetworkError when attempting to fetch resource.|Load failed|Timeout when executing 'fetch'",
] as const satisfies MessageTable;

/**
 * Auth0's description of a user an admin blocked, with `unauthorized` from `/authorize` and with
 * `invalid_grant` on a refresh: auth0-spa-js logs the user out on it (src/constants.ts
 * `USER_BLOCKED_ERROR_MESSAGE`). Matched exactly, on any error.
 */
export const AUTH0_USER_BLOCKED = 'user is blocked';

/**
 * What `/authorize` says, with `error=login_required`, when silent authentication needs MFA
 * (auth0-spa-js `MFA_STEP_UP_ERROR_DESCRIPTION`). Only this description tells it apart from a
 * session that is simply gone, so it is matched exactly.
 */
export const AUTH0_MFA_STEP_UP = 'Multifactor authentication required';
