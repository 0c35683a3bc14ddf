import { resolveOutcome, toAuthError } from '../../src';
import { fromAuth0Error } from '../../src/adapters/auth0';
import { AUTH0_ERROR_CODES, AUTH0_INVALID_GRANT_DESCRIPTIONS, AUTH0_NETWORK_MESSAGES } from '../../src/adapters/auth0/AUTH0_ERROR_CODES';
import fc from 'fast-check';
import { expectSafe, hostile, junk, tableCases } from './support';

// The shapes auth0-spa-js (src/errors.ts) throws, recreated without the SDK.
class GenericError extends Error {
  constructor(
    public error: string,
    public error_description: string,
  ) {
    super(error_description);
  }
}
class MfaRequiredError extends GenericError {
  constructor(
    error: string,
    error_description: string,
    public mfa_token: string,
    public mfa_requirements: { enroll?: { type: string }[]; challenge?: { type: string }[] },
  ) {
    super(error, error_description);
  }
}
class TimeoutError extends GenericError {
  constructor() {
    super('timeout', 'Timeout');
  }
}
class PopupTimeoutError extends TimeoutError {
  constructor(public popup: unknown) {
    super();
  }
}
class PopupOpenError extends GenericError {
  constructor() {
    super('popup_open', 'Unable to open a popup for loginWithPopup - window.open returned `null`');
  }
}
class InvalidConfigurationError extends GenericError {
  constructor(
    message: string,
    public suggestion: string,
  ) {
    super('invalid_configuration', `${message} ${suggestion}`);
  }
}
class UseDpopNonceError extends GenericError {
  constructor(public newDpopNonce: string | undefined) {
    super('use_dpop_nonce', 'Server rejected DPoP proof: wrong nonce');
  }
}
class PopupCancelledError extends GenericError {
  constructor(public popup: unknown) {
    super('cancelled', 'Popup closed');
  }
}
class MissingRefreshTokenError extends GenericError {
  constructor() {
    super('missing_refresh_token', "Missing Refresh Token (audience: '', scope: 'openid')");
  }
}
// spa-js src/passkey/errors.ts: its own passkey errors, a code and a message (PasskeyApiClient gives none a cause).
class PasskeyError extends Error {
  constructor(
    public readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'PasskeyError';
  }
}

// The shapes @auth0/auth0-auth-js throws (packages/auth0-auth-js/src/errors.ts, src/mfa/errors.ts,
// src/passkey/errors.ts), which spa-js's passkey and MFA APIs are built on: an SDK code of their own,
// and the server's answer as `cause`.
interface OAuth2Error {
  error: string;
  error_description: string;
  message?: string | undefined;
  mfa_token?: string | undefined;
  mfa_requirements?: { enroll?: { type: string }[]; challenge?: { type: string }[] } | undefined;
}
/** An auth-js error class: its SDK `code`, and as `cause` the fields of the server's answer it keeps. */
const authJsError = (name: string, code: string, keep: readonly (keyof OAuth2Error)[]) =>
  class extends Error {
    public readonly code = code;
    public override cause?: Partial<OAuth2Error> | undefined;
    constructor(message: string, cause?: OAuth2Error) {
      super(message);
      this.name = name;
      this.cause = cause && Object.fromEntries(keep.map((key) => [key, cause[key]]));
    }
  };
// ApiError (TokenBy*Error) and PasskeyGetTokenError keep mfa_token and mfa_requirements; MfaError and
// the other PasskeyErrors keep error, error_description and message only.
const API_ERROR_KEYS = ['error', 'error_description', 'message', 'mfa_token', 'mfa_requirements'] as const;
const CAUSE_KEYS = ['error', 'error_description', 'message'] as const;
const TokenByPasswordError = authJsError('TokenByPasswordError', 'token_by_password_error', API_ERROR_KEYS);
const TokenByRefreshTokenError = authJsError('TokenByRefreshTokenError', 'token_by_refresh_token_error', API_ERROR_KEYS);
const TokenByCodeError = authJsError('TokenByCodeError', 'token_by_code_error', API_ERROR_KEYS);
const PasskeyGetTokenError = authJsError('PasskeyGetTokenError', 'passkey_get_token_error', API_ERROR_KEYS);
const MfaVerifyError = authJsError('MfaVerifyError', 'mfa_verify_error', CAUSE_KEYS);
const PasskeyRegisterError = authJsError('PasskeyRegisterError', 'passkey_register_error', CAUSE_KEYS);
const PasskeyChallengeError = authJsError('PasskeyChallengeError', 'passkey_challenge_error', CAUSE_KEYS);

