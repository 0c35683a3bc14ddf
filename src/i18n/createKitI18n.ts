import { createInstance, type i18n as I18n } from 'i18next';
import { AUTH_ERRORS_NAMESPACE } from './AUTH_ERRORS_NAMESPACE';
import { enBundle } from './en';

/**
 * A private i18next instance holding only the kit's namespace, English bundled, initialised
 * synchronously (server rendering shows copy on the first pass; nothing touches `window`).
 */
export function createKitI18n(): I18n {
  const instance = createInstance({
    lng: 'en',
    fallbackLng: 'en',
    ns: [AUTH_ERRORS_NAMESPACE],
    defaultNS: AUTH_ERRORS_NAMESPACE,
    // A copy: i18next keeps the object it is given and merges overrides (`resources`) into it,
    // which would rewrite the bundled English for every provider and the static safety net.
    resources: { en: { [AUTH_ERRORS_NAMESPACE]: structuredClone(enBundle) } },
    initAsync: false,
    // React renders strings as text; i18next's HTML escaping would show `&lt;` to users.
    interpolation: { escapeValue: false },
  });
  void instance.init();
  return instance;
}

let shared: I18n | undefined;

/** The instance used when no `AuthErrorProvider` gives one; created on first use. */
export function getSharedKitI18n(): I18n {
  return (shared ??= createKitI18n());
}
