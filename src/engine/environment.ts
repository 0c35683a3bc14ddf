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

const nothing = () => () => {};

/** The browser's `navigator.onLine`, `online`/`offline` and `visibilitychange` (inert on the server). */
export const browserEnvironment: Environment = {
  isOnline: () => typeof navigator === 'undefined' || navigator.onLine !== false,
  onConnectivity:
    typeof window === 'undefined'
      ? nothing
      : (listener) => {
          const events = ['online', 'offline'];
          events.forEach((event) => window.addEventListener(event, listener));
          return () => events.forEach((event) => window.removeEventListener(event, listener));
        },
  onWake:
    typeof document === 'undefined'
      ? nothing
      : (listener) => {
          document.addEventListener('visibilitychange', listener);
          return () => document.removeEventListener('visibilitychange', listener);
        },
};
