import type { AuthErrorsBundle } from './AuthErrorsBundle';

type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * Phrases English doesn't count that the kit still gives a count, so a language can vary them:
 * `duration.compound` ("1 minute 30 seconds") is counted by its smaller part (Hebrew joins
 * ושנייה but ו-30 שניות).
 */
type CountedPhrase = 'compound';

/** `x_other` also admits the plural forms other languages need (`x_few`, `x_many`, …). */
type KeyVariants<K> = K extends `${infer Stem}_other`
  ? `${Stem}_${PluralCategory}`
  : K extends CountedPhrase
    ? K | `${K}_${PluralCategory}`
    : K;

/** A bundle where every string is optional, keyed like the English bundle. */
export type AuthErrorsOverrides<T = AuthErrorsBundle> = {
  [K in keyof T as KeyVariants<K & string>]?: T[K] extends string ? string : AuthErrorsOverrides<T[K]>;
};

/**
 * Strings to override per language (`en`, `de`, `pt-BR`…): any subset of the English bundle's
 * keys, plus the plural forms the language needs. A key the kit doesn't have is a type error.
 */
export type AuthErrorsResources = Readonly<Record<string, AuthErrorsOverrides>>;
