import { adapt, lookup, rec } from '../adapt';
import type { IntelliAuthError } from '../../core/IntelliAuthError';
import { FIREBASE_ERROR_CODES, FIREBASE_FIELDS } from './FIREBASE_ERROR_CODES';

/**
 * Turns a Firebase Authentication error (a `FirebaseError` whose `code` is `auth/…`) into an
 * {@link IntelliAuthError}. Email, password and phone errors become `validation_failed` on the field
 * they are about; `auth/multi-factor-auth-required` becomes `mfa_required` (pass `error.cause` to
 * `getMultiFactorResolver`). `customData.operationType` goes to `details.operation_type` for logs.
 * Never throws: other services' codes and anything unknown become `unknown`. The original is kept
 * as `cause`; its message is for logs, never shown.
 *
 * @example
 * signInWithEmailAndPassword(auth, email, password).catch((error) => showAuthError(fromFirebaseError(error)))
 */
export function fromFirebaseError(error: unknown): IntelliAuthError {
  return adapt(error, (e) => {
    const key = typeof e.code === 'string' && e.code.startsWith('auth/') ? e.code.slice(5) : undefined;
    const operation = rec(e.customData).operationType;
    return {
      code: lookup(FIREBASE_ERROR_CODES, key),
      message: e.message,
      fields: [lookup(FIREBASE_FIELDS, key)],
      details: {
        operation_type: typeof operation === 'string' ? operation : undefined,
      },
    };
  });
}
