import { createContext, useContext } from 'react';
import type { FieldMessages } from '../core/AuthErrorOutcome';
import type { AuthErrorOptions } from './AuthErrorOptions';

/** What an `AuthErrorBoundary` gives the hooks and parts below it. */
export interface BoundaryContextValue {
  /** The three handlers below as one object, the same for the boundary's life (what `useAuthErrorBoundary` returns). */
  readonly actions: Pick<BoundaryContextValue, 'showAuthError' | 'resetAuthError' | 'clearFieldError'>;
  /** Routes an error from an event handler or a promise into this boundary. */
  showAuthError(error: unknown): void;
  /** Clears whatever the boundary shows. */
  resetAuthError(): void;
  /** Takes one field out of a validation_failed error (the app's form cleared it). */
  clearFieldError(name: string): void;
  /** validation_failed messages by field name. */
  readonly fields: ReadonlyMap<string, FieldMessages>;
  /** The id of a field's message element (for `aria-describedby`). */
  fieldErrorId(name: string): string;
  /** The boundary's options (its own over the provider's): the look of parts drawn outside an outcome root. */
  readonly options: AuthErrorOptions;
}

export const BoundaryContext = createContext<BoundaryContextValue | null>(null);
// Its name in React DevTools, a development aid (as react-redux names its context).
if (process.env.NODE_ENV !== 'production') BoundaryContext.displayName = 'AuthErrorBoundaryContext';

/** The nearest boundary; throws a clear error naming the hook when there is none. */
export function useBoundary(hook: string): BoundaryContextValue {
  const value = useContext(BoundaryContext);
  if (!value) throw new Error(`${hook} must be used inside <AuthErrorBoundary>.`);
  return value;
}
