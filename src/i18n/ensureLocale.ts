import type { i18n as I18n } from 'i18next';
import { AUTH_ERRORS_NAMESPACE } from './AUTH_ERRORS_NAMESPACE';
import { enBundle } from './en';
import { localeChain } from './localeChain';
import { localeLoaders } from './locales';

const pending = new Map<string, Promise<unknown>>();
const added = new WeakMap<I18n, Set<string>>();
const hasOwn = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/** Adds a bundle under the kit's namespace without overwriting what is already there (app overrides win). */
export function addKitBundle(i18n: I18n, lng: string, bundle: object): void {
  i18n.addResourceBundle(lng, AUTH_ERRORS_NAMESPACE, bundle, true, false);
}

/**
 * Makes sure `i18n` holds the kit's English bundle, and the shipped bundle that serves
 * `requested` (following the fallback chain), loading it on demand. Resolves when done;
 * never rejects (a failed load leaves the fallback in place).
 */
export function ensureLocale(i18n: I18n, requested: string | undefined): Promise<void> {
  if (!i18n.hasResourceBundle('en', AUTH_ERRORS_NAMESPACE)) addKitBundle(i18n, 'en', enBundle);
  const lng = localeChain(requested).find((code) => code === 'en' || hasOwn(localeLoaders, code));
  if (!lng || lng === 'en') return Promise.resolve();
  let load = pending.get(lng);
  if (!load) {
    load = (localeLoaders[lng] as (typeof localeLoaders)[string])().then((module) => module.default);
    pending.set(lng, load);
    load.catch(() => pending.delete(lng));
  }
  return load.then(
    (bundle) => {
      const done = added.get(i18n) ?? new Set<string>();
      added.set(i18n, done);
      if (done.has(lng)) return;
      done.add(lng);
      addKitBundle(i18n, lng, bundle as object);
    },
    () => undefined,
  );
}
