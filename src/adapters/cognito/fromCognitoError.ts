import { adapt, lookup, rec, type AdapterCode } from '../adapt';
import type { IntelliAuthError } from '../../core/IntelliAuthError';
import { COGNITO_ERROR_CODES, COGNITO_NOT_AUTHORIZED_MESSAGES } from './COGNITO_ERROR_CODES';

/**
 * The field an exception's name is about (`EmptySignInPassword`, `InvalidPasswordException`…): the
 * last word tells (`EmptyResetPasswordUsername` is the username, `EmptyConfirmResetPasswordConfirmationCode`
 * the code), so a code, then a username, are tested before a password.
 */
function fieldOf(name: string): string | undefined {
  if (/Code$|ChallengeResponse$/.test(name)) return 'code';
  if (/Username/i.test(name)) return 'username';
  return /Password/.test(name) ? 'password' : undefined;
}

/**
 * Turns an Amplify `AuthError` or a Cognito exception (by `name`) into an {@link IntelliAuthError},
 * and so does the result of Amplify's `signIn` / `confirmSignIn` when it asks for another step
 * (`nextStep.signInStep`: an MFA code → `mfa_required`, TOTP setup → `mfa_enrolment_required`, a new
 * password → `password_must_be_reset`). `NotAuthorizedException` is told apart by Cognito's
 * documented messages only (a lockout, a disabled user, expired or revoked tokens); any other
 * message is `invalid_credentials`. Never throws: anything unknown becomes `unknown`. The original
 * is kept as `cause`; its message is for logs, never shown.
 *
 * @example
 * const result = await signIn({ username, password }).catch(fromCognitoError)
 * if ('code' in result) showAuthError(result)
 * else if (result.nextStep.signInStep !== 'DONE') showAuthError(fromCognitoError(result))
 */
export function fromCognitoError(error: unknown): IntelliAuthError {
  return adapt(error, (e) => {
    const step = rec(e.nextStep).signInStep;
    const name = typeof step === 'string' ? step : e.name;
    let code: AdapterCode | undefined = lookup(COGNITO_ERROR_CODES, name);
    if (name === 'NotAuthorizedException') code = lookup(COGNITO_NOT_AUTHORIZED_MESSAGES, e.message, '|') ?? code;
    const status = rec(e.metadata).httpStatusCode ?? rec(e.$metadata).httpStatusCode;
    return {
      code,
      message: e.message,
      status,
      fields: code === 'validation_failed' || code === 'conflict' ? [fieldOf(String(name))] : [],
    };
  });
}
