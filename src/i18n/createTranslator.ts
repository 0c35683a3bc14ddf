import type { i18n as I18n } from 'i18next';
import { AUTH_ERRORS_NAMESPACE } from './AUTH_ERRORS_NAMESPACE';
import { enBundle } from './en';
import { localeChain } from './localeChain';

/** Looks up the kit's copy in one language, with the fallback chain applied. */
export interface Translator {
  /** The language the copy is actually in (the first language in the chain that has a bundle). */
  readonly lng: string;
  /** Text direction of `lng`. */
  readonly dir: 'ltr' | 'rtl';
  /**
   * The locale numbers and lists are formatted for: the requested one when the copy is in its
   * language (`ar-EG` → Arabic-Indic digits, `de-CH` → `1’000`), else `lng`.
   */
  readonly locale: string;
  /**
   * The string for `key` with `values` put in place of its `{{placeholders}}`: a number formatted
   * for the locale (and, as `count`, choosing the plural form), an array as a list, a string as it
   * is. Values are never read for placeholders, nesting or markup. Never a raw key: falls back
   * along the chain, then to English, then to `generic`.
   */
  t(key: string, values?: Readonly<Record<string, unknown>>): string;
}

const own = (node: unknown, key: string): unknown =>
  typeof node === 'object' && node !== null && Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;

/**
 * The kit's `{{name}}`, `{{count, number}}` and `{{fields, list}}`, in one pass: what goes in is
 * never scanned again, so a value reads as it is, whatever it contains.
 */
function fill(text: string, values: Readonly<Record<string, unknown>>, locale: string): string {
  return text.replace(/{{-?\s*(\w+)[^}]*}}/g, (_, name: string) => {
    const value = own(values, name) ?? '';
    return typeof value === 'number' ? value.toLocaleString(locale) : Array.isArray(value) ? new Intl.ListFormat(locale).format(value) : `${value}`;
  });
}

/**
 * A translator for `requested` (a language tag; default: the instance's language). Pure apart
 * from reading the instance: call it again after the language or the resources change.
 *
 * i18next is the store and the language, not the engine: the kit reads its namespace's bundles
 * and builds each string itself, so none of the instance's settings (separators, interpolation
 * syntax, escaping, nesting, formatters, post-processors, missing-key handlers, plugins) changes
 * the kit's copy, and no per-call option makes i18next rebuild anything.
 */
export function createTranslator(i18n: I18n, requested?: string): Translator {
  // `language`, not `resolvedLanguage`: i18next resolves to a language the app has resources
  // for, which may be English while the kit ships the language the user asked for.
  const chain = localeChain(requested ?? i18n.language);
  // An instance not initialised yet has no store: English until it is.
  const lngs = i18n.store ? chain.filter((code) => i18n.hasResourceBundle(code, AUTH_ERRORS_NAMESPACE)) : [];
  const lng = lngs[0] ?? 'en';
  // Canonical tags: the language subtag comes first.
  const [tag = lng] = chain;
  const locale = tag.split('-')[0] === lng.split('-')[0] ? tag : lng;
  // Last, the kit's own English, which no app override reaches: for an instance that lost the
  // bundle, or holds an empty string.
  const bundles: [code: string, bundle: unknown][] = lngs.map((code) => [code, i18n.getResourceBundle(code, AUTH_ERRORS_NAMESPACE)]);
  bundles.push(['en', enBundle]);
  const t: Translator['t'] = (key, values = {}) => {
    const { count } = values;
    for (const [code, bundle] of bundles) {
      // A count picks the language's plural form (as Intl.PluralRules names it), else the bare key;
      // 0 reads the optional `_zero` form first, in any language, as i18next does.
      const plural = typeof count === 'number' ? [`${key}_${new Intl.PluralRules(code).select(count)}`, key] : [key];
      for (const form of count === 0 ? [`${key}_zero`, ...plural] : plural) {
        // Own keys only, flat (an app whose instance has no key separator) or nested; a section,
        // an empty string or anything but a string is missing.
        const text = own(bundle, form) ?? form.split('.').reduce(own, bundle);
        if (typeof text === 'string' && text.trim()) return fill(text, values, locale);
      }
    }
    // Not a string anywhere: the generic message, which the English bundle always has.
    return t('generic');
  };
  return { lng, dir: i18n.dir(lng), locale, t };
}
