import type { AuthErrorsOverrides } from './AuthErrorsResources';
import { enBundle } from './en';
import { localeChain } from './localeChain';
import { SHIPPED_LOCALES } from './shippedLocales';

// Each shipped language: its bundle once loaded (English's from the start), the load under way,
// or `false` when the last load failed. Shared by every i18next instance: fetched once per page.
const bundles = new Map<string, AuthErrorsOverrides | Promise<AuthErrorsOverrides> | false>([['en', enBundle]]);

/** The shipped language that serves `requested`: the first of its fallback chain the kit ships (`en` at worst). */
export const shippedLocaleFor = (requested: unknown): string => localeChain(requested).find((code) => code === 'en' || SHIPPED_LOCALES.includes(code)) as string;

/** A shipped language's bundle once loaded, `false` when its last load failed, `undefined` before either. */
export function loadedBundle(lng: string): AuthErrorsOverrides | false | undefined {
  const known = bundles.get(lng);
  return known instanceof Promise ? undefined : known;
}

/**
 * Loads the bundle of a shipped language, once (English's is there already). Rejects when its
 * chunk cannot be fetched; the next call tries again.
 */
export function loadBundle(lng: string): Promise<AuthErrorsOverrides> {
  const known = bundles.get(lng);
  if (known) return Promise.resolve(known);
  // Two hops: the table of loaders, then the language's own chunk (an app loads neither up front).
  const load = import('./locales').then(({ localeLoaders }) => (localeLoaders[lng] as (typeof localeLoaders)[string])()).then((module) => module.default);
  bundles.set(lng, load);
  // Settled, the bundle (or `false`) takes the load's place; the caller still sees a failure.
  load.then(
    (bundle) => bundles.set(lng, bundle),
    () => bundles.set(lng, false),
  );
  return load;
}
