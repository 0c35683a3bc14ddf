import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { isAuthErrorCode } from '../../catalogue/isAuthErrorCode';
import { toAuthError } from '../../core/toAuthError';
import { toFieldErrors } from '../../core/toFieldErrors';
import { setFieldMessages } from './setFieldMessages';

/** Options of {@link setAuthFieldErrors}. */
export interface SetAuthFieldErrorsOptions {
  /** Move focus to the first field the error names that the form has. @defaultValue true */
  shouldFocus?: boolean;
}

/**
 * Puts an error's field messages (`details.fields`, read by `toFieldErrors`) on a react-hook-form
 * form: `setError(name, { type: 'server', message })` for each field, the first field the error
 * names that the form has (registered) focused. Only validation_failed and codes the catalogue
 * does not know put text on the form (field text sent with invalid_credentials never shows).
 * Several messages for one field become one `message`; a field named without a message is marked
 * invalid with no message.
 * Returns the names of the fields it set. For a form inside an `AuthErrorBoundary`,
 * `useAuthErrorForm` does this for you and keeps the boundary's summary in step.
 *
 * @example
 * const signUp = useMutation({ mutationFn, onError: (error) => setAuthFieldErrors(form, error) })
 */
export function setAuthFieldErrors<TFieldValues extends FieldValues>(
  form: Pick<UseFormReturn<TFieldValues>, 'setError' | 'getFieldState'>,
  error: unknown,
  options: SetAuthFieldErrorsOptions = {},
): string[] {
  const { code } = toAuthError(error);
  const formCode = code === 'validation_failed' || !(isAuthErrorCode(code) || code === 'aborted');
  const fields = formCode ? Object.entries(toFieldErrors(error)) : [];
  return [...setFieldMessages(form, fields, options.shouldFocus ?? true).keys()];
}
