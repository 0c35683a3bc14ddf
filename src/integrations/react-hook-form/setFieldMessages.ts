import type { FieldError, FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { isolate } from '../../i18n/isolate';

/** The `type` of the errors the kit puts on a form's fields. */
export const SERVER_ERROR_TYPE = 'server';

/**
 * One field's messages as react-hook-form's single `message`: each message isolated from the
 * next when there are several (one message's direction marks cannot reorder another), none when
 * the server named the field without saying what is wrong.
 */
export function messageOf(messages: readonly string[]): string | undefined {
  if (messages.length <= 1) return messages[0];
  return messages.map(isolate).join(' ');
}

/** Whether a field's current error is the one the kit put there. */
export function isServerError(error: FieldError | undefined, message: string | undefined): boolean {
  return error?.type === SERVER_ERROR_TYPE && error.message === message;
}

/** The parts of a react-hook-form form that {@link setFieldMessages} uses. */
export type FieldMessagesForm<TFieldValues extends FieldValues> = Pick<UseFormReturn<TFieldValues>, 'setError' | 'getFieldState'>;

/**
 * Puts each field's messages on the form (`setError`, type `server`), focusing, when asked, the
 * first field the form has. Returns the message each field got.
 */
export function setFieldMessages<TFieldValues extends FieldValues>(
  form: FieldMessagesForm<TFieldValues>,
  fields: readonly (readonly [name: string, messages: readonly string[]])[],
  shouldFocus: boolean,
): Map<string, string | undefined> {
  const set = new Map<string, string | undefined>();
  let focus = shouldFocus;
  for (const [name, messages] of fields) {
    const message = messageOf(messages);
    // Field names are the server's: whatever the form calls its fields, react-hook-form takes a path.
    const path = name as FieldPath<TFieldValues>;
    form.setError(path, message === undefined ? { type: SERVER_ERROR_TYPE } : { type: SERVER_ERROR_TYPE, message }, { shouldFocus: focus });
    // The form focused the field if it has it: the error it holds for a field it has not registered has no `ref`.
    focus &&= !form.getFieldState(path).error?.ref;
    set.set(name, message);
  }
  return set;
}