describe(fromAuth0Error, () => {
  it.each(tableCases(AUTH0_ERROR_CODES))('should turn %s into %s', (value, code) => {
    expect(fromAuth0Error(new GenericError(value, 'Server text')).code).toBe(code);
  });

  // auth0/Auth0.Android AuthenticationException.kt isInvalidCredentials / isMultifactorCodeInvalid:
  // the same invalid_grant, told apart by error_description only.
  it.each(tableCases(AUTH0_INVALID_GRANT_DESCRIPTIONS, '|'))('should turn invalid_grant "%s" into %s', (description, code) => {
    expect(fromAuth0Error(new GenericError('invalid_grant', description)).code).toBe(code);
  });

  it('should answer a wrong password on /oauth/token (invalid_grant, 403) exactly as invalid_user_password', () => {
    const body = { error: 'invalid_grant', error_description: 'Wrong email or password.' };
    const { cause: _a, message: _b, ...wrong } = fromAuth0Error(new GenericError(body.error, body.error_description));
    const { cause: _c, message: _d, ...legacy } = fromAuth0Error(new GenericError('invalid_user_password', 'Wrong email or password.'));

    expect(wrong).toEqual({ code: 'invalid_credentials' });
    expect(wrong).toEqual(legacy);
  });

  it('should keep any other invalid_grant (an unknown refresh token, a near-miss of a description) as invalid_grant', () => {
    expect(fromAuth0Error(new GenericError('invalid_grant', 'Unknown or invalid refresh token.')).code).toBe('invalid_grant');
    expect(fromAuth0Error(new GenericError('invalid_grant', 'wrong email or password.')).code).toBe('invalid_grant');
    expect(fromAuth0Error(new GenericError('invalid_grant', 'Wrong email or password')).code).toBe('invalid_grant');
  });

  it('should not read a wrong-credentials description on another error', () => {
    expect(fromAuth0Error(new GenericError('access_denied', 'Wrong email or password.')).code).toBe('permission_denied');
  });

  it('should turn a blocked popup (PopupOpenError) into flow_invalid, and a refused option (InvalidConfigurationError) into invalid_client', () => {
    expect(resolveOutcome(fromAuth0Error(new PopupOpenError()))).toMatchObject({ code: 'flow_invalid', kind: 'restart' });
    expect(fromAuth0Error(new InvalidConfigurationError("refreshTokenMode 'online' needs DPoP.", 'Set useDpop: true.')).code).toBe('invalid_client');
  });

  it('should read an Authentication API body the same way, keeping error_description as message (for logs)', () => {
    const body = { error: 'too_many_attempts', error_description: 'Your account has been blocked after multiple consecutive login attempts.' };

    expect(fromAuth0Error(body)).toEqual({ code: 'account_locked', message: body.error_description, cause: body });
  });

  it('should read a sign-up API body by its name (PasswordStrengthError) as validation_failed on the password field', () => {
    const body = { name: 'PasswordStrengthError', message: 'Password is too weak', code: 'invalid_password', description: 'x', statusCode: 400 };

    expect(fromAuth0Error(body)).toMatchObject({ code: 'validation_failed', status: 400, details: { fields: { password: '' } } });
  });

  it('should name the conflicting field of user_exists and username_exists', () => {
    expect(fromAuth0Error({ code: 'user_exists', description: 'The user already exists.' }).details).toEqual({ fields: { email: '' } });
    expect(fromAuth0Error({ code: 'username_exists', description: 'x' }).details).toEqual({ fields: { username: '' } });
  });

  it('should answer a wrong password without saying whether the account exists', () => {
    expect(resolveOutcome(fromAuth0Error({ error: 'invalid_user_password', error_description: 'Wrong email or password.' })).kind).toBe('form_error');
  });

  it('should hand off mfa_required to the MFA UI with its mfa_token', () => {
    const error = fromAuth0Error(new MfaRequiredError('mfa_required', 'Multifactor authentication required', 'mfa-token-1', { challenge: [{ type: 'otp' }] }));

    expect(error).toMatchObject({ code: 'mfa_required', details: { mfa_token: 'mfa-token-1' } });
    expect(resolveOutcome(error)).toMatchObject({ kind: 'handoff', handoff: 'mfa' });
  });

  it('should turn mfa_required that asks only for enrolment into mfa_enrolment_required', () => {
    const error = fromAuth0Error(new MfaRequiredError('mfa_required', 'x', 'mfa-token-2', { enroll: [{ type: 'otp' }] }));

    expect(error).toMatchObject({ code: 'mfa_enrolment_required', details: { mfa_token: 'mfa-token-2' } });
  });

  it('should turn a silent sign-in that needs MFA (login_required, "Multifactor authentication required") into step_up_required', () => {
    expect(fromAuth0Error(new GenericError('login_required', 'Multifactor authentication required')).code).toBe('step_up_required');
  });

  it('should keep any other login_required as session_expired', () => {
    expect(fromAuth0Error(new GenericError('login_required', 'Login required')).code).toBe('session_expired');
  });

  it('should turn a silent authentication timeout into silent_auth_failed, and a popup the user never finished into flow_expired', () => {
    expect(fromAuth0Error(new TimeoutError()).code).toBe('silent_auth_failed');
    expect(fromAuth0Error(new PopupTimeoutError({})).code).toBe('flow_expired');
  });

  it('should show nothing when the user closed the popup', () => {
    expect(resolveOutcome(fromAuth0Error(new PopupCancelledError({}))).kind).toBe('none');
  });

  it('should go by status when the body has no error', () => {
    expect(fromAuth0Error({ statusCode: 429 }).code).toBe('rate_limited');
    expect(fromAuth0Error({ statusCode: 503 }).code).toBe('service_unavailable');
  });

  // The registered codes of RFC 6749 §4.1.2.1 and §5.2, OpenID Connect Core §3.1.2.6, RFC 6750 §3.1,
  // RFC 8628 §3.5 and RFC 9470 §3.
  it.each([
    'invalid_request',
    'unauthorized_client',
    'access_denied',
    'unsupported_response_type',
    'invalid_scope',
    'server_error',
    'temporarily_unavailable',
    'invalid_client',
    'invalid_grant',
    'unsupported_grant_type',
    'interaction_required',
    'login_required',
    'account_selection_required',
    'consent_required',
    'invalid_request_uri',
    'invalid_request_object',
    'request_not_supported',
    'request_uri_not_supported',
    'registration_not_supported',
    'invalid_token',
    'insufficient_scope',
    'authorization_pending',
    'slow_down',
    'expired_token',
    'insufficient_user_authentication',
  ])('should turn the registered OAuth error %s into the code toAuthError gives it', (value) => {
    const code = toAuthError({ error: value }).code;

    expect(code).not.toBe('unknown');
    expect(fromAuth0Error(new GenericError(value, 'Server text')).code).toBe(code);
  });

  it("should turn spa-js's other errors into what is left to do", () => {
    // src/http.ts: a failed response without an error; the DPoP nonce still refused after one retry.
    expect(fromAuth0Error(new GenericError('request_error', 'HTTP error. Unable to fetch https://tenant/oauth/token')).code).toBe('server_error');
    expect(fromAuth0Error(new UseDpopNonceError('nonce-2')).code).toBe('silent_auth_failed');
    // src/Auth0Client.ts _saveEntryInCache: an ID token whose session_expiry claim is malformed.
    expect(fromAuth0Error(new GenericError('invalid_token', 'Invalid session_expiry: value must be a number.')).code).toBe('token_expired');
    // src/api.ts: revoking the refresh tokens on logout failed.
    expect(fromAuth0Error(new GenericError('revoke_error', 'HTTP error 500')).code).toBe('server_error');
    // src/worker/token.worker.ts, thrown by src/http.ts: the worker refused a URL other than the tenant's.
    expect(fromAuth0Error(new GenericError('invalid_fetch_url', 'Unauthorized fetch URL')).code).toBe('invalid_client');
    // src/Auth0Client.ts: the connect-account redirect came back without its code.
    expect(fromAuth0Error(new GenericError('missing_connect_code', 'Missing connect code')).code).toBe('flow_invalid');
    // src/Auth0Client.ts: the popup getTokenSilently opened signed in, but its token is not in the cache.
    expect(fromAuth0Error(new GenericError('interactive_handler_cache_miss', 'Token not found in cache after interactive authentication')).code).toBe('silent_auth_failed');
    // src/http.ts: no refresh token to use.
    expect(fromAuth0Error(new MissingRefreshTokenError()).code).toBe('session_expired');
  });

  it.each(tableCases(AUTH0_NETWORK_MESSAGES, '|'))('should turn a fetch that got no answer, "%s", into %s', (message, code) => {
    // spa-js rethrows fetch's TypeError as is; through its Web Worker it is an Error with the same message.
    expect(fromAuth0Error(new TypeError(message)).code).toBe(code);
    expect(fromAuth0Error(new Error(message)).code).toBe(code);
  });

  it("should not take any other TypeError, or an Auth0 error's description, for a network failure", () => {
    expect(fromAuth0Error(new TypeError("Cannot read properties of undefined (reading 'id_token')")).code).toBe('unknown');
    expect(fromAuth0Error(new GenericError('invalid_request', 'Failed to fetch')).code).toBe('flow_invalid');
  });

  it('should turn an admin-blocked user ("user is blocked") into account_disabled, from /authorize and on a refresh', () => {
    // /authorize redirects with error=unauthorized; spa-js's refresh gets invalid_grant (src/constants.ts USER_BLOCKED_ERROR_MESSAGE).
    expect(fromAuth0Error(new GenericError('unauthorized', 'user is blocked')).code).toBe('account_disabled');
    expect(fromAuth0Error({ error: 'invalid_grant', error_description: 'user is blocked' }).code).toBe('account_disabled');
  });

  it("should turn a rule's or Action's refusal (unauthorized with the rule's message) into step_blocked", () => {
    expect(resolveOutcome(fromAuth0Error(new GenericError('unauthorized', 'Access to this application is not allowed on weekends.')))).toMatchObject({ code: 'step_blocked', kind: 'blocked' });
  });

  it('should keep too_many_attempts a lockout, from the sign-in and from an MFA challenge', () => {
    expect(fromAuth0Error({ error: 'too_many_attempts', error_description: 'Your account has been blocked after multiple consecutive login attempts.' }).code).toBe('account_locked');
    expect(fromAuth0Error(new GenericError('too_many_attempts', 'Rate limit exceeded')).code).toBe('account_locked');
  });

  it('should hand off a passkey sign-in that needs MFA (PasskeyGetTokenError, cause mfa_required) to the MFA UI with its mfa_token', () => {
    const cause = { error: 'mfa_required', error_description: 'Multifactor authentication required', mfa_token: 'mfa-token-3', mfa_requirements: { challenge: [{ type: 'otp' }] } };
    const error = fromAuth0Error(new PasskeyGetTokenError(cause.error_description, cause));

    expect(error).toMatchObject({ code: 'mfa_required', details: { mfa_token: 'mfa-token-3' } });
    expect(resolveOutcome(error)).toMatchObject({ kind: 'handoff', handoff: 'mfa' });
  });

  it("should turn an auth-js token error whose cause asks only to enrol in MFA into mfa_enrolment_required, keeping the cause's mfa_token", () => {
    const cause = { error: 'mfa_required', error_description: 'Multifactor authentication required', mfa_token: 'mfa-token-4', mfa_requirements: { enroll: [{ type: 'otp' }] } };

    expect(fromAuth0Error(new TokenByRefreshTokenError('The access token has expired and there was an error while trying to refresh it.', cause))).toMatchObject({
      code: 'mfa_enrolment_required',
      details: { mfa_token: 'mfa-token-4' },
    });
  });

  it('should read a wrong one-time code from an MfaVerifyError\'s cause (invalid_grant "Invalid otp_code.") as totp_invalid', () => {
    const error = fromAuth0Error(new MfaVerifyError('Invalid otp_code.', { error: 'invalid_grant', error_description: 'Invalid otp_code.' }));

    expect(error.code).toBe('totp_invalid');
    expect(resolveOutcome(error).kind).toBe('form_error');
  });

  it("should answer a wrong password from a TokenByPasswordError's cause exactly as invalid_user_password, so no one learns whether the account exists", () => {
    const cause = { error: 'invalid_grant', error_description: 'Wrong email or password.' };
    const { cause: _a, message: _b, ...wrong } = fromAuth0Error(new TokenByPasswordError('There was an error while trying to request a token.', cause));
    const { cause: _c, message: _d, ...legacy } = fromAuth0Error(new GenericError('invalid_user_password', 'Wrong email or password.'));

    expect(wrong).toEqual({ code: 'invalid_credentials' });
    expect(wrong).toEqual(legacy);
  });

  it("should keep the cause's error_description as message (for logs), and the auth-js error itself as cause", () => {
    const original = new MfaVerifyError('Invalid otp_code.', { error: 'invalid_grant', error_description: 'Invalid otp_code.' });

    expect(fromAuth0Error(original)).toEqual({ code: 'totp_invalid', message: 'Invalid otp_code.', cause: original });
  });

  it.each([
    ['PasskeyRegisterError', new PasskeyRegisterError('Failed to request signup challenge')],
    ['PasskeyChallengeError', new PasskeyChallengeError('Failed to request login challenge')],
    ['PasskeyGetTokenError', new PasskeyGetTokenError('Failed to exchange passkey credential for tokens.')],
  ])('should turn an auth-js %s without a cause into webauthn_failed', (_name, error) => {
    expect(fromAuth0Error(error).code).toBe('webauthn_failed');
  });

  it('should fall back to the passkey error itself when its cause has no error the table holds', () => {
    // toOAuth2Error of an error without `error` (openid-client's own, fetch's TypeError) leaves it empty.
    expect(fromAuth0Error(new PasskeyGetTokenError('Failed to exchange passkey credential for tokens.', { error: '', error_description: '', message: 'x' })).code).toBe('webauthn_failed');
    expect(fromAuth0Error(new PasskeyChallengeError('Brand new', { error: 'brand_new_error', error_description: 'Brand new' })).code).toBe('webauthn_failed');
  });

  it("should turn auth-js's unknown_error (a passkey response whose body is not JSON) into server_error", () => {
    expect(fromAuth0Error(new PasskeyRegisterError('HTTP 502 Bad Gateway', { error: 'unknown_error', error_description: 'HTTP 502 Bad Gateway' })).code).toBe('server_error');
  });

  it('should keep an auth-js error whose cause says nothing the table holds unknown', () => {
    // MfaClient.verify names the cause after itself when the server sent no error.
    expect(fromAuth0Error(new MfaVerifyError('Failed to verify MFA challenge', { error: 'mfa_verify_error', error_description: 'x' })).code).toBe('unknown');
    expect(fromAuth0Error(new TokenByCodeError('There was an error while trying to request a token.')).code).toBe('unknown');
  });

  it('should show nothing when the browser gave no passkey back (passkey_cancelled)', () => {
    const error = fromAuth0Error(new PasskeyError('passkey_cancelled', 'Passkey authentication was cancelled or no credential was returned.'));

    expect(error.code).toBe('aborted');
    expect(resolveOutcome(error).kind).toBe('none');
  });

  it('should offer another method when the browser has no WebAuthn (passkey_not_supported), not a configuration error', () => {
    const error = fromAuth0Error(new PasskeyError('passkey_not_supported', 'WebAuthn is not supported in this browser.'));

    expect(error.code).toBe('webauthn_failed');
    expect(resolveOutcome(error)).toMatchObject({ code: 'webauthn_failed', actions: ['useAnotherMethod'] });
  });

  it('should turn a credential that is neither an attestation nor an assertion (passkey_invalid_credential) into webauthn_failed', () => {
    expect(fromAuth0Error(new PasskeyError('passkey_invalid_credential', 'The provided credential is not a valid attestation or assertion response.')).code).toBe('webauthn_failed');
  });

  it("should turn the WebAuthn prompt's NotAllowedError, which spa-js passes on as is, into webauthn_failed", () => {
    expect(fromAuth0Error(new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError')).code).toBe('webauthn_failed');
  });

  it('should read an Auth0 error an app wrapped as cause (new Error(…, { cause }))', () => {
    const wrapped = new Error('Sign-in failed', { cause: new MfaRequiredError('mfa_required', 'Multifactor authentication required', 'mfa-token-5', { challenge: [{ type: 'otp' }] }) });

    expect(fromAuth0Error(wrapped)).toMatchObject({ code: 'mfa_required', details: { mfa_token: 'mfa-token-5' }, cause: wrapped });
  });

  it('should read a wrapped Authentication API body the same way', () => {
    expect(fromAuth0Error(new Error('Sign-in failed', { cause: { error: 'too_many_attempts', error_description: 'x' } })).code).toBe('account_locked');
  });

  it('should read the error itself when its cause is not an Auth0 error', () => {
    const error = Object.assign(new GenericError('login_required', 'Login required'), { cause: new TypeError('boom') });

    expect(fromAuth0Error(error).code).toBe('session_expired');
  });

  it('should not read a cause that is not an object', () => {
    expect(fromAuth0Error(new Error('x', { cause: 'mfa_required' })).code).toBe('unknown');
    expect(fromAuth0Error(Object.assign(new PasskeyGetTokenError('x'), { cause: 'mfa_required' })).code).toBe('webauthn_failed');
    expect(fromAuth0Error(new Error('x', { cause: 429 })).code).toBe('unknown');
  });

  it('should read an error whose cause is itself once, without throwing', () => {
    const error: Error & { error?: string } = new Error('Timeout');
    error.cause = error;
    error.error = 'timeout';

    expect(fromAuth0Error(error).code).toBe('silent_auth_failed');
  });

  it("should read two errors that are each other's cause one level deep, without throwing", () => {
    const auth0Error = new TimeoutError();
    const wrapper = new Error('Sign-in failed', { cause: auth0Error });
    auth0Error.cause = wrapper;

    expect(fromAuth0Error(wrapper).code).toBe('silent_auth_failed');
    expect(fromAuth0Error(auth0Error).code).toBe('silent_auth_failed');
  });

  it('should turn an error whose cause getter throws into unknown, without throwing', () => {
    const error = new PasskeyGetTokenError('x');
    Object.defineProperty(error, 'cause', {
      get() {
        throw new Error('getter');
      },
    });

    expect(fromAuth0Error(error).code).toBe('unknown');
  });

  it('should never throw, and always give a code, for an error with any cause', () => {
    fc.assert(
      fc.property(junk, (cause) => {
        const error = fromAuth0Error(Object.assign(new Error('x'), { cause }));
        expect(typeof error.code).toBe('string');
      }),
    );
  });

  it('should turn an error it does not know into unknown', () => {
    expect(fromAuth0Error(new GenericError('brand_new_error', 'x')).code).toBe('unknown');
    expect(fromAuth0Error({ error: '__proto__' }).code).toBe('unknown');
  });

  it('should turn a revoked Proxy into unknown', () => {
    expect(fromAuth0Error(hostile()).code).toBe('unknown');
  });

  it('should never throw, and always give a code, for any input', () => {
    expectSafe(fromAuth0Error);
  });
});
