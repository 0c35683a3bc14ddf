import { useState } from 'react';
import { createErrorStore, type ErrorStore } from '../engine/createErrorStore';
import type { KitServices } from '../engine/createKitServices';
import type { AuthErrorResetReason } from '../engine/EngineOptions';
import type { AuthErrorOptions } from './AuthErrorOptions';

/**
 * The component's own error store (created once), over the provider's services. `onClear` runs
 * when the kit clears the error; it is read once, with the store, so it must do the same on every
 * render (set state, read a ref).
 */
export function useErrorStore(
  services: KitServices,
  source: 'thrown' | 'value',
  options: AuthErrorOptions,
  onClear?: (reason: AuthErrorResetReason) => void,
): ErrorStore<AuthErrorOptions> {
  const [store] = useState(() => createErrorStore(services, { source, options, onClear }));
  return store;
}
