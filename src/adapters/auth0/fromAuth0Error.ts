import { adapt, fromStatus, lookup, rec, type AdapterCode } from '../adapt';
import type { IntelliAuthError } from '../../core/IntelliAuthError';
import { AUTH0_ERROR_CODES, AUTH0_FIELDS, AUTH0_INVALID_GRANT_DESCRIPTIONS, AUTH0_MFA_STEP_UP, AUTH0_NETWORK_MESSAGES, AUTH0_USER_BLOCKED } from './AUTH0_ERROR_CODES';

const requirements = (value: unknown) => Array.isArray(value) && value.length > 0;

/**
 * Turns an Auth0 error into an {@link IntelliAuthError}: what auth0-spa-js and auth0-react throw
 * (`GenericError`, `AuthenticationError`, `MfaRequiredError`, `TimeoutError`, `PopupCancelledError`…),
 * an Authentication API body (`{ error, error_description }`) or a sign-up API body
 * (`{ name, code, description }`). `mfa_required` keeps its `mfa_token` in `details.mfa_token` (and
 * becomes `mfa_enrolment_required` when Auth0 asks only for enrolment); a silent sign-in that needs
 * MFA becomes `step_up_required`; `invalid_grant` with Auth0's wrong-credentials or wrong-code
 * description becomes `invalid_credentials` or `totp_invalid`; an admin-blocked user ("user is
 * blocked") becomes `account_disabled`, and `unauthorized` otherwise (a rule's refusal)
 * `step_blocked`. The fetch failure spa-js rethrows (`TypeError: Failed to fetch`) becomes
 * `network_error`. Never throws: anything unknown becomes `unknown`. The original is kept as
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
  return adapt(error, (e) => {
    const description = e.error_description ?? e.description;
    const key = [e.error, e.name, e.code].find((value) => lookup(AUTH0_ERROR_CODES, value)) ?? e.error ?? e.code;
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
