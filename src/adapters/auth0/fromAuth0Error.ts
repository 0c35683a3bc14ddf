import { adapt, fromStatus, lookup, rec, type AdapterCode } from '../adapt';
import type { IntelliAuthError } from '../../core/IntelliAuthError';
import { AUTH0_ERROR_CODES, AUTH0_FIELDS, AUTH0_INVALID_GRANT_DESCRIPTIONS, AUTH0_MFA_STEP_UP, AUTH0_NETWORK_MESSAGES, AUTH0_USER_BLOCKED } from './AUTH0_ERROR_CODES';

const requirements = (value: unknown) => Array.isArray(value) && value.length > 0;

/** The first of an error's `error`, `name` and `code` that the table holds. */
const known = (e: Record<string, unknown>) => [e.error, e.name, e.code].find((value) => lookup(AUTH0_ERROR_CODES, value));

/**
 * Turns an Auth0 error into an {@link IntelliAuthError}: what auth0-spa-js and auth0-react throw
 * (`GenericError`, `AuthenticationError`, `MfaRequiredError`, `TimeoutError`, `PopupCancelledError`,
 * `PasskeyError`…), what @auth0/auth0-auth-js throws (`TokenByPasswordError`, `MfaVerifyError`,
 * `PasskeyGetTokenError`…: the server's answer is read from its `cause`, as is an Auth0 error an app
 * wrapped in `new Error('…', { cause })`), an Authentication API body (`{ error, error_description }`)
 * or a sign-up API body (`{ name, code, description }`). `mfa_required` keeps its `mfa_token` in
 * `details.mfa_token` (and becomes `mfa_enrolment_required` when Auth0 asks only for enrolment); a
 * silent sign-in that needs MFA becomes `step_up_required`; `invalid_grant` with Auth0's
 * wrong-credentials or wrong-code description becomes `invalid_credentials` or `totp_invalid`; an
 * admin-blocked user ("user is blocked") becomes `account_disabled`, and `unauthorized` otherwise (a
 * rule's refusal) `step_blocked`. The fetch failure spa-js rethrows (`TypeError: Failed to fetch`)
 * becomes `network_error`. A passkey error (`passkey_*`, or the WebAuthn prompt's `NotAllowedError`) is
 * `webauthn_failed`, and `passkey_cancelled` `aborted`. Never throws: anything unknown becomes `unknown`. The original is kept as
 * `cause`; `error_description` is for logs, never shown.
 *
 * @example
 * try {
 *   await getAccessTokenSilently()
 * } catch (error) {
 *   showAuthError(fromAuth0Error(error))
 * }
 */
export function fromAuth0Error(error: unknown): IntelliAuthError {
  return adapt(error, (thrown) => {
    // auth0-auth-js keeps the server's answer as `cause` ({ error, error_description, mfa_token… }) under
    // an SDK code of its own (`passkey_get_token_error`), and an app may wrap an Auth0 error the same way
    // (`new Error('…', { cause })`): a cause the table knows says more than the error around it, and is
    // read instead (its description, mfa_token and status too). Any other cause (none, not an object,
    // nothing the table holds in its error, name or code) leaves the error itself to say what it can.
    // One level only, so a cause that holds itself is read once; a `cause` getter that throws makes the
    // whole error unknown, as any throwing getter does (adapt).
    const cause = rec(thrown.cause);
    const e = known(cause) ? cause : thrown;
    const description = e.error_description ?? e.description;
    const key = known(e) ?? e.error ?? e.code;
    let code: AdapterCode | undefined = lookup(AUTH0_ERROR_CODES, key);
    const mfa = rec(e.mfa_requirements);
    if (description === AUTH0_USER_BLOCKED) code = 'account_disabled';
    else if (code === 'session_expired' && description === AUTH0_MFA_STEP_UP) code = 'step_up_required';
    // A wrong password or one-time code: Auth0 tells them from other invalid_grant answers by text only.
    else if (code === 'invalid_grant') code = lookup(AUTH0_INVALID_GRANT_DESCRIPTIONS, description, '|') ?? code;
    else if (code === 'mfa_required' && requirements(mfa.enroll) && !requirements(mfa.challenge)) code = 'mfa_enrolment_required';
    // PopupTimeoutError: the user never finished signing in in the popup.
    else if (code === 'silent_auth_failed' && 'popup' in e) code = 'flow_expired';
    const status = e.statusCode ?? e.status;
    return {
      // Without an Auth0 error: a request that got no answer, else the HTTP status.
      code: code ?? (key === undefined ? (lookup(AUTH0_NETWORK_MESSAGES, e.message, '|') ?? fromStatus(status)) : undefined),
      message: description ?? e.message,
      status,
      fields: [lookup(AUTH0_FIELDS, key)],
      details: {
        mfa_token: typeof e.mfa_token === 'string' ? e.mfa_token : undefined,
      },
    };
  });
}
