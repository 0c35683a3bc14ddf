import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};
const yes = () => true;
const no = () => false;

/** `false` on the server and while hydrating, `true` once the browser has taken over. */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, yes, no);
}
