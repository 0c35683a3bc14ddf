import { fieldMessages } from './fieldMessages';
import { toAuthError } from './toAuthError';

/**
 * Per-field messages for a form library (react-hook-form, Formik, Conform…), from an error that
 * carries `details.fields` (validation_failed; anything {@link toAuthError} reads): field name →
 * its messages. Blank messages are dropped; a field the server named without a message keeps an
 * empty list, so show your own "Check this field." for it. Own keys only: a field named
 * `__proto__` or `constructor` is a field like any other. `{}` when there are no fields.
 *
 * @example
 * toFieldErrors({ code: 'validation_failed', details: { fields: { email: 'Enter a valid email.', name: [] } } })
 * // { email: ['Enter a valid email.'], name: [] }
 */
export function toFieldErrors(error: unknown): Record<string, string[]> {
  // fromEntries defines own properties: a `__proto__` key cannot swap the prototype.
  return Object.fromEntries(fieldMessages(toAuthError(error).details?.fields));
}
