'use client';

import { useCallback } from 'react';
import { AuthErrorBoundary } from '../../components/AuthErrorBoundary';
import type { IntelliAuthError } from '../../core/IntelliAuthError';
import type { AuthErrorOptions } from '../../hooks/AuthErrorOptions';
import { useKit } from '../../hooks/KitContext';

/** Props of {@link AuthErrorPage}: what Next.js gives `error.tsx`, and every option of `AuthErrorBoundary`. */
export interface AuthErrorPageProps extends AuthErrorOptions {
  /**
   * The error the segment threw. From a server component in production, a redacted `Error`
   * whose `digest` is all that is left: `throwAuthError`'s digest carries the code and details.
   */
  error: unknown;
  /** Next.js: clears the error and renders the segment again, without fetching it again. */
  reset: () => void;
  /** Next.js 16.3 and later: fetches the segment again (server components included) and renders it. */
  retry?: () => void;
  /** Next.js 16.2's name for `retry`. */
  unstable_retry?: () => void;
}

/**
 * A ready `error.tsx` for the Next.js App Router: shows the segment's error (an auth error
 * thrown with `throwAuthError`, in production too, or anything else as generic copy) with the
 * outcome its code calls for. "Try again", automatic retries, the end of a countdown and a
 * successful token refresh call Next's `retry` (which fetches the segment again; `reset` before
 * Next.js 16.2), after your own `onRetry` / `onCountdownEnd`. Options come from the nearest
 * provider (`NextAuthErrorProvider` in the root layout) and from its own props.
 *
 * @example
 * // app/error.tsx
 * 'use client';
 * export { AuthErrorPage as default } from '@intelliauth/react-auth-errors/next';
 */
export function AuthErrorPage(props: AuthErrorPageProps) {
  const { options: provided } = useKit();
  const { error, reset, retry, unstable_retry: retry162, ...options } = props;
  const again = retry ?? retry162 ?? reset;
  const onRetry = useThen(options.onRetry ?? provided.onRetry, again);
  const onCountdownEnd = useThen(options.onCountdownEnd ?? provided.onCountdownEnd, again);
  return <AuthErrorBoundary {...options} error={error} onRetry={onRetry} onCountdownEnd={onCountdownEnd} />;
}

/** The app's callback (if any), then `next`. */
function useThen(callback: ((error: IntelliAuthError) => void) | undefined, next: () => void): (error: IntelliAuthError) => void {
  return useCallback(
    (error: IntelliAuthError) => {
      try {
        callback?.(error);
      } finally {
        next();
      }
    },
    [callback, next],
  );
}
