import { useState } from 'react';
import { createErrorStore, type ErrorStore } from '../engine/createErrorStore';
import type { KitServices } from '../engine/createKitServices';
import type { AuthErrorResetReason } from '../engine/EngineOptions';
import type { AuthErrorOptions } from './AuthErrorOptions';
import { useLatest } from './useLatest';

/**
 * The component's own error store (created once), over the provider's services. `onClear` runs
 * when the kit clears the error; the latest one is called.
 */
export function useErrorStore(
  services: KitServices,
  source: 'thrown' | 'value',
  options: AuthErrorOptions,
  onClear?: (reason: AuthErrorResetReason) => void,
): ErrorStore<AuthErrorOptions> {
  const latest = useLatest(onClear);
  const [store] = useState(() => createErrorStore(services, { source, options, onClear: (reason) => latest.current?.(reason) }));
  return store;
}
