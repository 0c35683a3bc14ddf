import { createToastQueue } from '../../src/toast/createToastQueue';
import { createToasterSlot } from '../../src/engine/createToasterSlot';
import type { ErrorStore } from '../../src/engine/createErrorStore';

// The queue never reads a store: any object stands in for one.
const store = (name: string) => ({ name }) as unknown as ErrorStore;

describe('createToastQueue', () => {
  it('should be in the slot only while a toaster is attached, the first one attached showing the toasts', () => {
    const slot = createToasterSlot();
    const queue = createToastQueue(slot);
    expect(slot.get()).toBeUndefined();
    const first = {};
    const second = {};
    const detachFirst = queue.attach(first);
    const detachSecond = queue.attach(second);
    expect(slot.get()).toBe(queue);
    expect(queue.getSnapshot().viewer).toBe(first);
    detachFirst();
    expect(queue.getSnapshot().viewer).toBe(second);
    detachSecond();
    expect(slot.get()).toBeUndefined();
    expect(queue.getSnapshot().viewer).toBeUndefined();
  });

  it('should fold a toast of the same key into its place, and remove only the toast its dismiss made', () => {
    const queue = createToastQueue(createToasterSlot());
    queue.show('network_error', store('a'));
    const dismissB = queue.show('rate_limited', store('b'));
    const dismissOld = queue.show('network_error', store('c'));
    expect(queue.getSnapshot().entries.map((entry) => entry.key)).toEqual(['network_error', 'rate_limited']);
    queue.show('network_error', store('d'));
    // The toast it made was replaced since: nothing goes.
    dismissOld();
    expect(queue.getSnapshot().entries).toHaveLength(2);
    dismissB();
    expect(queue.getSnapshot().entries.map((entry) => entry.key)).toEqual(['network_error']);
  });

  it("should move a store's toast to its new key in place, as the same toast, and fold the toast that had that key", () => {
    const queue = createToastQueue(createToasterSlot());
    const answered = store('a');
    queue.show('service_unavailable', answered);
    queue.show('network_error', store('b'));
    queue.show('rate_limited', store('c'));
    const [first] = queue.getSnapshot().entries;
    queue.show('network_error', answered);
    const { entries } = queue.getSnapshot();
    expect(entries.map((entry) => [entry.key, entry.store])).toEqual([
      ['network_error', answered],
      ['rate_limited', store('c')],
    ]);
    expect(entries[0]?.id).toBe(first?.id);
  });

  it('should show the newest three and keep the newest ten', () => {
    const queue = createToastQueue(createToasterSlot());
    for (let i = 0; i < 12; i += 1) queue.show(`code_${i}`, store(String(i)));
    const { entries, visible } = queue.getSnapshot();
    expect(entries.map((entry) => entry.key)).toEqual(Array.from({ length: 10 }, (_, i) => `code_${i + 2}`));
    expect(visible.map((entry) => entry.key)).toEqual(['code_9', 'code_10', 'code_11']);
  });

  it('should tell its subscribers of every change, until they unsubscribe', () => {
    const queue = createToastQueue(createToasterSlot());
    const listener = vi.fn();
    const unsubscribe = queue.subscribe(listener);
    queue.show('network_error', store('a'));
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    queue.show('server_error', store('b'));
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
