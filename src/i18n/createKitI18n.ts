import { createInstance, type i18n as I18n } from 'i18next';

/**
 * A private i18next instance for the kit's namespace, initialised synchronously (server rendering
 * shows copy on the first pass; nothing touches `window`). It starts empty: the translator falls
 * back to the bundled English, and a provider adds the bundles it shows (`addLoadedLocale`).
 */
export function createKitI18n(): I18n {
  const instance = createInstance({ lng: 'en', initAsync: false });
  void instance.init();
  return instance;
}
