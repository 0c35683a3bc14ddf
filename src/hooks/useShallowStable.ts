import { useState } from 'react';
import { shallowEqual } from '../engine/shallowEqual';

/** The same object as last render while its properties are the same, so contexts don't change needlessly. */
export function useShallowStable<T extends object>(value: T): T {
  const [stable, setStable] = useState(value);
  if (stable !== value && !shallowEqual(stable, value)) {
    setStable(value);
    return value;
  }
  return stable;
}
