'use client';

import { useBoundary } from './BoundaryContext';

/** What {@link useFieldError} returns. */
export interface UseFieldErrorResult {
  /** The field's messages from a validation_failed error in the nearest boundary; empty when none. */
  messages: readonly string[];
  /** The id the field's message element has (`<FieldError>` uses it). */
  errorId: string;
  /** Spread on the input: `aria-invalid` and `aria-describedby` while the field has messages. */
  inputProps: { 'aria-invalid'?: true; 'aria-describedby'?: string };
}

/**
 * A field's messages from the nearest boundary's validation_failed error, and the ARIA props
 * that tie the input to them.
 *
 * @example
 * const email = useFieldError('email')
 * <input name="email" id="email" {...email.inputProps} />
 * <FieldError name="email" />
 */
export function useFieldError(name: string): UseFieldErrorResult {
  const { fields, fieldErrorId } = useBoundary('useFieldError');
  const messages = fields.get(name)?.messages ?? [];
  const errorId = fieldErrorId(name);
  return {
    messages,
    errorId,
    inputProps: messages.length > 0 ? { 'aria-invalid': true, 'aria-describedby': errorId } : {},
  };
}
