import { resolveOutcome, toAuthError } from '../../src';
import { fromSupabaseError } from '../../src/adapters/supabase';
import { SUPABASE_ERROR_CODES, SUPABASE_LEGACY_MESSAGES } from '../../src/adapters/supabase/SUPABASE_ERROR_CODES';
import { expectSafe, hostile, tableCases, throwingGetter } from './support';

// The shapes supabase-js (auth-js src/lib/errors.ts) throws and returns, recreated without the SDK.
class AuthError extends Error {
  protected __isAuthError = true;
  constructor(
    message: string,
    public status?: number,
    public code?: string,
  ) {
    super(message);
    this.name = 'AuthError';
  }
}
class AuthApiError extends AuthError {
  constructor(message: string, status: number, code: string | undefined) {
    super(message, status, code);
    this.name = 'AuthApiError';
  }
}
class CustomAuthError extends AuthError {
  constructor(message: string, name: string, status: number, code: string | undefined) {
    super(message, status, code);
    this.name = name;
  }
}
class AuthRetryableFetchError extends CustomAuthError {
  constructor(message: string, status: number) {
    super(message, 'AuthRetryableFetchError', status, undefined);
  }
}
class AuthWeakPasswordError extends CustomAuthError {
  constructor(
    message: string,
    status: number,
    public reasons: string[],
  ) {
    super(message, 'AuthWeakPasswordError', status, 'weak_password');
  }
}
class AuthImplicitGrantRedirectError extends CustomAuthError {
  details: { error: string; code: string } | null = null;
  constructor(message: string, details: { error: string; code: string } | null = null) {
    super(message, 'AuthImplicitGrantRedirectError', 500, undefined);
    this.details = details;
  }
}
// What signUp, signInWithPassword, signInWithOtp and resend throw when the credentials hold neither an
// email nor a phone (auth-js src/GoTrueClient.ts), returned as `error`.
class AuthInvalidCredentialsError extends CustomAuthError {
  constructor(message: string) {
    super(message, 'AuthInvalidCredentialsError', 400, undefined);
  }
}
// What exchangeCodeForSession throws when no PKCE code verifier is in storage (auth-js src/GoTrueClient.ts).
class AuthPKCECodeVerifierMissingError extends CustomAuthError {
  constructor() {
    super('PKCE code verifier not found in storage.', 'AuthPKCECodeVerifierMissingError', 400, 'pkce_code_verifier_not_found');
  }
}
class AuthSessionMissingError extends CustomAuthError {
  constructor() {
    super('Auth session missing!', 'AuthSessionMissingError', 400, undefined);
  }
}

