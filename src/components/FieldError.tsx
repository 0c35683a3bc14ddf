'use client';

import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useBoundary } from '../hooks/BoundaryContext';
import { useFieldError } from '../hooks/useFieldError';
import { themeToStyle } from '../theme/themeToStyle';
import { slotClass } from './slots';

/** Props of {@link FieldError}: a `<p>`'s props, plus the field's name. */
export interface FieldErrorProps extends Omit<ComponentPropsWithoutRef<'p'>, 'children' | 'id'> {
  /** The field's key in `details.fields` (`email`, `password`). */
  name: string;
}

/**
 * A field's messages from the nearest boundary's validation_failed error, rendered as text, each
 * in its own `<bdi>`; nothing when the field has none. Its id is the one `useFieldError(name).inputProps` points at.
 *
 * @example
 * <FieldError name="email" className="form-error" />
 */
export const FieldError = forwardRef<HTMLParagraphElement, FieldErrorProps>(function FieldError(
  { name, className, style, ...rest },
  ref,
) {
  const { options } = useBoundary('<FieldError>');
  const { messages, errorId } = useFieldError(name);
  if (messages.length === 0) return null;
  return (
    <p
      {...rest}
      ref={ref}
      id={errorId}
      className={slotClass(options, 'fieldError', className)}
      style={{ ...themeToStyle(options.theme), ...style }}
      data-auth-error-field={name}
      data-color-scheme={options.colorScheme}
    >
      {/* One isolate per message: one message's direction marks cannot reorder the next. */}
      {messages.flatMap((message, i) => [i ? ' ' : '', <bdi key={i}>{message}</bdi>])}
    </p>
  );
});
