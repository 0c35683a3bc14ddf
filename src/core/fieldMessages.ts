/**
 * Each field's name with its messages, for `toFieldErrors` and `resolveOutcome` alike: one message
 * or a list, non-strings and blank messages dropped (a field named without a message keeps an
 * empty list). Own keys only.
 */
export function fieldMessages(fields: Readonly<Record<string, unknown>> | undefined): [string, string[]][] {
  const all = fields ?? {};
  return Object.keys(all).map((name) => [
    name,
    [all[name]].flat().filter((message): message is string => typeof message === 'string' && message.trim() !== ''),
  ]);
}
