import type { AuthErrorClassNames, AuthErrorOptions } from '../hooks/AuthErrorOptions';

export type SlotName = keyof AuthErrorClassNames;

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** Class names for one part: the kit's own (`iae-<part>`, unless `unstyled`), the app's, and extras. */
export function slotClass(options: AuthErrorOptions, name: SlotName, ...extra: (string | false | undefined)[]): string | undefined {
  const classes = [options.unstyled ? undefined : `iae-${kebab(name)}`, options.classNames?.[name], ...extra].filter(Boolean);
  return classes.length > 0 ? classes.join(' ') : undefined;
}
