import { createContext, useContext } from 'react';
import { createCircuitBreaker, type CircuitBreaker } from '../core/createCircuitBreaker';
import { createRefreshCoordinator, type RefreshCoordinator } from '../core/createRefreshCoordinator';
import { createTranslator, type Translator } from '../i18n/createTranslator';
import { createKitI18n } from '../i18n/createKitI18n';
import type { OutcomeDecision, OutcomeHost } from '../hooks/useOutcomeDecision';
import type { AuthErrorOptions } from './AuthErrorOptions';

/**
 * An error to show as a toast: handed over by a boundary, decided (its side effects done) and
 * hosted by it (its options, retries and live region apply); or given to `toastAuthError`, for
 * the toaster to decide and host, with these options over the provider's.
 */
export type ToastRequest =
  | { readonly decision: OutcomeDecision; readonly host: OutcomeHost }
  | { readonly error: unknown; readonly options: AuthErrorOptions; readonly duration?: number | undefined };

/** Something that shows outcomes as toasts (registered by `<AuthErrorToaster>`). */
export interface ToastSink {
  /**
   * Shows the error, or updates the toast already showing its code. Returns a function that
   * removes the toast (nothing happens if another request has taken it over since).
   */
  show(request: ToastRequest): () => void;
}

/** The mounted toasters, observable so boundaries re-render when one mounts or unmounts. */
export interface Toasters {
  /** Registers a toaster; returns a function that unregisters it. */
  add(sink: ToastSink): () => void;
  /** The toaster that shows toasts (the first one mounted), if any. */
  current(): ToastSink | undefined;
  subscribe(onChange: () => void): () => void;
}

function createToasters(): Toasters {
  const sinks = new Set<ToastSink>();
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());
  return {
    add(sink) {
      sinks.add(sink);
      changed();
      return () => {
        if (sinks.delete(sink)) changed();
      };
    },
    current: () => sinks.values().next().value,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => {
        listeners.delete(onChange);
      };
    },
  };
}

/** State shared by every boundary under one provider. */
export interface KitServices {
  /** server_error's circuit breaker. */
  readonly breaker: CircuitBreaker;
  /** One token refresh for concurrent token_expired errors. */
  readonly refresh: RefreshCoordinator;
  /** Mounted toasters; the first one shows toasts. */
  readonly toasters: Toasters;
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
    toasters: createToasters(),
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
  return (standalone ??= { options: {}, translator: createTranslator(createKitI18n(), 'en'), services: createServices() });
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
