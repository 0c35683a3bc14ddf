export interface LocaleProblem {
  /** missing, extra, plural, placeholder, empty or invalid. */
  kind: 'missing' | 'extra' | 'plural' | 'placeholder' | 'empty' | 'invalid';
  /** The dotted key (`codes.account_locked`, `duration.seconds_few`). */
  key: string;
  message: string;
}
export function flatten(bundle: object): Map<string, unknown>;
export function placeholders(text: string): Set<string>;
export function checkLocale(base: object, target: unknown, lng: string): LocaleProblem[];
