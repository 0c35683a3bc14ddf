import type { i18n as I18n } from 'i18next';
import { useCallback, useRef, useSyncExternalStore } from 'react';

/**
 * A number that changes whenever `i18n` changes language, is initialised, or gains or loses
 * resources, so whatever reads copy from it re-renders.
 */
export function useI18nRevision(i18n: I18n): number {
  const revision = useRef(0);
  const subscribe = useCallback(
    (onChange: () => void) => {
      const bump = () => {
        revision.current += 1;
        onChange();
      };
      // An instance given before `init()` has no store yet: listen to it once it has one.
      let store: I18n['store'] | undefined;
      const listenToStore = () => {
        if (store || !i18n.store) return;
        store = i18n.store;
        store.on('added', bump);
        store.on('removed', bump);
      };
      const initialized = () => {
        listenToStore();
        bump();
      };
      listenToStore();
      i18n.on('initialized', initialized);
      i18n.on('languageChanged', bump);
      return () => {
        i18n.off('initialized', initialized);
        i18n.off('languageChanged', bump);
        store?.off('added', bump);
        store?.off('removed', bump);
      };
    },
    [i18n],
  );
  const read = () => revision.current;
  return useSyncExternalStore(subscribe, read, read);
}
