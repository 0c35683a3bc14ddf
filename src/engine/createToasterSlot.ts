import type { ErrorStore } from './createErrorStore';

/** A mounted toaster's side of the hand-over: it takes an error's store and shows it as a toast. */
export interface ToastHandover {
  /** Shows `store` as the toast of `key` (one per key); returns what removes it. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a toaster takes stores of any options
  show(key: string, store: ErrorStore<any>): () => void;
}

/**
 * Where boundaries under one provider find the toaster: empty until a toaster mounts (the
 * `/toast` entry fills it), so an app without toasts carries no queue.
 */
export interface ToasterSlot {
  get(): ToastHandover | undefined;
  set(toaster: ToastHandover | undefined): void;
  subscribe(listener: () => void): () => void;
}

/** Creates an empty {@link ToasterSlot}. */
export function createToasterSlot(): ToasterSlot {
  let toaster: ToastHandover | undefined;
  const listeners = new Set<() => void>();
  return {
    get: () => toaster,
    set(next) {
      toaster = next;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
