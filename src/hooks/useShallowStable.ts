import { useState } from 'react';

function shallowEqual(a: object, b: object): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** The same object as last render while its properties are the same, so contexts don't change needlessly. */
export function useShallowStable<T extends object>(value: T): T {
  const [stable, setStable] = useState(value);
  if (stable !== value && !shallowEqual(stable, value)) {
    setStable(value);
    return value;
  }
  return stable;
}
