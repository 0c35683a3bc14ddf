import type { i18n as I18n } from 'i18next';
import { AUTH_ERRORS_NAMESPACE } from './AUTH_ERRORS_NAMESPACE';
import { enBundle } from './en';
import { localeChain } from './localeChain';
import { loadedBundle, shippedLocaleFor } from './shippedBundles';

/** Whether `bundle` has a string for every key of English (for a counted phrase, its `_other` form: `_zero` is optional). */
const isComplete = (bundle: unknown, english: object = enBundle): boolean =>
  Object.entries(english).every(([key, value]) => {
    const found = (bundle as Record<string, unknown> | undefined)?.[key.replace(/_(zero|one)$/, '_other')];
    return typeof value === 'string' ? typeof found === 'string' : isComplete(found, value as object);
  });

/**
 * Puts the kit's English bundle into `i18n`, and the shipped bundle that serves `requested` once
 * it has loaded, under what is already there (the app's strings and `resources` win). Silent, so
 * it can run while rendering; idempotent, so it runs again after the app removed a bundle.
 * Returns whether the copy for `requested` can be shown: nothing to load (English, a language the
 * kit doesn't ship), loaded, failed (English stands in), or a complete bundle already present
 * (the app's own, or `resources`).
 */
export function addLoadedLocale(i18n: I18n, requested: unknown): boolean {
  if (!i18n.store) return true;
  // A copy: older i18next versions keep the objects they are given and merge later overrides
  // into them (i18next/i18next#2081), which would rewrite the bundled English or a loaded
  // language for every instance.
  const merge = (lng: string, bundle: object) =>
    i18n.addResourceBundle(lng, AUTH_ERRORS_NAMESPACE, structuredClone(bundle), true, false, { silent: true });
  merge('en', enBundle);
  const target = shippedLocaleFor(requested);
  const loaded = loadedBundle(target);
  if (loaded) merge(target, loaded);
  if (loaded !== undefined) return true;
  const chain = localeChain(requested);
  return chain.slice(0, chain.indexOf(target) + 1).some((code) => isComplete(i18n.getResourceBundle(code, AUTH_ERRORS_NAMESPACE)));
}
