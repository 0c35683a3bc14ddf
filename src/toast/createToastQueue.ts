import type { ErrorStore } from '../engine/createErrorStore';
import type { KitServices } from '../engine/createKitServices';
import type { ToastHandover, ToasterSlot } from '../engine/createToasterSlot';

/** Toasts drawn at once; more wait their turn (the newest are shown). */
const MAX_VISIBLE = 3;
/** Toasts kept at all: beyond this the oldest go. */
const MAX_KEPT = 10;

/** One toast: the store it draws, under the key that folds repeats into it. */
export interface ToastEntry {
  /** Which toast this is on screen: kept when an error updates it in place (another code, another store). */
  readonly id: number;
  /** One toast per key (the code; every code the catalogue does not know shares one). */
  readonly key: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a queue holds stores of any options
  readonly store: ErrorStore<any>;
  /** How long it stays, when the request said; otherwise the toaster's duration. */
  readonly duration: number | undefined;
  /** Removes this toast (nothing happens if another one has taken its key over since). */
  readonly dismiss: () => void;
}

/** What a toaster draws. */
export interface ToastQueueSnapshot {
  /** The toaster that shows the toasts (the first mounted), if any. */
  readonly viewer: object | undefined;
  /** Every toast kept, oldest first. */
  readonly entries: readonly ToastEntry[];
  /** The toasts on screen: the newest few. */
  readonly visible: readonly ToastEntry[];
}

/** The toasts under one provider, outside React: mounted toasters draw its snapshot. */
export interface ToastQueue extends ToastHandover {
  /** Registers a toaster; the first one registered shows the toasts. Returns a function that unregisters it. */
  attach(viewer: object): () => void;
  /**
   * Shows a store's error as a toast, in place of the toast that store already has (its error
   * changed code) or else of the toast with the same key; one toast per key, so another toast with
   * that key goes. Returns a function that removes it.
   */
  show(key: string, store: ToastEntry['store'], duration?: number): () => void;
  subscribe(listener: () => void): () => void;
  getSnapshot(): ToastQueueSnapshot;
}

/**
 * Creates the toasts of one provider. While a toaster is attached the queue is in `slot`, where
 * boundaries hand their transient errors over.
 */
export function createToastQueue(slot: ToasterSlot): ToastQueue {
  const viewers: object[] = [];
  let lastId = 0;
  let entries: readonly ToastEntry[] = [];
  let snapshot: ToastQueueSnapshot = { viewer: undefined, entries, visible: entries };
  const listeners = new Set<() => void>();
  const changed = (next: readonly ToastEntry[]) => {
    entries = next;
    snapshot = { viewer: viewers[0], entries, visible: entries.slice(-MAX_VISIBLE) };
    [...listeners].forEach((listener) => listener());
  };
  const viewersChanged = () => {
    changed(entries);
    slot.set(viewers.length > 0 ? queue : undefined);
  };

  const queue: ToastQueue = {
    attach(viewer) {
      viewers.push(viewer);
      viewersChanged();
      return () => {
        viewers.splice(viewers.indexOf(viewer) >>> 0, 1);
        viewersChanged();
      };
    },
    show(key, store, duration) {
      const previous = entries.find((item) => item.store === store) ?? entries.find((item) => item.key === key);
      const entry: ToastEntry = {
        id: previous?.id ?? (lastId += 1),
        key,
        store,
        duration,
        dismiss: () => entries.includes(entry) && changed(entries.filter((item) => item !== entry)),
      };
      changed(
        previous
          ? entries.flatMap((item) => (item === previous ? [entry] : item.key === key || item.store === store ? [] : [item]))
          : [...entries, entry].slice(-MAX_KEPT),
      );
      return entry.dismiss;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
  };
  return queue;
}

const queues = new WeakMap<KitServices, ToastQueue>();

/** The toasts under the provider whose services these are, made the first time they are needed. */
export function toastQueueOf(services: KitServices): ToastQueue {
  let queue = queues.get(services);
  if (!queue) queues.set(services, (queue = createToastQueue(services.toaster)));
  return queue;
}
