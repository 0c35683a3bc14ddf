import type { i18n as I18n } from 'i18next';
import { AUTH_ERRORS_NAMESPACE } from './AUTH_ERRORS_NAMESPACE';
import { getSharedKitI18n } from './createKitI18n';
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
  /** The string for `key`, interpolated. Never a raw key: falls back to English, then to `generic`. */
  t(key: string, values?: Record<string, unknown>): string;
}

/** The kit's own English, from the provider-less instance (which no app override reaches). */
function english(key: string, values: Record<string, unknown> | undefined): string {
  const text: unknown = getSharedKitI18n().t(key, { ...values, lng: 'en', lngs: ['en'], returnObjects: true, defaultValue: '' });
  return typeof text === 'string' && text !== '' && text !== key ? text : enBundle.generic;
}

/**
 * A translator for `requested` (a language tag; default: the instance's language). Pure apart
 * from reading the instance: call it again after the language or the resources change.
 */
export function createTranslator(i18n: I18n, requested?: string): Translator {
  // `language`, not `resolvedLanguage`: i18next resolves to a language the app has resources
  // for, which may be English while the kit ships the language the user asked for.
  const chain = localeChain(requested ?? i18n.language ?? i18n.resolvedLanguage);
  // An instance not initialised yet has no store: English until it is.
  const lngs = i18n.store ? chain.filter((code) => i18n.hasResourceBundle(code, AUTH_ERRORS_NAMESPACE)) : [];
  const lng = lngs[0] ?? 'en';
  // Canonical tags: the language subtag comes first.
  const [tag = lng] = chain;
  const locale = tag.split('-')[0] === lng.split('-')[0] ? tag : lng;
  // React renders text, so i18next's HTML escaping would show `&lt;`. Said per call only when the
  // instance escapes: a per-call interpolation option makes i18next rebuild its expressions.
  const unescaped = i18n.options?.interpolation?.escapeValue === false ? {} : { interpolation: { escapeValue: false } };
  return {
    lng,
    dir: i18n.dir(lng) === 'rtl' ? 'rtl' : 'ltr',
    locale,
    t(key, values) {
      let text: unknown;
      const options = {
        ...values,
        ns: AUTH_ERRORS_NAMESPACE,
        lng: locale,
        lngs: lngs.length > 0 ? lngs : ['en'],
        ...unescaped,
        // An object (a key that names a section) must not come back as i18next's warning text.
        returnObjects: true,
        defaultValue: '',
      };
      try {
        // Asking first keeps a missing key away from the app's missing-key handlers, which may
        // return the key itself (parseMissingKeyHandler) or report it (saveMissing).
        if (i18n.exists(key, options)) text = i18n.t(key, options);
      } catch {
        text = undefined;
      }
      if (typeof text === 'string' && text !== '' && text !== key) return text;
      // The app's instance may have lost our bundle (or is not initialised), or an app string is empty.
      return english(key, values);
    },
  };
}
