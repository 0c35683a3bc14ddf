import type { i18n as I18n } from 'i18next';
import { useCallback, useRef, useSyncExternalStore } from 'react';

/**
 * A number that changes whenever `i18n` changes language or gains or loses resources, so
 * whatever reads copy from it re-renders.
 */
export function useI18nRevision(i18n: I18n): number {
  const revision = useRef(0);
  const subscribe = useCallback(
    (onChange: () => void) => {
      const bump = () => {
        revision.current += 1;
        onChange();
      };
      i18n.on('languageChanged', bump);
      i18n.store?.on('added', bump);
      i18n.store?.on('removed', bump);
      return () => {
        i18n.off('languageChanged', bump);
        i18n.store?.off('added', bump);
        i18n.store?.off('removed', bump);
      };
    },
    [i18n],
  );
  const read = () => revision.current;
  return useSyncExternalStore(subscribe, read, read);
}
