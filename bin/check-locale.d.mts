export interface LocaleProblem {
  /**
   * missing, extra, plural, placeholder, empty, invalid, spacing or script (a word mixing Latin
   * letters with Cyrillic, Greek, Arabic or Hebrew ones) (checkLocale); term or glossary (checkGlossary).
   */
  kind: 'missing' | 'extra' | 'plural' | 'placeholder' | 'empty' | 'invalid' | 'spacing' | 'script' | 'term' | 'glossary';
  /** The dotted key (`codes.account_locked`, `duration.seconds_few`); empty for the whole bundle or glossary. */
  key: string;
  message: string;
}
/** A language's glossary: `locales/<lng>/glossary.json`. */
export interface Glossary {
  /** How the copy addresses the user, for translators and the README's table: "formal (Sie)", "informal (du)". */
  register?: string;
  /** Each term's approved forms in the language, matched case-insensitively as substrings. */
  terms: Record<string, string[]>;
  /** Per key, the terms the check skips there (a justified rewording). */
  exceptions?: Record<string, string[]>;
}
export function flatten(bundle: object): Map<string, unknown>;
export function placeholders(text: string): Set<string>;
/** The words of `text` that mix Latin letters with Cyrillic, Greek, Arabic or Hebrew ones, each with the other script's name. */
export function mixedScriptWords(text: string): [word: string, script: 'Cyrillic' | 'Greek' | 'Arabic' | 'Hebrew'][];
export function spacingConvention(lng: string): 'none' | 'space' | undefined;
export function checkLocale(base: object, target: unknown, lng: string): LocaleProblem[];
export function checkGlossary(base: object, target: unknown, lng: string, baseGlossary: unknown, glossary: unknown, baseLng?: string): LocaleProblem[];