describe(fromSupabaseError, () => {
  it.each(tableCases(SUPABASE_ERROR_CODES))('should turn %s into %s', (value, code) => {
    const error = value.startsWith('Auth') ? new CustomAuthError('Server text', value, 400, undefined) : new AuthApiError('Server text', 400, value);

    expect(fromSupabaseError(error).code).toBe(code);
  });

  it('should keep the status, the server text as message (for logs) and the original as cause', () => {
    const original = new AuthApiError('Invalid login credentials', 400, 'invalid_credentials');

    expect(fromSupabaseError(original)).toEqual({
      code: 'invalid_credentials',
      message: 'Invalid login credentials',
      status: 400,
      cause: original,
    });
  });

  it('should answer "user not found" exactly as "invalid login credentials", so nobody learns who has an account', () => {
    const { cause: _a, message: _b, ...notFound } = fromSupabaseError(new AuthApiError('User not found', 400, 'user_not_found'));
    const { cause: _c, message: _d, ...wrong } = fromSupabaseError(new AuthApiError('Invalid login credentials', 400, 'invalid_credentials'));

    expect(notFound).toEqual(wrong);
  });

  it('should turn a weak password into validation_failed on the password field, with the reasons for logging', () => {
    const error = fromSupabaseError(new AuthWeakPasswordError('Password should be at least 8 characters.', 422, ['length', 'pwned']));

    expect(error.code).toBe('validation_failed');
    expect(error.details).toEqual({ fields: { password: '' }, reasons: 'length pwned' });
  });

  it('should name the password field with no server text for it, so the kit shows its own copy', () => {
    const outcome = resolveOutcome(toAuthError(fromSupabaseError(new AuthWeakPasswordError('Server text', 422, ['length']))));

    expect(outcome).toMatchObject({ kind: 'field_errors', fields: [{ name: 'password', messages: [] }] });
  });

  it('should name the email field of email_exists as the conflicting one', () => {
    const error = fromSupabaseError(new AuthApiError('A user with this email address has already been registered', 422, 'email_exists'));

    expect(error.code).toBe('conflict');
    expect(resolveOutcome(toAuthError(error))).toMatchObject({ kind: 'notice', fields: ['email'] });
  });

  // supabase/auth internal/api/signup.go: a sign-up with the email of a confirmed user when sign-ups confirm themselves.
  it('should name the email field of user_already_exists as the conflicting one', () => {
    const error = fromSupabaseError(new AuthApiError('User already registered', 422, 'user_already_exists'));

    expect(error).toMatchObject({ code: 'conflict', details: { fields: { email: '' } } });
    expect(resolveOutcome(toAuthError(error))).toMatchObject({ kind: 'notice', fields: ['email'] });
  });

  it('should name the email and phone fields when the credentials held neither (AuthInvalidCredentialsError)', () => {
    const error = fromSupabaseError(new AuthInvalidCredentialsError('You must provide either an email or phone number and a password'));

    expect(error).toMatchObject({ code: 'validation_failed', status: 400, details: { fields: { email: '', phone: '' } } });
    expect(resolveOutcome(toAuthError(error))).toMatchObject({
      kind: 'field_errors',
      fields: [
        { name: 'email', messages: [] },
        { name: 'phone', messages: [] },
      ],
    });
  });

  it('should turn a fetch that never reached Supabase (AuthRetryableFetchError, status 0) into network_error', () => {
    expect(fromSupabaseError(new AuthRetryableFetchError('Failed to fetch', 0)).code).toBe('network_error');
  });

  it.each([
    [503, 'service_unavailable'],
    [502, 'server_error'],
    [504, 'server_error'],
  ])('should turn an AuthRetryableFetchError with status %i into %s', (status, code) => {
    expect(fromSupabaseError(new AuthRetryableFetchError('Bad gateway', status)).code).toBe(code);
  });

  // An older Auth server's password grant: { error: 'invalid_grant', error_description }, status 400, which
  // auth-js (src/lib/fetch.ts handleError) turns into an AuthApiError with the description and no code.
  it.each(tableCases(SUPABASE_LEGACY_MESSAGES, '|'))('should turn an AuthApiError without a code, "%s" (400), into %s', (message, code) => {
    expect(fromSupabaseError(new AuthApiError(message, 400, undefined)).code).toBe(code);
  });

  it('should answer an older server\'s "Invalid login credentials" exactly as invalid_credentials with its code', () => {
    const { cause: _a, ...legacy } = fromSupabaseError(new AuthApiError('Invalid login credentials', 400, undefined));
    const { cause: _b, ...coded } = fromSupabaseError(new AuthApiError('Invalid login credentials', 400, 'invalid_credentials'));

    expect(legacy).toEqual(coded);
  });

  it('should read no message when the error has a code, nor a near-miss of the message', () => {
    expect(fromSupabaseError(new AuthApiError('Invalid login credentials', 400, 'brand_new_code')).code).toBe('unknown');
    expect(fromSupabaseError(new AuthApiError('invalid login credentials', 400, undefined)).code).toBe('unknown');
  });

  it('should turn a 429 without a code (an older Auth server) into rate_limited', () => {
    expect(fromSupabaseError(new AuthApiError('Too many requests', 429, undefined)).code).toBe('rate_limited');
  });

  // What auth-js src/GoTrueClient.ts _getSessionFromURL throws when the redirect's URL carries an error:
  // { error: params.error || 'unspecified_error', code: params.error_code || 'unspecified_code' }.
  it("should read a redirect error's details.code: an expired email link (otp_expired) is flow_expired", () => {
    const error = new AuthImplicitGrantRedirectError('Email link is invalid or has expired', { error: 'access_denied', code: 'otp_expired' });

    expect(fromSupabaseError(error)).toMatchObject({ code: 'flow_expired', status: 500 });
  });

  it.each([
    [{ error: 'server_error', code: 'unspecified_code' }, 'flow_invalid'],
    [{ error: 'access_denied', code: 'brand_new_code' }, 'flow_invalid'],
    [null, 'flow_invalid'],
    [{ error: 'access_denied', code: 'signup_disabled' }, 'permission_denied'],
  ])('should turn a redirect error with details %j into %s', (details, code) => {
    expect(fromSupabaseError(new AuthImplicitGrantRedirectError('x', details)).code).toBe(code);
  });

  it('should turn a missing session into session_expired', () => {
    expect(fromSupabaseError(new AuthSessionMissingError()).code).toBe('session_expired');
  });

  it('should turn insufficient_aal into the MFA hand-off', () => {
    expect(resolveOutcome(fromSupabaseError(new AuthApiError('AAL2 required', 403, 'insufficient_aal')))).toMatchObject({ kind: 'handoff', handoff: 'mfa' });
  });

  // auth-js src/lib/error-codes.ts; the two web_authn spellings are the docs' (apps/docs/content/errorCodes/authErrorCodes.toml).
  it.each([
    'mfa_totp_enroll_not_enabled',
    'mfa_totp_verify_not_enabled',
    'mfa_phone_enroll_not_enabled',
    'mfa_phone_verify_not_enabled',
    'mfa_webauthn_enroll_not_enabled',
    'mfa_webauthn_verify_not_enabled',
    'mfa_web_authn_enroll_not_enabled',
    'mfa_web_authn_verify_not_enabled',
  ])('should turn %s (an MFA factor type turned off on the server, 422) into unauthorized_client', (value) => {
    expect(fromSupabaseError(new AuthApiError('MFA enroll is disabled for TOTP', 422, value)).code).toBe('unauthorized_client');
  });

  it('should turn any other *_disabled code (a feature turned off on the server) into unauthorized_client', () => {
    expect(fromSupabaseError(new AuthApiError('x', 422, 'mfa_totp_enroll_disabled')).code).toBe('unauthorized_client');
  });

  // supabase/auth internal/api/apierrors/errorcode.go, each with the status and message the server sends it with.
  it.each([
    ['feature_disabled', 404, 'OAuth server is disabled', 'unauthorized_client'],
    ['passkey_disabled', 404, 'Passkeys are disabled', 'unauthorized_client'],
    ['sso_provider_disabled', 404, 'SSO Provider is currently disabled', 'unauthorized_client'],
    ['web3_provider_disabled', 422, 'Web3 provider is disabled', 'unauthorized_client'],
    ['web3_unsupported_chain', 400, 'Unsupported chain', 'unauthorized_client'],
    ['oauth_dynamic_client_registration_disabled', 403, 'Dynamic client registration is not enabled', 'unauthorized_client'],
    ['oauth_client_not_found', 400, 'invalid client_id', 'invalid_client'],
    ['oauth_invalid_state', 400, 'OAuth provider mismatch', 'state_mismatch'],
    ['oauth_client_state_expired', 422, 'OAuth state expired', 'flow_expired'],
    ['webauthn_challenge_expired', 400, 'Challenge has expired', 'flow_expired'],
    ['flow_state_already_used', 400, 'State has already been used', 'flow_invalid'],
    ['oauth_client_state_not_found', 422, 'OAuth state not found', 'flow_invalid'],
    ['oauth_authorization_not_found', 404, 'authorization not found', 'flow_invalid'],
    ['webauthn_challenge_not_found', 400, 'Challenge not found or already used', 'flow_invalid'],
    ['webauthn_verification_failed', 400, 'Credential verification failed', 'webauthn_failed'],
    ['webauthn_credential_exists', 422, 'This credential is already registered', 'conflict'],
    ['custom_provider_not_found', 404, 'Custom OAuth provider not found', 'not_found'],
    ['oauth_consent_not_found', 404, 'No active grant found for this client', 'not_found'],
    ['too_many_passkeys', 422, 'Maximum number of passkeys reached', 'permission_denied'],
    ['over_custom_provider_quota', 400, 'Maximum number of custom OAuth/OIDC providers reached', 'permission_denied'],
    ['request_entity_too_large', 413, 'Request body too large (max 1048576 bytes)', 'validation_failed'],
  ])('should turn %s (%i, "%s") into %s', (value, status, message, code) => {
    expect(fromSupabaseError(new AuthApiError(message, status, value))).toMatchObject({ code, status });
  });

  // Declared in errorcode.go, sent by no handler of the server yet: the status is a guess, the code decides.
  it.each([
    ['email_address_not_provided', 'invalid_client'],
    ['webauthn_credential_not_found', 'webauthn_failed'],
  ])('should turn %s into %s', (value, code) => {
    expect(fromSupabaseError(new AuthApiError('x', 400, value)).code).toBe(code);
  });

  it.each(['current_password_required', 'current_password_invalid'])(
    'should turn %s (a password change, 400) into validation_failed on the current_password field',
    (value) => {
      const error = fromSupabaseError(new AuthApiError('Current password required when setting new password.', 400, value));

      expect(error).toMatchObject({ code: 'validation_failed', status: 400 });
      expect(error.details).toEqual({ fields: { current_password: '' } });
      expect(resolveOutcome(toAuthError(error))).toMatchObject({ kind: 'field_errors', fields: [{ name: 'current_password', messages: [] }] });
    },
  );

  it('should turn a missing PKCE code verifier (AuthPKCECodeVerifierMissingError) into flow_invalid', () => {
    expect(fromSupabaseError(new AuthPKCECodeVerifierMissingError())).toMatchObject({ code: 'flow_invalid', status: 400 });
  });

  it.each([
    // The exact name wins over a pattern that also holds it.
    ['signup_disabled', '*_disabled', 'permission_denied'],
    ['session_expired', '*_expired', 'session_expired'],
    ['user_not_found', '*_not_found', 'invalid_credentials'],
    ['refresh_token_not_found', '*_not_found', 'session_expired'],
    ['session_not_found', '*_not_found', 'session_revoked'],
    ['invite_not_found', '*_not_found', 'flow_expired'],
    ['flow_state_not_found', '*_not_found', 'flow_invalid'],
    ['saml_relay_state_not_found', '*_not_found', 'flow_invalid'],
    ['oauth_client_state_not_found', '*_not_found', 'flow_invalid'],
    ['oauth_authorization_not_found', '*_not_found', 'flow_invalid'],
    ['pkce_code_verifier_not_found', '*_not_found', 'flow_invalid'],
    ['oauth_client_not_found', '*_not_found', 'invalid_client'],
    ['webauthn_challenge_not_found', 'webauthn_*', 'flow_invalid'],
    ['webauthn_challenge_not_found', '*_not_found', 'flow_invalid'],
    // Between patterns, the line that comes first.
    ['webauthn_challenge_expired', 'webauthn_*', 'flow_expired'],
    ['webauthn_credential_exists', 'webauthn_*', 'conflict'],
    ['webauthn_credential_not_found', '*_not_found', 'webauthn_failed'],
  ])('should turn %s into its own code, not that of %s', (value, _pattern, code) => {
    expect(fromSupabaseError(new AuthApiError('x', 400, value)).code).toBe(code);
  });

  // What supabase.auth.mfa.webauthn returns when the browser's passkey prompt fails: auth-js's
  // WebAuthnError (src/lib/webauthn.errors.ts), named after the DOMException it read, with a code of its own.
  it.each([
    ['ERROR_CEREMONY_ABORTED', 'AbortError', 'aborted'],
    ['ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED', 'InvalidStateError', 'conflict'],
    ['ERROR_INVALID_DOMAIN', 'SecurityError', 'webauthn_failed'],
    ['ERROR_INVALID_RP_ID', 'SecurityError', 'webauthn_failed'],
    ['ERROR_INVALID_USER_ID_LENGTH', 'TypeError', 'webauthn_failed'],
    ['ERROR_MALFORMED_PUBKEYCREDPARAMS', 'TypeError', 'webauthn_failed'],
    ['ERROR_AUTHENTICATOR_GENERAL_ERROR', 'UnknownError', 'webauthn_failed'],
    ['ERROR_AUTHENTICATOR_MISSING_DISCOVERABLE_CREDENTIAL_SUPPORT', 'ConstraintError', 'webauthn_failed'],
    ['ERROR_AUTHENTICATOR_MISSING_USER_VERIFICATION_SUPPORT', 'ConstraintError', 'webauthn_failed'],
    ['ERROR_AUTHENTICATOR_NO_SUPPORTED_PUBKEYCREDPARAMS_ALG', 'NotSupportedError', 'webauthn_failed'],
    ['ERROR_AUTO_REGISTER_USER_VERIFICATION_FAILURE', 'NotAllowedError', 'webauthn_failed'],
    ['ERROR_PASSTHROUGH_SEE_CAUSE_PROPERTY', 'NotAllowedError', 'webauthn_failed'],
  ])("should turn auth-js's WebAuthnError %s (%s) into %s", (code, name, expected) => {
    const error = Object.assign(new Error('The operation either timed out or was not allowed.'), { name, code, __isWebAuthnError: true });

    expect(fromSupabaseError(error).code).toBe(expected);
  });

  it('should draw nothing for a passkey prompt the user aborted (ERROR_CEREMONY_ABORTED)', () => {
    const error = Object.assign(new Error('Registration ceremony was sent an abort signal'), { name: 'AbortError', code: 'ERROR_CEREMONY_ABORTED' });

    expect(resolveOutcome(fromSupabaseError(error))).toMatchObject({ code: 'aborted', kind: 'none' });
  });

  it('should turn a code it does not know into unknown, even with a status', () => {
    expect(fromSupabaseError(new AuthApiError('New', 500, 'brand_new_code')).code).toBe('unknown');
  });

  it('should not treat prototype keys as codes', () => {
    expect(fromSupabaseError(new AuthApiError('x', 400, '__proto__')).code).toBe('unknown');
    expect(fromSupabaseError(new AuthApiError('x', 400, 'toString')).code).toBe('unknown');
  });

  it('should turn a revoked Proxy or a throwing getter into unknown, keeping it as cause', () => {
    const proxy = hostile();
    const getter = throwingGetter('code');

    const fromProxy = fromSupabaseError(proxy);
    expect(fromProxy.code).toBe('unknown');
    expect(fromProxy.cause).toBe(proxy);
    expect(fromSupabaseError(getter)).toEqual({ code: 'unknown', cause: getter });
  });

  it('should never throw, and always give a code, for any input', () => {
    expectSafe(fromSupabaseError);
  });
});
