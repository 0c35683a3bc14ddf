'use client';

import type { ComponentProps } from 'react';
import { useLocation, useNavigate, useRevalidator, useRouteError } from 'react-router';
import { AuthErrorBoundary } from '../../components/AuthErrorBoundary';
import { KitOutcome } from '../../components/KitOutcome';
import type { IntelliAuthError } from '../../core/IntelliAuthError';
import { normaliseInput } from '../../engine/normaliseInput';
import type { AuthErrorOptions } from '../../hooks/AuthErrorOptions';
import type { AuthErrorOutcomeState } from '../../hooks/AuthErrorOutcomeState';
import { useKit } from '../../hooks/KitContext';

/** Props of {@link RouteAuthErrorBoundary}: every option of `AuthErrorBoundary` (over the provider's), but the error. */
export type RouteAuthErrorBoundaryProps = AuthErrorOptions;

type Callback = ((error: IntelliAuthError) => void) | undefined;

/**
 * A ready `errorElement` for React Router's data routers: shows the route's error
 * (`useRouteError()`: a thrown `Response`, `throwAuthError`'s response, React Router's own 404
 * for an unknown URL, anything thrown; read through your `normalize`, as every boundary reads an
 * error) with the outcome its code calls for, inline (never only in a toast: the route's content
 * is gone; a `presentation` you give wins). The route is gone, so every outcome shows something and
 * a way on: "Try again", which runs the route again, is added unless the outcome already has it,
 * leads elsewhere (sign in, start over, contact support), counts down to a re-run, or shows your
 * hand-off UI; beside an action that stays on the page (resend the verification email, use another
 * method) it is added too. A hidden code with no hand-off UI of yours (mfa_required,
 * step_up_required, captcha_required) and a cancelled request (aborted) show the generic copy.
 * "Try again", automatic retries, the end of a countdown and a successful token refresh run the
 * route's loaders again and show the route once they succeed (after your own `onRetry` /
 * `onCountdownEnd`, when you give one). A link to a path in the app ("Sign in" to `signInHref`,
 * "Start over") navigates with React Router. Put `AuthErrorProvider` outside `RouterProvider`, so
 * that error elements have its options.
 *
 * @example
 * createBrowserRouter([{ path: '/', element: <Root />, errorElement: <RouteAuthErrorBoundary />, loader }])
 */
export function RouteAuthErrorBoundary(props: RouteAuthErrorBoundaryProps) {
  const routeError = useRouteError();
  const navigate = useNavigate();
  const shown = useLocation();
  const { revalidate } = useRevalidator();
  const {
    options: provided,
    translator: { t },
  } = useKit();
  const options = { ...provided, ...props };
  // The route's code as the boundary reads it (through the app's `normalize`): it picks the kit's
  // renderer below, whatever `normalize` made of the error.
  const { code } = normaliseInput(routeError ?? 0, options.normalize);
  // The app's callback (if any), then the route's loaders run again, and the route shows once they
  // succeed. A navigation to the location shown (replacing it; `location.state` kept) runs every
  // loader of the route, and a new location always clears the error element. Not `revalidate()`
  // alone: React Router clears an error element only when it has rendered a revalidation in
  // progress and then its end, so one that starts and ends in a single render (a loader answering
  // from a cache, a route with no loader, a retry started by a timer) would leave the old error on
  // the page (remix-run/react-router#11597). With a `#hash`, that navigation is a hash change to
  // React Router, which runs no loader: `revalidate()` runs them, right after the new location is
  // set (so the error element clears whether or not its progress is rendered).
  // Made anew on each render, as the app's inline callbacks are: the boundary reads the ones it has
  // when it calls them, and this element renders again only when the router's state or the provider's
  // options change.
  const rerunAfter = (callback: Callback) => (failed: IntelliAuthError) => {
    try {
      callback?.(failed);
    } finally {
      void navigate(shown, { replace: true, state: shown.state });
      if (shown.hash) void revalidate();
    }
  };
  // The route's error is drawn by the kit as an error thrown in place of the page is: a heading for
  // generic copy and field errors, field messages as text (their fields are gone with the route).
  // A link to a path in the app (`/sign-in`, `../login`, `?next=1`: sign in, start over) navigates
  // with React Router, no page load; one to another origin (the identity provider's sign-in page)
  // stays a link. Its href has passed the kit's URL policy, which leaves either a relative
  // reference or an absolute http(s) URL.
  // Every outcome gets a way back to the route ("Try again", which runs it again: its form back,
  // after an action) unless one of its actions is a way on (Try again, Try now, Refresh, sign in,
  // start over, contact support), it counts down to a re-run, or it shows the app's hand-off UI
  // (whose `retry` runs the route again): none at all, or only actions that stay on the page
  // (resend the verification email, set a new password, use another method). A hidden code with no
  // hand-off UI of the app's would show nothing: it gets the generic copy.
  // KitOutcome needs no store or timer here: a renderer's state re-renders as its timers run. Its
  // snapshot gives the look (the provider's options under this element's) and says `thrown`.
  const draw = (state: AuthErrorOutcomeState) => {
    const { handoff, message } = state;
    // (A button has no href: "undefined" is not a path.)
    const actions = state.actions.map((action) =>
      /^[/.?#]/.test((action as { href: string }).href)
        ? { ...action, type: 'button', onSelect: (): void => void navigate((action as { href: string }).href) }
        : action,
    );
    return (
      <KitOutcome
        {...({
          state: {
            ...state,
            message: message || handoff ? message : t('generic'),
            actions:
              handoff || state.countdown || !actions.every((action) => /^(rese|se|us)/.test(action.id))
                ? actions
                : [...actions, { type: 'button', id: 'tryAgain', label: t('actions.tryAgain'), onSelect: state.retryNow }],
          },
          snapshot: { options, source: 'thrown' },
        } as unknown as ComponentProps<typeof KitOutcome>)}
      />
    );
  };
  // Inline, never only in a toast (the app's `presentation` still wins): the route's content is gone,
  // and this element would be empty beside an `AuthErrorToaster`'s toast. The kit draws the route's
  // code, unless the app has a renderer of its own for it. A thrown `null` would read as no error (a
  // blank route), and a cancelled request (`aborted`) shows nothing where an error sits beside the
  // page: here, where each replaces the page, `0` (like anything else unreadable) gives the generic
  // outcome. (React Router never gives `undefined`.)
  return (
    <AuthErrorBoundary
      presentation="inline"
      {...props}
      error={code === 'aborted' ? 0 : (routeError ?? 0)}
      renderers={{ [code]: draw, ...provided.renderers, ...props.renderers }}
      onRetry={rerunAfter(options.onRetry)}
      onCountdownEnd={rerunAfter(options.onCountdownEnd)}
    />
  );
}
