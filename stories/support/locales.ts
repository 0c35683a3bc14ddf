/// <reference types="vite/client" />
import { createInstance, type i18n as I18n } from 'i18next';
import en from '../../locales/en/auth-errors.json';
import { AUTH_ERRORS_NAMESPACE, resolveOutcome } from '../../src';

type Bundle = typeof en;

// Every language the package ships is a folder under locales/: the toolbar lists exactly those.
const bundles = import.meta.glob<Bundle>('../../locales/*/auth-errors.json', { eager: true, import: 'default' });

const byCode = new Map<string, Bundle>(
  Object.entries(bundles).map(([path, bundle]) => [path.split('/').at(-2) as string, bundle]),
);

/** The shipped languages, English first, then by code. */
export const LOCALES: readonly string[] = ['en', ...[...byCode.keys()].filter((code) => code !== 'en').sort()];

/** A language's name in that language ("Deutsch", "العربية", "日本語"), capitalised the way the language does. */
export function nativeName(code: string): string {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

/** A toolbar value, checked: anything that is not a shipped language is English. */
export function toLocale(value: unknown): string {
  return typeof value === 'string' && byCode.has(value) ? value : 'en';
}

/** The shipped copy for `key` (`codes.account_locked`) in `lng`: what stories expect to see. */
export function copyOf(lng: string, key: string): string {
  let node: unknown = byCode.get(toLocale(lng));
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`locales/${lng}/auth-errors.json has no string at ${key}`);
  return node;
}

/**
 * The message the kit shows for `code` in `lng`: its copy, with the values `resolveOutcome` gives it
 * filled in (receiver_timeout: the seconds waited, in the plural form and digits of the language).
 */
export function messageOf(lng: string, code: string): string {
  const { messageKey, messageValues } = resolveOutcome({ code });
  if (!messageKey) throw new Error(`${code} has no message`);
  const count = messageValues?.count;
  if (typeof count !== 'number') return copyOf(lng, messageKey);
  const locale = toLocale(lng);
  const forms = [...(count === 0 ? ['zero'] : []), new Intl.PluralRules(locale).select(count), 'other'];
  for (const form of forms) {
    try {
      return copyOf(locale, `${messageKey}_${form}`).replace('{{count, number}}', new Intl.NumberFormat(locale).format(count));
    } catch {
      // Not every language has every form: the next one.
    }
  }
  throw new Error(`locales/${locale}/auth-errors.json has no counted form of ${messageKey}`);
}

/**
 * The i18next instance every story's provider uses (an app's own instance, as in
 * `<AuthErrorProvider i18n={i18n} lng={lng}>`). Bundles go in before a story renders, so the first
 * paint is already in the chosen language; the kit still loads any that is missing on its own.
 */
export const storybookI18n: I18n = createInstance({
  lng: 'en',
  fallbackLng: 'en',
  ns: [AUTH_ERRORS_NAMESPACE],
  defaultNS: AUTH_ERRORS_NAMESPACE,
  resources: { en: { [AUTH_ERRORS_NAMESPACE]: en } },
  initAsync: false,
  interpolation: { escapeValue: false },
});
void storybookI18n.init();

/** `rtl` for Arabic and Hebrew: the direction the kit gives its outcome roots for `lng`. */
export function directionOf(lng: string): 'ltr' | 'rtl' {
  return storybookI18n.dir(toLocale(lng)) === 'rtl' ? 'rtl' : 'ltr';
}

/** Puts a language's bundle into {@link storybookI18n}. */
export function preloadLocale(lng: string): void {
  const code = toLocale(lng);
  if (!storybookI18n.hasResourceBundle(code, AUTH_ERRORS_NAMESPACE)) {
    storybookI18n.addResourceBundle(code, AUTH_ERRORS_NAMESPACE, byCode.get(code) as Bundle, true, false);
  }
}
