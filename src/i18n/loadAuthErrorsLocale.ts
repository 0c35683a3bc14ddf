import type { AuthErrorsOverrides } from './AuthErrorsResources';
import { loadBundle, shippedLocaleFor } from './shippedBundles';

/**
 * Loads the kit's bundle for a language ahead of rendering, following the fallback chain
 * (`de-AT` → `de`, `pt` → `pt-BR`; English for a language the kit doesn't ship), and
 * resolves with it. An `AuthErrorProvider` rendered afterwards shows that language on its very
 * first render instead of English while the bundle loads: await it before `renderToString`,
 * before `hydrateRoot`, or pass the bundle on as `resources` (from a server component, say).
 * Rejects when the bundle's chunk cannot be fetched.
 *
 * @example
 * const bundle = await loadAuthErrorsLocale('de')
 * <AuthErrorProvider lng="de" resources={{ de: bundle }}>…</AuthErrorProvider>
 */
export function loadAuthErrorsLocale(lng: string): Promise<AuthErrorsOverrides> {
  return loadBundle(shippedLocaleFor(lng));
}
