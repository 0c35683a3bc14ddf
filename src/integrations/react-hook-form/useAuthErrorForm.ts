'use client';

import { useEffect, useRef } from 'react';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { useBoundary } from '../../hooks/BoundaryContext';
import { isServerError, messageOf, setFieldMessages } from './setFieldMessages';

/** The parts of a react-hook-form form (what `useForm()` returns) that {@link useAuthErrorForm} uses. */
export type AuthErrorForm<TFieldValues extends FieldValues> = Pick<UseFormReturn<TFieldValues>, 'setError' | 'clearErrors' | 'getFieldState' | 'subscribe'>;

/** Whether the form holds `message`, which this hook put on field `name` (the form's own validation replaces it). */
function holds<TFieldValues extends FieldValues>(form: AuthErrorForm<TFieldValues>, name: string, message: string | undefined): boolean {
  return isServerError(form.getFieldState(name as FieldPath<TFieldValues>).error, message);
}

/**
 * Keeps a react-hook-form form and the nearest `AuthErrorBoundary` in step, however the error
 * reached the boundary (its `error` prop, `showAuthError`): the field messages of the
 * validation_failed error it shows land on the form's fields (`setError`, type `server`; a
 * field named without a message reads "Check this field." in the user's language; focus goes to
 * the boundary's error summary, whose links lead to each field), and once the form clears a field's error (the user edits the field and it
 * validates again), that field's line leaves the boundary's summary (the last one clears the
 * error). When the boundary stops showing a field, its message leaves the form too. Call it in a
 * component inside the boundary.
 *
 * @example
 * function SignUpForm({ onSubmit }: { onSubmit: (values: SignUpValues) => void }) {
 *   const form = useForm<SignUpValues>();
 *   useAuthErrorForm(form);
 *   return <form onSubmit={form.handleSubmit(onSubmit)}>…</form>;
 * }
 */
export function useAuthErrorForm<TFieldValues extends FieldValues>(form: AuthErrorForm<TFieldValues>): void {
  const { fields, clearFieldError } = useBoundary('useAuthErrorForm');
  // What this hook put on the form: each field's name and the message it set.
  const applied = useRef(new Map<string, string | undefined>());

  // The boundary → the form.
  useEffect(() => {
    const shown = new Map([...fields.values()].map((field) => [field.name, field.messages] as const));
    for (const [name, message] of applied.current) {
      const messages = shown.get(name);
      if (messages && messageOf(messages) === message) continue;
      applied.current.delete(name);
      if (holds(form, name, message)) form.clearErrors(name as FieldPath<TFieldValues>);
    }
    const fresh = [...shown].filter(([name]) => !applied.current.has(name));
    if (fresh.length === 0) return;
    // Focus stays where the boundary puts it: on its error summary, whose links lead to each field.
    // Only what the form now holds: it refuses some names (`constructor`, `prototype`, `__proto__`),
    // whose lines it can never drop, so they stay until the boundary clears the error.
    for (const [name, message] of setFieldMessages(form, fresh, false)) if (holds(form, name, message)) applied.current.set(name, message);
  }, [fields, form]);

  // The form → the boundary: a field whose server message the form has dropped leaves the summary.
  useEffect(
    () =>
      form.subscribe({
        formState: { errors: true },
        callback: ({ errors }) => {
          if (!errors) return;
          for (const [name, message] of applied.current) {
            if (holds(form, name, message)) continue;
            applied.current.delete(name);
            clearFieldError(name);
          }
        },
      }),
    [form, clearFieldError],
  );
}
