'use client';

import type { ComponentProps } from 'react';
import { useLocation, useNavigate, useRevalidator, useRouteError } from 'react-router';
import { AuthErrorBoundary } from '../../components/AuthErrorBoundary';
import { KitOutcome } from '../../components/KitOutcome';
import type { IntelliAuthError } from '../../core/IntelliAuthError';
import { safeHref } from '../../core/safeHref';
import { toAuthError } from '../../core/toAuthError';
import type { AuthErrorOptions } from '../../hooks/AuthErrorOptions';
import type { AuthErrorOutcomeState } from '../../hooks/AuthErrorOutcomeState';
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
 * for an unknown URL, anything thrown) with the outcome its code calls for, inline (never only
 * in a toast: the route's content is gone; a `presentation` you give wins). An outcome that offers nothing to do beside a form
 * that this element has replaced (invalid_credentials, totp_invalid, validation_failed's field
 * messages, a 403) keeps its copy and gets "Try again". "Try again", automatic retries, the end
 * of a countdown and a successful token refresh run the route's loaders again and show the route
 * once they succeed (after your own `onRetry` / `onCountdownEnd`, when you give one);
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
  const { options: provided, translator } = useKit();
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
  // The route's error is drawn by the kit as an error thrown in place of the page is: a heading for
  // generic copy and field errors, field messages as text (their fields are gone with the route).
  // An outcome meant to sit beside the content with nothing to do (invalid_credentials, totp_invalid,
  // validation_failed, a 403, a countdown with no end) would be a dead end here, where this element
  // has replaced the route and its form: it keeps its copy and gets "Try again", which runs the
  // route again (its form back, after an action). For the route's code, unless the app has a
  // renderer of its own for it.
  // KitOutcome needs no store or timer here: a renderer's state re-renders as its timers run. Its
  // snapshot gives the look (the provider's options under this element's) and says `thrown`.
  const renderers = {
    [toAuthError(routeError).code]: (state: AuthErrorOutcomeState) => (
      <KitOutcome
        {...({
          state:
            state.actions.length > 0 || state.countdown || state.outcome.placement !== 'inline'
              ? state
              : { ...state, actions: [{ type: 'button', id: 'tryAgain', label: translator.t('actions.tryAgain'), onSelect: state.retryNow }] },
          snapshot: { options: { ...provided, ...props }, source: 'thrown' },
        } as ComponentProps<typeof KitOutcome>)}
      />
    ),
    ...provided.renderers,
    ...props.renderers,
  };
  // Inline, never only in a toast (the app's `presentation` still wins): the route's content is gone,
  // and this element would be empty beside an `AuthErrorToaster`'s toast. A thrown `null` would read
  // as no error (a blank route): `0`, like anything else unreadable, is the generic outcome, and the
  // same value on every render. (React Router never gives `undefined`.)
  return (
    <AuthErrorBoundary
      presentation="inline"
      {...props}
      error={routeError ?? 0}
      renderers={renderers}
      onRetry={rerunAfter(props.onRetry ?? provided.onRetry)}
      onCountdownEnd={rerunAfter(props.onCountdownEnd ?? provided.onCountdownEnd)}
      {...(navigates && { onSignIn: () => void navigate(signInHref as string) })}
    />
  );
}
