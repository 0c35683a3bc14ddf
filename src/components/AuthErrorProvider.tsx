'use client';

import type { i18n as I18n } from 'i18next';
import { useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nContext } from 'react-i18next';
import { AUTH_ERRORS_NAMESPACE } from '../i18n/AUTH_ERRORS_NAMESPACE';
import type { AuthErrorsResources } from '../i18n/AuthErrorsResources';
import { createKitI18n } from '../i18n/createKitI18n';
import { createTranslator } from '../i18n/createTranslator';
import { ensureLocale } from '../i18n/ensureLocale';
import { useI18nRevision } from '../i18n/useI18nRevision';
import { useShallowStable } from '../hooks/useShallowStable';
import type { AuthErrorOptions } from './AuthErrorOptions';
import { createServices, KitContext, type KitContextValue } from './KitContext';

/** Props of {@link AuthErrorProvider}: app-wide options, plus language settings. */
export interface AuthErrorProviderProps extends AuthErrorOptions {
  /**
   * The language of the kit's copy, with the kit's own i18next instance (`'de'`, `'pt-PT'`,
   * `'ar'`). Bundles load on demand; missing strings fall back region → language → English.
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
   * @example resources={{ en: { codes: { invalid_credentials: 'Wrong email or password.' } } }}
   */
  resources?: AuthErrorsResources;
  children?: ReactNode;
}

function applyResources(i18n: I18n, resources: AuthErrorsResources | undefined): void {
  if (!resources) return;
  for (const [lng, bundle] of Object.entries(resources)) {
    if (bundle) i18n.addResourceBundle(lng, AUTH_ERRORS_NAMESPACE, bundle, true, true);
  }
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
  const [services] = useState(createServices);

  const requested = lng ?? (appI18n ? appI18n.resolvedLanguage ?? appI18n.language : 'en');
  // English and the overrides go in before the first render, so server rendering shows them.
  useState(() => {
    void ensureLocale(i18n, requested);
    applyResources(i18n, resources);
  });
  // Compared by content: an inline `resources={{…}}` must not re-apply (and re-render) every time.
  const resourcesKey = JSON.stringify(resources ?? null);
  useEffect(() => applyResources(i18n, JSON.parse(resourcesKey) as AuthErrorsResources | undefined), [i18n, resourcesKey]);

  // Re-render when the app changes language or a bundle arrives.
  const revision = useI18nRevision(i18n);
  useEffect(() => {
    void ensureLocale(i18n, requested);
  }, [i18n, requested]);

  // A new revision means the language or the resources changed: that is the point of the dependency.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const translator = useMemo(() => createTranslator(i18n, requested), [i18n, requested, revision]);
  const stableOptions = useShallowStable(options);
  const value = useMemo<KitContextValue>(
    () => ({ options: stableOptions, translator, services }),
    [stableOptions, translator, services],
  );
  return <KitContext.Provider value={value}>{children}</KitContext.Provider>;
}
