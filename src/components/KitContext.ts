import { createContext, useContext } from 'react';
import { createCircuitBreaker, type CircuitBreaker } from '../core/createCircuitBreaker';
import { createRefreshCoordinator, type RefreshCoordinator } from '../core/createRefreshCoordinator';
import { createTranslator, type Translator } from '../i18n/createTranslator';
import { getSharedKitI18n } from '../i18n/createKitI18n';
import type { AuthErrorOptions } from './AuthErrorOptions';

/** Something that shows transient outcomes as toasts (registered by `<AuthErrorToaster>`). */
export interface ToastSink {
  show(error: unknown): void;
}

/** State shared by every boundary under one provider. */
export interface KitServices {
  /** server_error's circuit breaker. */
  readonly breaker: CircuitBreaker;
  /** One token refresh for concurrent token_expired errors. */
  readonly refresh: RefreshCoordinator;
  /** Mounted toasters; the first one shows toasts. */
  readonly toasters: Set<ToastSink>;
}

export interface KitContextValue {
  readonly options: AuthErrorOptions;
  readonly translator: Translator;
  readonly services: KitServices;
}

export function createServices(): KitServices {
  return {
    breaker: createCircuitBreaker({ failureThreshold: 3, resetAfterMs: 30_000 }),
    refresh: createRefreshCoordinator(),
    toasters: new Set(),
  };
}

export const KitContext = createContext<KitContextValue | null>(null);
KitContext.displayName = 'AuthErrorProviderContext';

let standalone: KitContextValue | undefined;

/** Forgets the provider-less services (refresh, circuit breaker), so tests start clean. Internal. */
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
  return (standalone ??= { options: {}, translator: createTranslator(getSharedKitI18n(), 'en'), services: createServices() });
}

/** Options from the provider, overridden by a component's own (object options merge one level deep). */
export function mergeOptions(base: AuthErrorOptions, own: AuthErrorOptions): AuthErrorOptions {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(own)) {
    if (value === undefined) continue;
    const inherited = merged[key];
    merged[key] =
      (key === 'handoffs' || key === 'renderers' || key === 'classNames' || key === 'fieldLabels') &&
      typeof inherited === 'object'
        ? { ...inherited, ...value }
        : key === 'theme' && typeof inherited === 'object'
          ? { ...inherited, ...value, colors: { ...(inherited as AuthErrorOptions['theme'])?.colors, ...value.colors } }
          : value;
  }
  return merged as AuthErrorOptions;
}
