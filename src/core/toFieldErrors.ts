import { isAuthErrorCode } from '../catalogue/isAuthErrorCode';
import { toAuthError } from './toAuthError';

/**
 * An error's per-field messages, by field name (`details.fields`), for a form library of your
 * own (react-hook-form, Formik, Conform…): each field with its messages as a list, empty when the
 * server named the field without saying what is wrong. Read from validation_failed, and from codes
 * the catalogue does not know (an `invalid_request` of another service); every other code gives
 * `{}`, so that field text sent with, say, invalid_credentials never reaches the page. Takes
 * anything (a body, an `IntelliAuthError`, a thrown value) and never throws.
 *
 * @example
 * for (const [name, messages] of Object.entries(toFieldErrors(error))) form.setFieldError(name, messages.join(' '))
 */
export function toFieldErrors(error: unknown): Record<string, string[]> {
  const { code, details } = toAuthError(error);
  const shown = code === 'validation_failed' || !(isAuthErrorCode(code) || code === 'aborted');
  // fromEntries defines each key, so a field named `__proto__` stays a field, never the prototype.
  return Object.fromEntries(
    Object.entries((shown && details?.fields) || {}).map(([name, value]) => [name, [value].flat().filter((message) => message.trim())]),
  );
}
