'use client';

import { useLocation, useNavigate, useRevalidator, useRouteError } from 'react-router';
import { AuthErrorBoundary } from '../../components/AuthErrorBoundary';
import type { IntelliAuthError } from '../../core/IntelliAuthError';
import { safeHref } from '../../core/safeHref';
import { toAuthError } from '../../core/toAuthError';
import type { AuthErrorOptions } from '../../hooks/AuthErrorOptions';
import { useKit } from '../../hooks/KitContext';

/** Props of {@link RouteAuthErrorBoundary}: every option of `AuthErrorBoundary` (over the provider's), but the error. */
export type RouteAuthErrorBoundaryProps = AuthErrorOptions;

type Callback = ((error: IntelliAuthError) => void) | undefined;

// A path in the app (`/sign-in`, `../login`, `?next=1`): React Router navigates there. An absolute
// URL (another origin's sign-in page) stays a link. What safeHref passes is one or the other.
const inApp = (href: string | undefined) => /^[/.?#]/.test(safeHref(href) ?? '');

/**
 * A ready `errorElement` for React Router's data routers: shows the route's error
 * (`useRouteError()`: a thrown `Response`, `throwAuthError`'s response, React Router's own 404
 * for an unknown URL, anything thrown) with the outcome its code calls for, inline (not in a
 * toast: the route's content is gone) unless you say otherwise; validation_failed,
 * whose form this element has replaced, as generic copy with "Try again". "Try again",
 * automatic retries, the end of a countdown and a successful token refresh run the route's
 * loaders again and show the route once they succeed (after your own `onRetry` /
 * `onCountdownEnd`, when you give one);
 * "Sign in" navigates to `signInHref` when it is a path in the app and there is no `onSignIn`.
 * Put `AuthErrorProvider` outside `RouterProvider`, so that error elements have its options.
 *
 * @example
 * createBrowserRouter([{ path: '/', element: <Root />, errorElement: <RouteAuthErrorBoundary />, loader }])
 */
export function RouteAuthErrorBoundary(props: RouteAuthErrorBoundaryProps) {
  const routeError = useRouteError();
  const navigate = useNavigate();
  const shown = useLocation();
  const { revalidate } = useRevalidator();
  const { options: provided } = useKit();
  const signInHref = props.signInHref ?? provided.signInHref;
  // The app's callback (if any), then the route's loaders run again, and the route shows once they
  // succeed. A navigation to the location shown (replacing it; scroll position and `location.state`
  // kept) runs every loader of the route, and a new location always clears the error element. Not
  // `revalidate()` alone: React Router clears an error element only when it has rendered a
  // revalidation in progress and then its end, so one that starts and ends in a single render (a
  // loader answering from a cache, a route with no loader, a retry started by a timer) would leave
  // the old error on the page (remix-run/react-router#11597). With a `#hash`, that navigation is a
  // hash change to React Router, which runs no loader: `revalidate()` runs them, right after the new
  // location is set (so the error element clears whether or not its progress is rendered).
  // Made anew on each render, as the app's inline callbacks are: the boundary reads the ones it has
  // when it calls them, and this element renders again only when the router's state or the provider's
  // options change.
  const rerunAfter = (callback: Callback) => (error: IntelliAuthError) => {
    try {
      callback?.(error);
    } finally {
      void navigate(shown, { replace: true, preventScrollReset: true, state: shown.state });
      if (shown.hash) void revalidate();
    }
  };
  // "Sign in" navigates to a path in the app, unless the app has its own onSignIn (this element's,
  // or the provider's, which AuthErrorBoundary reads itself).
  const navigates = !(props.onSignIn ?? provided.onSignIn) && inApp(signInHref);
  // validation_failed (a raw 400 or 422 too) asks the user to fix the route's form, which this element
  // has replaced: it would show no field, no button, no link. The generic outcome instead, whose "Try
  // again" runs the route again (its form back, after an action). A thrown `null` would read as no
  // error (a blank route): `0`, like anything else unreadable, is the generic outcome, and the same
  // value on every render. (React Router never gives `undefined`.)
  const error = toAuthError(routeError).code === 'validation_failed' ? { code: 'unknown', cause: routeError } : (routeError ?? 0);
  // Inline, never only in a toast (the app's `presentation` still wins): the route's content is gone,
  // and this element would be empty beside an `AuthErrorToaster`'s toast.
  return <AuthErrorBoundary presentation="inline" {...props} error={error} onRetry={rerunAfter(props.onRetry ?? provided.onRetry)} onCountdownEnd={rerunAfter(props.onCountdownEnd ?? provided.onCountdownEnd)} {...(navigates && { onSignIn: () => void navigate(signInHref as string) })} />;
}

