'use client';

import type { i18n as I18n } from 'i18next';
import { useContext, useEffect, useMemo, useReducer, useState, type ReactNode } from 'react';
import { I18nContext } from 'react-i18next';
import { AUTH_ERRORS_NAMESPACE } from '../i18n/AUTH_ERRORS_NAMESPACE';
import type { AuthErrorsResources } from '../i18n/AuthErrorsResources';
import { createKitI18n } from '../i18n/createKitI18n';
import { createTranslator } from '../i18n/createTranslator';
import { addLoadedLocale } from '../i18n/addLoadedLocale';
import { loadAuthErrorsLocale } from '../i18n/loadAuthErrorsLocale';
import { createKitServices } from '../engine/createKitServices';
import type { AuthErrorOptions } from '../hooks/AuthErrorOptions';
import { KitContext, type KitContextValue } from '../hooks/KitContext';
import { useShallowStable } from '../hooks/useShallowStable';

/** Props of {@link AuthErrorProvider}: app-wide options, plus language settings. */
export interface AuthErrorProviderProps extends AuthErrorOptions {
  /**
   * The language of the kit's copy, with the kit's own i18next instance (`'de'`, `'pt-PT'`,
   * `'ar'`). Bundles load on demand; missing strings fall back region → language → English.
   * Until a bundle has loaded the copy stays in English (or the language shown before): call
   * `loadAuthErrorsLocale(lng)` before rendering to show the language from the first render.
   * With `i18n`, defaults to that instance's language. @defaultValue 'en'
   */
  lng?: string;
  /**
   * The app's own i18next instance. The kit adds its `authErrors` namespace without overwriting
   * what the app already put there, loads bundles when the app changes language, and re-renders.
   * @defaultValue the instance of an enclosing react-i18next `I18nextProvider`, unless `lng` is set
   */
  i18n?: I18n;
  /**
   * Strings to override (or whole bundles to add), per language, typed from the English bundle.
   * They win over the shipped strings and the app's own; other keys keep the shipped copy. A
   * complete bundle (from `loadAuthErrorsLocale`) shows its language from the first render.
   * @example resources={{ en: { codes: { invalid_credentials: 'Wrong email or password.' } } }}
   */
  resources?: AuthErrorsResources;
  children?: ReactNode;
}

/**
 * App-wide options for every `AuthErrorBoundary` below it, the language of the copy, and state
 * shared between boundaries (one token refresh, one circuit breaker, the toaster). Optional: a
 * boundary without a provider works with English copy.
 *
 * @example
 * <AuthErrorProvider lng="de" onSignIn={() => auth.loginWithRedirect()} supportHref="/help">
 *   <App />
 * </AuthErrorProvider>
 */
export function AuthErrorProvider({ lng, i18n: i18nProp, resources, children, ...options }: AuthErrorProviderProps) {
  const fromReactI18next = useContext(I18nContext)?.i18n;
  const appI18n = i18nProp ?? (lng === undefined ? fromReactI18next : undefined);
  const [ownI18n] = useState(createKitI18n);
  const i18n = appI18n ?? ownI18n;
  const [services] = useState(createKitServices);
  // Re-render when the app changes language, a bundle arrives or goes, or a load settles
  // (loaded, or failed: the copy then settles on English).
  const [revision, bump] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const { store } = i18n;
    i18n.on('languageChanged', bump);
    store?.on('added', bump);
    store?.on('removed', bump);
    return () => {
      i18n.off('languageChanged', bump);
      store?.off('added', bump);
      store?.off('removed', bump);
    };
  }, [i18n]);
  // `language`, not `resolvedLanguage`: i18next resolves to a language the app has resources
  // for, which may be English while the kit ships the language the user asked for.
  const requested = lng ?? appI18n?.language ?? appI18n?.resolvedLanguage ?? 'en';
  // Compared by content: an inline `resources={{…}}` must not count as a change every render.
  const resourcesKey = JSON.stringify(resources ?? null);

  // The overrides, English and bundles loaded earlier (`loadAuthErrorsLocale`, another provider)
  // go in while rendering, so the first render, server rendering included, shows them. Silent
  // and idempotent: nothing else re-renders because of it, and a bundle the app removed comes back.
  const ready = useMemo(() => {
    // Empty strings are left out, so what they would hide stays.
    const overrides = JSON.parse(resourcesKey, (_, value: unknown) => (typeof value === 'string' && !value.trim() ? undefined : value)) as
      | AuthErrorsResources
      | null;
    if (overrides && i18n.store) {
      for (const [code, bundle] of Object.entries(overrides)) i18n.addResourceBundle(code, AUTH_ERRORS_NAMESPACE, bundle, true, true, { silent: true });
    }
    return addLoadedLocale(i18n, requested);
    // A new revision means the instance changed (a bundle removed, say): that is the point of the dependency.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [i18n, requested, resourcesKey, revision]);
  useEffect(() => {
    if (ready) return;
    let current = true;
    // Loaded or failed (English then stands in), the copy settles.
    const done = () => current && bump();
    loadAuthErrorsLocale(requested).then(done, done);
    return () => {
      current = false;
    };
  }, [requested, ready]);

  // While a language loads, the copy stays in the last language that was ready (English at
  // first): one consistent language, never a mix, never a raw key.
  const [lastReady, setLastReady] = useState<string | null>(null);
  if (ready && lastReady !== requested) setLastReady(requested);
  const shown = ready ? requested : (lastReady ?? 'en');

  // The instance's content changes without its identity: the resources, a revision, a settled load.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const translator = useMemo(() => createTranslator(i18n, shown), [i18n, shown, resourcesKey, revision]);
  const stableOptions = useShallowStable(options);
  const languagePending = !ready;
  const value = useMemo<KitContextValue>(
    () => ({ options: stableOptions, translator, languagePending, services }),
    [stableOptions, translator, languagePending, services],
  );
  return <KitContext.Provider value={value}>{children}</KitContext.Provider>;
}
