/**
 * What the engine learns from the page: whether the browser is online, and when the page wakes
 * (a background tab becomes visible again, so throttled timers are re-checked). Injected so the
 * engine is testable without a DOM.
 */
export interface Environment {
  /** Whether the browser says it is online (`true` where it cannot tell). */
  isOnline(): boolean;
  /** Calls `listener` when the browser goes online or offline; returns an unsubscribe function. */
  onConnectivity(listener: () => void): () => void;
  /** Calls `listener` when the page becomes visible again; returns an unsubscribe function. */
  onWake(listener: () => void): () => void;
}

/** Listens to `events` on `target` (nothing where it does not exist: the server). */
const listenTo =
  (target: EventTarget | undefined, events: string[]) =>
  (listener: () => void): (() => void) => {
    events.forEach((event) => target?.addEventListener(event, listener));
    return () => events.forEach((event) => target?.removeEventListener(event, listener));
  };

/** The browser's `navigator.onLine`, `online`/`offline` and `visibilitychange` (inert on the server). */
export const browserEnvironment: Environment = {
  isOnline: () => typeof navigator === 'undefined' || navigator.onLine !== false,
  onConnectivity: listenTo(typeof window === 'undefined' ? undefined : window, ['online', 'offline']),
  onWake: listenTo(typeof document === 'undefined' ? undefined : document, ['visibilitychange']),
};
