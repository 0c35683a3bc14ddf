import type { i18n as I18n } from 'i18next';
import { useEffect, useReducer } from 'react';

/**
 * A number that changes whenever `i18n` changes language or gains or loses resources, so
 * whatever reads copy from it re-renders; and the function that changes it (for news the
 * instance does not announce, such as a bundle that settled).
 */
export function useI18nRevision(i18n: I18n): [revision: number, bump: () => void] {
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
  return [revision, bump];
}
