import { isAuthErrorCode } from '../catalogue/isAuthErrorCode';

// The registered OAuth 2.0 / OpenID Connect error codes, each mapped to the catalogue code whose
// copy and outcome fit what the user should see. Codes the catalogue has under the same name
// (invalid_client, invalid_grant, invalid_scope, unauthorized_client, consent_required,
// server_error) are kept by isAuthErrorCode and need no row.
//
// RFC 6749 §4.1.2.1 (authorization endpoint) and §5.2 (token endpoint):
//   invalid_request           → flow_invalid: a request the app built wrongly, often from a lost
//                               state or code_verifier; starting over is the way out.
//   unauthorized_client       (kept) configuration error.
//   access_denied             → permission_denied: the user or the server refused; asking again
//                               would loop when it is a policy.
//   unsupported_response_type → unauthorized_client: the app asks for something the server does
//   unsupported_grant_type      not offer; configuration error, not for the user to fix.
//   invalid_scope, invalid_client, invalid_grant, server_error (kept).
//   temporarily_unavailable   → service_unavailable.
// OpenID Connect Core 1.0 §3.1.2.6 (prompt=none and request objects):
//   login_required            → session_expired: no session at the server; sign in again.
//   interaction_required      → consent_required: the server needs the user at its own page;
//   account_selection_required  both send the user through interactive sign-in with "Continue".
//   consent_required          (kept).
//   invalid_request_uri       → flow_invalid: a pushed request_uri that expired or was used
//   invalid_request_object      twice, or a request object that failed; start over.
//   request_not_supported     → unauthorized_client: the server does not offer what the app
//   request_uri_not_supported   sends; configuration error.
//   registration_not_supported
// RFC 6750 §3.1 (bearer token, usually in WWW-Authenticate):
//   invalid_request           as above.
//   invalid_token             → token_expired: refresh the access token, then retry.
//   insufficient_scope        → permission_denied: the token does not carry the right; signing
//                               in again gives the same token.
// RFC 8628 §3.5 (device authorization grant, token endpoint while polling):
//   authorization_pending     → aborted: not an error for the user, who is still approving on
//                               another device; nothing is shown and polling goes on.
//   slow_down                 → rate_limited: poll less often.
//   access_denied             as above.
//   expired_token             → flow_expired: the device code expired; start a new one.
// RFC 9470 §3 (step-up authentication challenge):
//   insufficient_user_authentication → step_up_required: the app's step-up UI takes over.
// The five "not supported" codes (unsupported_response_type, unsupported_grant_type,
// request_not_supported, request_uri_not_supported, registration_not_supported) are read by that
// word, below.
const OAUTH_CODES: Readonly<Record<string, string>> = {
  invalid_request: 'flow_invalid',
  access_denied: 'permission_denied',
  temporarily_unavailable: 'service_unavailable',
  login_required: 'session_expired',
  interaction_required: 'consent_required',
  account_selection_required: 'consent_required',
  invalid_request_uri: 'flow_invalid',
  invalid_request_object: 'flow_invalid',
  invalid_token: 'token_expired',
  insufficient_scope: 'permission_denied',
  authorization_pending: 'aborted',
  slow_down: 'rate_limited',
  expired_token: 'flow_expired',
  insufficient_user_authentication: 'step_up_required',
};

/**
 * The code an OAuth `error` value stands for: a catalogue code as is, a registered one mapped
 * (the five "not supported" ones, `unsupported_*` and `*_not_supported`, by that word), else `unknown`.
 */
export function oauthCode(value: string): string {
  if (isAuthErrorCode(value)) return value;
  return Object.hasOwn(OAUTH_CODES, value) ? (OAUTH_CODES[value] as string) : /supported/.test(value) ? 'unauthorized_client' : 'unknown';
}
