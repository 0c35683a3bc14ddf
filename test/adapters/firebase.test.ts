import { resolveOutcome } from '../../src';
import { fromFirebaseError } from '../../src/adapters/firebase';
import { FIREBASE_ERROR_CODES } from '../../src/adapters/firebase/FIREBASE_ERROR_CODES';
import { expectSafe, hostile, tableCases } from './support';

// The shape @firebase/util's FirebaseError has, recreated without the SDK.
class FirebaseError extends Error {
  override readonly name = 'FirebaseError';
  constructor(
    readonly code: string,
    message: string,
    public customData?: Record<string, unknown>,
  ) {
    super(message);
  }
}

describe(fromFirebaseError, () => {
  it.each(tableCases(FIREBASE_ERROR_CODES))('should turn auth/%s into %s', (value, code) => {
    expect(fromFirebaseError(new FirebaseError(`auth/${value}`, `Firebase: Error (auth/${value}).`)).code).toBe(code);
  });

  it('should answer user-not-found, wrong-password and invalid-credential alike', () => {
    const codes = ['auth/user-not-found', 'auth/wrong-password', 'auth/invalid-credential'].map((code) => fromFirebaseError(new FirebaseError(code, 'x')).code);

    expect(codes).toEqual(['invalid_credentials', 'invalid_credentials', 'invalid_credentials']);
  });

  it('should keep the message for logs and the original as cause', () => {
    const original = new FirebaseError('auth/user-disabled', 'Firebase: Error (auth/user-disabled).', { appName: '[DEFAULT]' });

    expect(fromFirebaseError(original)).toEqual({ code: 'account_disabled', message: 'Firebase: Error (auth/user-disabled).', cause: original });
  });

  it.each([
    ['auth/weak-password', 'password'],
    ['auth/password-does-not-meet-requirements', 'password'],
    ['auth/invalid-email', 'email'],
    ['auth/invalid-phone-number', 'phone_number'],
    ['auth/missing-verification-code', 'code'],
  ])('should turn %s into validation_failed on the %s field', (code, name) => {
    expect(fromFirebaseError(new FirebaseError(code, 'x'))).toMatchObject({ code: 'validation_failed', details: { fields: { [name]: '' } } });
  });

  it('should name email as the conflicting field of email-already-in-use', () => {
    expect(resolveOutcome(fromFirebaseError(new FirebaseError('auth/email-already-in-use', 'x')))).toMatchObject({ kind: 'notice', fields: ['email'] });
  });

  it('should hand multi-factor-auth-required to the MFA UI, with the operation for logs', () => {
    const error = fromFirebaseError(new FirebaseError('auth/multi-factor-auth-required', 'x', { appName: 'app', operationType: 'signIn' }));

    expect(error).toMatchObject({ code: 'mfa_required', details: { operation_type: 'signIn' } });
    expect(resolveOutcome(error)).toMatchObject({ kind: 'handoff', handoff: 'mfa' });
  });

  // packages/auth/src/core/errors.ts; packages/auth/src/api/errors.ts maps TOO_MANY_ATTEMPTS_TRY_LATER and
  // RESET_PASSWORD_EXCEED_LIMIT (a password-reset email limit) to it, so it is no lockout of the account.
  it('should turn auth/too-many-requests into rate_limited, not account_locked', () => {
    const error = new FirebaseError('auth/too-many-requests', 'Firebase: We have blocked all requests from this device due to unusual activity. Try again later. (auth/too-many-requests).');

    expect(fromFirebaseError(error).code).toBe('rate_limited');
    expect(resolveOutcome(fromFirebaseError(error))).toMatchObject({ kind: 'retry' });
  });

  it('should turn a blocked popup (auth/popup-blocked) into flow_invalid: starting over opens it again', () => {
    const error = new FirebaseError('auth/popup-blocked', 'Firebase: Error (auth/popup-blocked).');

    expect(resolveOutcome(fromFirebaseError(error))).toMatchObject({ code: 'flow_invalid', kind: 'restart' });
  });

  it('should show nothing when the user closed the popup', () => {
    expect(resolveOutcome(fromFirebaseError(new FirebaseError('auth/popup-closed-by-user', 'x'))).kind).toBe('none');
  });

  it("should turn another service's code, or an auth code it does not know, into unknown", () => {
    expect(fromFirebaseError(new FirebaseError('firestore/permission-denied', 'x')).code).toBe('unknown');
    expect(fromFirebaseError(new FirebaseError('auth/brand-new', 'x')).code).toBe('unknown');
    expect(fromFirebaseError(new FirebaseError('auth/__proto__', 'x')).code).toBe('unknown');
    expect(fromFirebaseError(new FirebaseError('user-disabled', 'x')).code).toBe('unknown');
  });

  // Every AuthErrorCode of firebase/firebase-js-sdk packages/auth/src/core/errors.ts (at 6f86596).
  const AUTH_ERROR_CODES = (
    'account-exists-with-different-credential admin-restricted-operation already-initialized app-deleted ' +
    'app-not-authorized app-not-installed argument-error auth-domain-config-required cancelled-popup-request ' +
    'captcha-check-failed code-expired cordova-not-ready cors-unsupported credential-already-in-use ' +
    'custom-token-mismatch dependent-sdk-initialized-before-auth dynamic-link-not-activated email-already-in-use ' +
    'email-change-needs-verification emulator-config-failed expired-action-code internal-error invalid-action-code ' +
    'invalid-api-key invalid-app-credential invalid-app-id invalid-auth-event invalid-cert-hash ' +
    'invalid-continue-uri invalid-cordova-configuration invalid-credential invalid-custom-token ' +
    'invalid-dynamic-link-domain invalid-email invalid-emulator-scheme invalid-hosting-link-domain ' +
    'invalid-message-payload invalid-multi-factor-session invalid-oauth-client-id invalid-oauth-provider ' +
    'invalid-persistence-type invalid-phone-number invalid-provider-id invalid-recaptcha-action ' +
    'invalid-recaptcha-token invalid-recaptcha-version invalid-recipient-email invalid-req-type invalid-sender ' +
    'invalid-tenant-id invalid-user-token invalid-verification-code invalid-verification-id login-blocked ' +
    'maximum-second-factor-count-exceeded missing-android-pkg-name missing-app-credential missing-client-type ' +
    'missing-continue-uri missing-iframe-start missing-ios-bundle-id missing-multi-factor-info ' +
    'missing-multi-factor-session missing-or-invalid-nonce missing-password missing-phone-number ' +
    'missing-recaptcha-token missing-recaptcha-version missing-verification-code missing-verification-id ' +
    'multi-factor-auth-required multi-factor-info-not-found network-request-failed no-auth-event no-such-provider ' +
    'null-user operation-not-allowed operation-not-supported-in-this-environment ' +
    'password-does-not-meet-requirements popup-blocked popup-closed-by-user provider-already-linked quota-exceeded ' +
    'recaptcha-not-enabled redirect-cancelled-by-user redirect-operation-pending rejected-credential ' +
    'requires-recent-login second-factor-already-in-use tenant-id-mismatch timeout too-many-requests ' +
    'unauthorized-continue-uri unauthorized-domain unsupported-first-factor ' +
    'unsupported-password-policy-schema-version unsupported-persistence-type unsupported-tenant-operation ' +
    'unverified-email user-cancelled user-disabled user-mismatch user-not-found user-signed-out user-token-expired ' +
    'weak-password web-storage-unsupported wrong-password'
  ).split(' ');

  it.each(AUTH_ERROR_CODES)('should know auth/%s, which the SDK can throw', (value) => {
    expect(fromFirebaseError(new FirebaseError(`auth/${value}`, `Firebase: Error (auth/${value}).`)).code).not.toBe('unknown');
  });

  it.each(['already-initialized', 'dependent-sdk-initialized-before-auth', 'emulator-config-failed', 'unsupported-password-policy-schema-version', 'app-not-installed'])(
    'should show the configuration error for auth/%s',
    (value) => {
      expect(resolveOutcome(fromFirebaseError(new FirebaseError(`auth/${value}`, 'x')))).toMatchObject({ code: 'invalid_client', kind: 'config_error' });
    },
  );

  it('should turn a revoked Proxy into unknown', () => {
    expect(fromFirebaseError(hostile()).code).toBe('unknown');
  });

  it('should never throw, and always give a code, for any input', () => {
    expectSafe(fromFirebaseError);
  });
});
