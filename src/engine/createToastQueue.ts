import { isAuthErrorCode } from '../catalogue/isAuthErrorCode';
import { toAuthError } from '../core/toAuthError';
import { createErrorStore, type ErrorStore } from './createErrorStore';
import type { EngineServices } from './EngineServices';
import type { AuthErrorBehaviour } from './EngineOptions';

/** Toasts drawn at once; more wait their turn (the newest are shown). */
const MAX_VISIBLE = 3;
/** Toasts kept at all: beyond this the oldest go. */
const MAX_KEPT = 10;

/** One toast: the store it draws, by the key that folds repeats into it. */
export interface ToastEntry {
  /** The code (or `generic` for every code the catalogue does not know): one toast per key. */
  readonly key: string;
  readonly store: ErrorStore<AuthErrorBehaviour & Record<string, unknown>>;
  /** How long it stays, when the request said; otherwise the toaster's duration. */
  readonly duration: number | undefined;
  /** Removes this toast (nothing happens if another request has taken its key over since). */
  readonly dismiss: () => void;
}

/**
 * What to show as a toast: a boundary's own store (its error given as a value, with its options,
 * retries and run), or an error from `toastAuthError` with its options, for the queue to host.
 */
export type ToastRequest<Options extends AuthErrorBehaviour = AuthErrorBehaviour> =
  | { readonly store: ErrorStore<Options> }
  | { readonly error: unknown; readonly options: Options & { onRetry?: (error: never) => unknown }; readonly duration?: number | undefined };

/** What a toaster draws. */
export interface ToastQueueSnapshot {
  /** The toaster that shows the toasts (the first mounted), if any. */
  readonly viewer: object | undefined;
  /** The toasts on screen, oldest first. */
  readonly visible: readonly ToastEntry[];
}

/** The toasts under one provider, outside React: mounted toasters draw its snapshot. */
export interface ToastQueue {
  /** Registers a toaster; the first one registered shows the toasts. Returns a function that unregisters it. */
  attach(viewer: object): () => void;
  /** Shows the request, or updates the toast already showing its key. Returns a function that removes it. */
  show<Options extends AuthErrorBehaviour>(request: ToastRequest<Options>): () => void;
  subscribe(listener: () => void): () => void;
  getSnapshot(): ToastQueueSnapshot;
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | null)?.then === 'function';

/** Repeats fold by outcome: every code the catalogue does not know is one `generic` toast. */
function keyOf(error: unknown): string {
  const { code } = toAuthError(error);
  return isAuthErrorCode(code) || code === 'aborted' ? code : 'generic';
}

export function createToastQueue(services: EngineServices): ToastQueue {
  // The stores this queue created (toastAuthError's errors), as opposed to boundaries' own.
  const hosted = new WeakSet<object>();
  const viewers: object[] = [];
  let entries: ToastEntry[] = [];
  let snapshot: ToastQueueSnapshot = { viewer: undefined, visible: [] };
  const listeners = new Set<() => void>();
  const changed = () => {
    snapshot = { viewer: viewers[0], visible: entries.slice(-MAX_VISIBLE) };
    [...listeners].forEach((listener) => listener());
  };
  const remove = (entry: ToastEntry) => {
    if (!entries.includes(entry)) return;
    entries = entries.filter((item) => item !== entry);
    changed();
  };
  const removeStore = (store: object) => {
    const entry = entries.find((item) => item.store === store);
    if (entry) remove(entry);
  };
  const put = (entry: ToastEntry, previous: ToastEntry | undefined) => {
    entries = previous ? entries.map((item) => (item === previous ? entry : item)) : [...entries, entry].slice(-MAX_KEPT);
    changed();
  };

  /**
   * toastAuthError's `onRetry` may return a promise: the toast goes when it resolves, and what it
   * rejects with is shown in its place (the same key updates the toast, so retries are counted).
   */
  function settling<Options extends AuthErrorBehaviour>(request: Extract<ToastRequest<Options>, { error: unknown }>, dismiss: () => void): Options {
    const { onRetry } = request.options;
    if (!onRetry) return request.options;
    return {
      ...request.options,
      onRetry(error: never) {
        const result = onRetry(error);
        if (isThenable(result)) result.then(dismiss, (failure: unknown) => queue.show({ ...request, error: failure }));
      },
    };
  }

  const queue: ToastQueue = {
    attach(viewer) {
      viewers.push(viewer);
      changed();
      return () => {
        const index = viewers.indexOf(viewer);
        if (index < 0) return;
        viewers.splice(index, 1);
        changed();
      };
    },
    show(request) {
      if ('store' in request) {
        const key = keyOf(request.store.getSnapshot().error);
        const previous = entries.find((entry) => entry.key === key);
        const entry: ToastEntry = { key, store: request.store as ToastEntry['store'], duration: undefined, dismiss: () => remove(entry) };
        put(entry, previous);
        return entry.dismiss;
      }
      const key = keyOf(request.error);
      const previous = entries.find((item) => item.key === key);
      const dismiss = () => remove(entry);
      const options = settling(request, dismiss);
      // A toast still showing keeps its run (attempts, countdown): the error arrives in its store.
      const store: ToastEntry['store'] =
        previous && hosted.has(previous.store)
          ? previous.store
          : createErrorStore(services, { source: 'value', options: options as never, onClear: () => removeStore(store) });
      hosted.add(store);
      const entry: ToastEntry = { key, store, duration: request.duration, dismiss };
      store.setOptions(options as never);
      store.receive(request.error);
      put(entry, previous);
      return dismiss;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
  };
  return queue;
}
