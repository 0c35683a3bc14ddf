import { systemClock, type Clock } from './clock';
import { createCircuitBreaker } from './createCircuitBreaker';
import { createRefreshCoordinator } from './createRefreshCoordinator';
import { createToasterSlot, type ToasterSlot } from './createToasterSlot';
import type { EngineServices } from './EngineServices';
import { browserEnvironment, type Environment } from './environment';

/** What an `AuthErrorProvider` shares with everything below it: the stores' services and the toasts. */
export interface KitServices extends EngineServices {
  /** Where boundaries find the mounted toaster (the `/toast` entry fills it). */
  readonly toaster: ToasterSlot;
}

/** The services of one provider (or of every provider-less boundary). Clock and environment are injectable for tests. */
export function createKitServices({ clock = systemClock, environment = browserEnvironment }: { clock?: Clock; environment?: Environment } = {}): KitServices {
  return {
    clock,
    environment,
    breaker: createCircuitBreaker({ failureThreshold: 3, now: () => clock.mono() }),
    refresh: createRefreshCoordinator(clock),
    toaster: createToasterSlot(),
  };
}
