import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

const unsubscribed = () => () => {};
const online = () => navigator.onLine !== false;
const always = () => true;

/** Whether the browser says it is online (always `true` on the server, and while `active` is false). */
export function useOnline(active = true): boolean {
  return useSyncExternalStore(active ? subscribe : unsubscribed, active ? online : always, always);
}
