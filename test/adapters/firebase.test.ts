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

  it('should turn a revoked Proxy into unknown', () => {
    expect(fromFirebaseError(hostile()).code).toBe('unknown');
  });

  it('should never throw, and always give a code, for any input', () => {
    expectSafe(fromFirebaseError);
  });
});
