import { createContext, useContext } from 'react';
import { createKitServices, type KitServices } from '../engine/createKitServices';
import { createTranslator, type Translator } from '../i18n/createTranslator';
import { createKitI18n } from '../i18n/createKitI18n';
import type { AuthErrorOptions } from './AuthErrorOptions';

/** What an `AuthErrorProvider` gives everything below it. */
export interface KitContextValue {
  readonly options: AuthErrorOptions;
  readonly translator: Translator;
  /** The language asked for is still loading (the copy stands in English, or the previous language). */
  readonly languagePending: boolean;
  readonly services: KitServices;
}

export const KitContext = createContext<KitContextValue | null>(null);
// Its name in React DevTools, a development aid (as react-redux names its context).
if (process.env.NODE_ENV !== 'production') KitContext.displayName = 'AuthErrorProviderContext';

let standalone: KitContextValue | undefined;

/** Forgets the provider-less services (refresh, circuit breaker, toasts), so tests start clean. Internal. */
export function resetStandaloneKit(): void {
  standalone = undefined;
}

/**
 * The nearest provider's options, translator and services; without a provider, English copy
 * and services shared by every provider-less boundary (the kit works as a drop-in).
 */
export function useKit(): KitContextValue {
  const value = useContext(KitContext);
  if (value) return value;
  return (standalone ??= { options: {}, translator: createTranslator(createKitI18n(), 'en'), languagePending: false, services: createKitServices() });
}
