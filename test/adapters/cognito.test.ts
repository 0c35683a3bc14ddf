import { resolveOutcome } from '../../src';
import { fromCognitoError } from '../../src/adapters/cognito';
import { COGNITO_ERROR_CODES, COGNITO_NOT_AUTHORIZED_MESSAGES } from '../../src/adapters/cognito/COGNITO_ERROR_CODES';
import { expectSafe, hostile, tableCases } from './support';

// The shape of Amplify's AuthError (@aws-amplify/core AmplifyError), recreated without the SDK.
class AuthError extends Error {
  constructor(params: { name: string; message: string; recoverySuggestion?: string; underlyingError?: unknown; metadata?: { httpStatusCode?: number; requestId?: string } }) {
    super(params.message);
    this.name = params.name;
    Object.assign(this, { recoverySuggestion: params.recoverySuggestion, underlyingError: params.underlyingError, metadata: params.metadata });
  }
}

const notAuthorized = (message: string) => new AuthError({ name: 'NotAuthorizedException', message, metadata: { httpStatusCode: 400 } });

describe(fromCognitoError, () => {
  it.each(tableCases(COGNITO_ERROR_CODES))('should turn %s into %s', (value, code) => {
    const input = /^[A-Z_]+$/.test(value) ? { isSignedIn: false, nextStep: { signInStep: value } } : new AuthError({ name: value, message: 'Server text' });

    expect(fromCognitoError(input).code).toBe(code);
  });

  it.each(tableCases(COGNITO_NOT_AUTHORIZED_MESSAGES, '|'))('should turn NotAuthorizedException "%s" into %s', (message, code) => {
    expect(fromCognitoError(notAuthorized(message)).code).toBe(code);
  });

  it('should keep "Incorrect username or password." and any other NotAuthorizedException message as invalid_credentials', () => {
    expect(fromCognitoError(notAuthorized('Incorrect username or password.')).code).toBe('invalid_credentials');
    expect(fromCognitoError(notAuthorized('password attempts exceeded')).code).toBe('invalid_credentials');
    expect(fromCognitoError(notAuthorized('Unable to verify secret hash for client abc')).code).toBe('invalid_credentials');
  });

  it('should answer UserNotFoundException exactly as a wrong password', () => {
    const { cause: _a, message: _b, ...notFound } = fromCognitoError(new AuthError({ name: 'UserNotFoundException', message: 'User does not exist.', metadata: { httpStatusCode: 400 } }));
    const { cause: _c, message: _d, ...wrong } = fromCognitoError(notAuthorized('Incorrect username or password.'));

    expect(notFound).toEqual(wrong);
  });

  it('should keep the HTTP status, the message (for logs) and the original as cause', () => {
    const original = notAuthorized('User is disabled.');

    expect(fromCognitoError(original)).toEqual({ code: 'account_disabled', message: 'User is disabled.', status: 400, cause: original });
  });

  it('should read the status of an AWS SDK exception ($metadata)', () => {
    const error = Object.assign(new Error('Rate exceeded'), { name: 'TooManyRequestsException', $metadata: { httpStatusCode: 429 } });

    expect(fromCognitoError(error)).toMatchObject({ code: 'rate_limited', status: 429 });
  });

  // Every Empty* name of Amplify's AuthValidationErrorCode (amplify-js packages/auth/src/errors/types/validation.ts;
  // the value of EmptyResendSignUpCodeUsername is spelled EmptyresendSignUpCodeUsername there), and Cognito's own.
  it.each([
    ['InvalidPasswordException', 'password'],
    ['PasswordHistoryPolicyViolationException', 'password'],
    ['EmptySignInUsername', 'username'],
    ['EmptySignInPassword', 'password'],
    ['EmptySignUpUsername', 'username'],
    ['EmptySignUpPassword', 'password'],
    ['EmptyConfirmSignUpUsername', 'username'],
    ['EmptyConfirmSignUpCode', 'code'],
    ['EmptyresendSignUpCodeUsername', 'username'],
    ['EmptyChallengeResponse', 'code'],
    ['EmptyConfirmResetPasswordUsername', 'username'],
    ['EmptyConfirmResetPasswordNewPassword', 'password'],
    ['EmptyConfirmResetPasswordConfirmationCode', 'code'],
    ['EmptyResetPasswordUsername', 'username'],
  ])('should turn %s into validation_failed on the %s field only', (name, field) => {
    expect(fromCognitoError(new AuthError({ name, message: 'x' }))).toMatchObject({ code: 'validation_failed', details: { fields: { [field]: '' } } });
    expect(Object.keys(fromCognitoError(new AuthError({ name, message: 'x' })).details?.fields ?? {})).toEqual([field]);
  });

  it('should name username as the conflicting field of UsernameExistsException', () => {
    const error = new AuthError({ name: 'UsernameExistsException', message: 'User already exists', metadata: { httpStatusCode: 400 } });

    expect(resolveOutcome(fromCognitoError(error))).toMatchObject({ kind: 'notice', fields: ['username'] });
  });

  // Cognito's message names the attribute an AliasExistsException (from ConfirmSignUp, UpdateUserAttributes…) is about.
  it.each([
    ['AliasExistsException', 'An account with the given email already exists.', 'email'],
    ['AliasExistsException', 'An account with the given phone_number already exists.', 'phone_number'],
    // A pool whose usernames are emails: the username in use is the email.
    ['UsernameExistsException', 'An account with the given email already exists.', 'email'],
  ])('should name the attribute %s "%s" is about as the conflicting field', (name, message, field) => {
    const error = fromCognitoError(new AuthError({ name, message, metadata: { httpStatusCode: 400 } }));

    expect(error).toMatchObject({ code: 'conflict', details: { fields: { [field]: '' } } });
    expect(resolveOutcome(error)).toMatchObject({ kind: 'notice', fields: [field] });
  });

  it('should name no field of an AliasExistsException whose message names none', () => {
    const error = fromCognitoError(new AuthError({ name: 'AliasExistsException', message: 'Alias exists', metadata: { httpStatusCode: 400 } }));

    expect(error.code).toBe('conflict');
    expect(error.details).toBeUndefined();
  });

  // A challenge answered after the sign-in's session (the app client's AuthSessionValidity) ran out.
  it('should start the sign-in over when the MFA code comes after its session expired', () => {
    const error = fromCognitoError(notAuthorized('Invalid session for the user, session is expired.'));

    expect(resolveOutcome(error)).toMatchObject({ code: 'flow_expired', kind: 'restart', actions: ['startOver'] });
  });

  it('should keep an expired temporary password invalid_credentials (no AWS source states its message)', () => {
    expect(fromCognitoError(notAuthorized('Temporary password has expired and must be reset by an administrator.')).code).toBe('invalid_credentials');
  });

  it('should hand a sign-in that asks for a TOTP code to the MFA UI, and TOTP setup to enrolment', () => {
    expect(resolveOutcome(fromCognitoError({ isSignedIn: false, nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' } }))).toMatchObject({ kind: 'handoff', handoff: 'mfa' });
    expect(resolveOutcome(fromCognitoError({ isSignedIn: false, nextStep: { signInStep: 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP' } }))).toMatchObject({ kind: 'handoff', handoff: 'mfaEnrolment' });
  });

  // Every nextStep.signInStep of Amplify's signIn / confirmSignIn that hands off (packages/auth/src/types/models.ts).
  it.each([
    ['CONFIRM_SIGN_IN_WITH_TOTP_CODE', 'mfa_required'],
    ['CONFIRM_SIGN_IN_WITH_SMS_CODE', 'mfa_required'],
    ['CONFIRM_SIGN_IN_WITH_EMAIL_CODE', 'mfa_required'],
    ['CONTINUE_SIGN_IN_WITH_MFA_SELECTION', 'mfa_required'],
    ['CONTINUE_SIGN_IN_WITH_TOTP_SETUP', 'mfa_enrolment_required'],
    ['CONTINUE_SIGN_IN_WITH_EMAIL_SETUP', 'mfa_enrolment_required'],
    ['CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION', 'mfa_enrolment_required'],
    ['CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED', 'password_must_be_reset'],
    ['RESET_PASSWORD', 'password_must_be_reset'],
    ['CONFIRM_SIGN_UP', 'email_unverified'],
  ])('should turn the sign-in step %s into %s', (signInStep, code) => {
    expect(fromCognitoError({ isSignedIn: false, nextStep: { signInStep } }).code).toBe(code);
  });

  it.each([
    // TokenOrchestrator.ts: "Token was revoked by admin", "Refresh token invalidated by rotation".
    ['TokenRevokedException', 'session_revoked'],
    ['RefreshTokenReuseException', 'session_revoked'],
    // RevokeToken's errors (Cognito user pools API reference).
    ['UnauthorizedException', 'token_expired'],
    ['UnsupportedOperationException', 'unauthorized_client'],
    ['UnsupportedTokenTypeException', 'unauthorized_client'],
    // Identity pools' GetId and GetCredentialsForIdentity.
    ['ExternalServiceException', 'server_error'],
  ])('should turn the service exception %s into %s', (name, code) => {
    expect(fromCognitoError(new AuthError({ name, message: 'Server text', metadata: { httpStatusCode: 400 } })).code).toBe(code);
  });

  it('should turn Amplify\'s NoSessionFoundException (no tokens stored) into session_expired', () => {
    const error = new AuthError({ name: 'NoSessionFoundException', message: 'Auth session was not found. Make sure to call signIn.' });

    expect(resolveOutcome(fromCognitoError(error))).toMatchObject({ kind: 'reauthenticate', messageKey: 'codes.session_expired' });
  });

  // packages/auth/src/client/utils/passkey/errors/passkeyError.ts: a PasskeyError's name is its code.
  it.each([
    ['PasskeyNotSupported', 'webauthn_failed'],
    ['InvalidPasskeyRegistrationOptions', 'webauthn_failed'],
    ['InvalidPasskeyAuthenticationOptions', 'webauthn_failed'],
    ['RelyingPartyMismatch', 'webauthn_failed'],
    ['PasskeyRegistrationFailed', 'webauthn_failed'],
    ['PasskeyRetrievalFailed', 'webauthn_failed'],
    ['PasskeyAlreadyExists', 'conflict'],
    ['PasskeyRegistrationCanceled', 'aborted'],
    ['PasskeyAuthenticationCanceled', 'aborted'],
    ['PasskeyOperationAborted', 'aborted'],
  ])("should turn Amplify's PasskeyError %s into %s", (name, code) => {
    expect(fromCognitoError(new AuthError({ name, message: 'x', recoverySuggestion: 'y' })).code).toBe(code);
  });

  it.each([
    ['CustomAuthSignInPassword', { password: '' }],
    ['IncorrectMFAMethod', undefined],
    ['InvalidPreferredChallenge', undefined],
  ])("should turn Amplify's validation error %s into validation_failed", (name, fields) => {
    expect(fromCognitoError(new AuthError({ name, message: 'x' })).code).toBe('validation_failed');
    expect(fromCognitoError(new AuthError({ name, message: 'x' })).details?.fields).toEqual(fields);
  });

  // Amplify's own AuthErrors, each with the message it throws (aws-amplify/amplify-js packages/auth/src).
  it('should start a sign-in over when the remembered device\'s keys are gone (DeviceMetadataNotFoundException)', () => {
    const error = new AuthError({
      name: 'DeviceMetadataNotFoundException',
      message: 'Either deviceKey, deviceGroupKey or secretPassword were not found during the sign-in process.',
      recoverySuggestion: 'Make sure to not clear storage after calling the signIn API.',
    });

    expect(resolveOutcome(fromCognitoError(error))).toMatchObject({ code: 'flow_invalid', kind: 'restart' });
  });

  it.each([
    ['SetUpTOTPException', 'Failed to set up TOTP.'],
    ['OAuthSignOutException', 'An error occurred when attempting to log out from OAuth provider.'],
  ])('should offer to try %s again (server_error)', (name, message) => {
    expect(resolveOutcome(fromCognitoError(new AuthError({ name, message })))).toMatchObject({ code: 'server_error', kind: 'retry' });
  });

  it('should turn a lockout into a countdown without a timer (Cognito gives no duration)', () => {
    expect(resolveOutcome(fromCognitoError(notAuthorized('Password attempts exceeded')))).toMatchObject({ kind: 'countdown', retryAfterS: undefined });
  });

  it('should turn a name it does not know, or a finished sign-in, into unknown', () => {
    expect(fromCognitoError(new AuthError({ name: 'Unknown', message: 'x' })).code).toBe('unknown');
    expect(fromCognitoError({ isSignedIn: true, nextStep: { signInStep: 'DONE' } }).code).toBe('unknown');
    expect(fromCognitoError({ isSignedIn: false, nextStep: { signInStep: 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION' } }).code).toBe('unknown');
    expect(fromCognitoError(new AuthError({ name: '__proto__', message: 'x' })).code).toBe('unknown');
  });

  it('should turn a revoked Proxy into unknown', () => {
    expect(fromCognitoError(hostile()).code).toBe('unknown');
  });

  it('should never throw, and always give a code, for any input', () => {
    expectSafe(fromCognitoError);
  });
});
