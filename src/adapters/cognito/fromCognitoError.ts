import { adapt, lookup, rec, type AdapterCode } from '../adapt';
import type { IntelliAuthError } from '../../core/IntelliAuthError';
import { COGNITO_ERROR_CODES, COGNITO_NOT_AUTHORIZED_MESSAGES } from './COGNITO_ERROR_CODES';

/**
 * The field an exception is about. A conflict's message names the attribute in use, as Cognito
 * writes it: "An account with the given email already exists." for an AliasExistsException (an
 * email or phone number that is another user's sign-in alias; Cognito API reference, AliasExistsException)
 * or a UsernameExistsException in a pool whose usernames are emails, "… the given phone_number …" for
 * a phone number. AWS's Amplify UI matches that email message exactly (aws-amplify/amplify-ui
 * packages/ui/src/i18n/dictionaries/authenticator/*.ts); the phone_number one is the same sentence,
 * as apps see it. Otherwise the name's last word tells (`EmptySignInPassword`, `InvalidPasswordException`;
 * `EmptyResetPasswordUsername` is the username, `EmptyConfirmResetPasswordConfirmationCode` the code),
 * so a code, then a username, are tested before a password.
 */
function fieldOf(name: string, message: unknown): string | undefined {
  const attribute = /^An account with the given (\w+) already exists\.$/.exec(String(message))?.[1];
  if (attribute) return attribute;
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
      fields: code === 'validation_failed' || code === 'conflict' ? [fieldOf(String(name), e.message)] : [],
    };
  });
}
