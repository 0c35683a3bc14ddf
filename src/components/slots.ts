import type { AuthErrorClassNames, AuthErrorOptions } from '../hooks/AuthErrorOptions';
import { kebab } from '../theme/kebab';

export type SlotName = keyof AuthErrorClassNames;


/** Class names for one part: the kit's own (`iae-<part>`, unless `unstyled`), the app's, and extras. */
export function slotClass(options: AuthErrorOptions, name: SlotName, ...extra: (string | false | undefined)[]): string | undefined {
  return [options.unstyled ? undefined : `iae-${kebab(name)}`, options.classNames?.[name], ...extra].filter(Boolean).join(' ') || undefined;
}
