import { act, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, Form, redirect, RouterProvider, useActionData, useLoaderData, type DataStrategyResult, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { AuthErrorBoundary, AuthErrorProvider, toAuthError, type AuthErrorProviderProps, type HandoffContext } from '../../src';
import { AUTH_ERROR_CODES, fromResponse } from '../../src/core';
import { RouteAuthErrorBoundary, throwAuthError, withAuthErrors } from '../../src/integrations/react-router';
import { AuthErrorToaster } from '../../src/toast';
import en from '../../locales/en/auth-errors.json';
import { allowConsole } from '../helpers/console';

const tick = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
/** Lets the router's loaders (each answering after `network()`), the kit's refresh and what they lead to settle. */
const settle = async () => {
  for (let i = 0; i < 3; i += 1) await tick(50);
};
/** A server's answer takes a moment, as it does in a browser: the router renders its loading state first. */
const network = () => new Promise((resolve) => setTimeout(resolve, 100));

function Profile() {
  const { name } = useLoaderData<{ name: string }>();
  return <h1>Hello {name}</h1>;
}

type Loader = NonNullable<RouteObject['loader']>;

/** A data router in memory, under a provider that sits outside it (as the README says it must). */
function renderRoutes(loader: Loader, { path = '/', provider = {}, routes = [] }: { path?: string; provider?: AuthErrorProviderProps; routes?: RouteObject[] } = {}) {
  const router = createMemoryRouter(
    [
      { path: '/', element: <Profile />, errorElement: <RouteAuthErrorBoundary />, loader, hydrateFallbackElement: <p>Loading</p> },
      { path: '/sign-in', element: <h1>Sign-in page</h1> },
      ...routes,
    ],
    { initialEntries: [path] },
  );
  render(
    <AuthErrorProvider {...provider}>
      <RouterProvider router={router} />
    </AuthErrorProvider>,
  );
  return router;
}

/** A loader answering each call with the next of `answers` (the last one repeats). */
function loaderAnswering(...answers: (() => unknown)[]) {
  let call = 0;
  return vi.fn(async () => {
    const answer = answers[Math.min(call, answers.length - 1)] as () => unknown;
    call += 1;
    await network();
    return answer();
  });
}

const profile = () => ({ name: 'Ada' });
/** "Try again" runs the route again, and the route shows. */
async function expectTryAgainBringsRouteBack() {
  fireEvent.click(screen.getByRole('button', { name: en.actions.tryAgain }));
  await settle();
  expect(screen.getByRole('heading', { name: 'Hello Ada' })).toBeInTheDocument();
}

/** A 429 with `Retry-After: 5` shown: the countdown ticks, then the loader runs again and the route shows. */
async function expectCountdownThenRoute(loader: ReturnType<typeof vi.fn>) {
  await settle();
  expect(screen.getByText(en.codes.rate_limited)).toBeInTheDocument();
  expect(screen.getByText('Retrying in 5 seconds…')).toBeInTheDocument();
  await tick(1000);
  expect(screen.getByText('Retrying in 4 seconds…')).toBeInTheDocument();
  await tick(4000);
  await settle();
  expect(loader).toHaveBeenCalledTimes(2);
  expect(screen.getByRole('heading', { name: 'Hello Ada' })).toBeInTheDocument();
}

const html = (status: number, headers: Record<string, string> = {}) =>
  new Response('<!doctype html><title>Error</title><h1>Error</h1>', { status, headers: { 'Content-Type': 'text/html', ...headers } });

describe('RouteAuthErrorBoundary', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
  });

  /** A data router whose loader fails with a bare 503, under a provider with a toaster mounted. */
  function renderUnderToaster(errorElement: ReactNode) {
    const router = createMemoryRouter([{ path: '/', element: <Profile />, errorElement, loader: () => Promise.reject(html(503)), hydrateFallbackElement: <p>Loading</p> }]);
    render(
      <AuthErrorProvider onRetry={() => {}}>
        <RouterProvider router={router} />
        <AuthErrorToaster />
      </AuthErrorProvider>,
    );
  }
  /** The outcomes drawn in the page, not in a toast (each toast is a list item). */
  const inPage = (code: string) => [...document.querySelectorAll(`[data-auth-error-code="${code}"]`)].filter((node) => !node.closest('li'));

  it('should show a 503 in the error element, not only in a toast, when an AuthErrorToaster is on the page', async () => {
    renderUnderToaster(<RouteAuthErrorBoundary />);
    await settle();
    // The route's content is gone: the element must show the error itself.
    expect(inPage('service_unavailable')).toHaveLength(1);
    expect(inPage('service_unavailable')[0]).toHaveTextContent(en.codes.service_unavailable);
    expect(screen.queryByRole('listitem')).toBeNull();
  });

  it("should leave the 503 to the toaster when the app's presentation says so", async () => {
    renderUnderToaster(<RouteAuthErrorBoundary presentation="auto" />);
    await settle();
    expect(inPage('service_unavailable')).toHaveLength(0);
    expect(screen.getByRole('listitem')).toHaveTextContent(en.codes.service_unavailable);
  });

  it('should show the copy for an auth error a loader throws with throwAuthError', async () => {
    renderRoutes(() => throwAuthError({ code: 'account_disabled' }));
    await settle();
    expect(screen.getByRole('alert')).toHaveTextContent(en.codes.account_disabled);
  });

  it('should count down the Retry-After of a 429 with an HTML body, then load the route again', async () => {
    const loader = loaderAnswering(async () => throwAuthError(await fromResponse(html(429, { 'Retry-After': '5' }))), profile);
    renderRoutes(loader);
    await expectCountdownThenRoute(loader);
  });

  it('should read a Response the loader throws as it is (a bare 503)', async () => {
    renderRoutes(() => {
      throw html(503);
    });
    await settle();
    expect(screen.getByText(en.codes.service_unavailable)).toBeInTheDocument();
  });

  it("should show the not_found copy for React Router's own 404 (an unknown URL)", async () => {
    renderRoutes(profile, { path: '/no-such-page' });
    await settle();
    expect(screen.getByText(en.codes.not_found)).toBeInTheDocument();
    expect(screen.queryByText(en.generic)).toBeNull();
  });

  it('should retry a failing loader automatically at most 3 times, then leave it to the user', async () => {
    const loader = loaderAnswering(() => throwAuthError({ code: 'service_unavailable' }));
    renderRoutes(loader);
    await settle();
    expect(screen.getByText(en.codes.service_unavailable)).toBeInTheDocument();
    for (let i = 0; i < 40; i += 1) await tick(250);
    expect(loader).toHaveBeenCalledTimes(4);
    expect(screen.getByRole('button', { name: en.actions.tryAgain })).toBeEnabled();
  });

  // Every way back to the route, with and without a #hash in the URL (React Router takes a
  // navigation to the same location with a hash for a hash change, and runs no loader for it).
  describe.each([
    ['', '/', { pathname: '/', search: '', hash: '' }],
    [' on a URL with a #hash', '/?tab=1#top', { pathname: '/', search: '?tab=1', hash: '#top' }],
  ])('running the route again%s', (_label, path, where) => {
    it('should run the loader again on "Try again" and show the route once it succeeds', async () => {
      const loader = loaderAnswering(() => {
        throw new Error('database down');
      }, profile);
      const router = renderRoutes(loader, { path });
      await settle();
      expect(screen.getByText(en.generic)).toBeInTheDocument();
      fireEvent.click(screen.getByRole('button', { name: en.actions.tryAgain }));
      await settle();
      expect(loader).toHaveBeenCalledTimes(2);
      expect(screen.getByRole('heading', { name: 'Hello Ada' })).toBeInTheDocument();
      expect(router.state.location).toMatchObject(where);
    });

    it("should run the loader again once the provider's token refresh succeeds (token_expired)", async () => {
      let token = 'expired';
      const onRefreshToken = vi.fn(async () => {
        token = 'fresh';
      });
      const loader = vi.fn(async () => {
        await network();
        if (token === 'expired') throwAuthError(await fromResponse(new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } })));
        return profile();
      });
      renderRoutes(loader, { path, provider: { onRefreshToken } });
      await settle();
      await settle();
      expect(onRefreshToken).toHaveBeenCalledTimes(1);
      expect(loader).toHaveBeenCalledTimes(2);
      expect(screen.getByRole('heading', { name: 'Hello Ada' })).toBeInTheDocument();
      expect(screen.queryByText(en.codes.session_expired)).toBeNull();
    });

    it('should run the loader again when a countdown ends', async () => {
      const loader = loaderAnswering(() => throwAuthError({ code: 'account_locked', details: { retry_after_s: 2 } }), profile);
      renderRoutes(loader, { path });
      await settle();
      expect(screen.getByText('You can try again in 2 seconds.')).toBeInTheDocument();
      await tick(2000);
      await settle();
      expect(loader).toHaveBeenCalledTimes(2);
      expect(screen.getByRole('heading', { name: 'Hello Ada' })).toBeInTheDocument();
    });

    it('should show the route again when its loader answers at once, with no loading state rendered in between (react-router#11597)', async () => {
      let calls = 0;
      const loader = () => {
        calls += 1;
        return calls === 1 ? throwAuthError({ code: 'account_locked', details: { retry_after_s: 1 } }) : profile();
      };
      renderRoutes(loader, { path });
      await settle();
      await tick(1000);
      await settle();
      expect(calls).toBe(2);
      expect(screen.getByRole('heading', { name: 'Hello Ada' })).toBeInTheDocument();
      expect(screen.queryByText(en.codes.account_locked)).toBeNull();
    });

    it('should show a render error of the route as generic copy, and render the route again on "Try again"', async () => {
      allowConsole('error');
      let broken = true;
      function Flaky() {
        if (broken) throw new TypeError("Cannot read properties of undefined (reading 'name')");
        return <h1>Fixed</h1>;
      }
      const router = createMemoryRouter([{ path: '/', element: <Flaky />, errorElement: <RouteAuthErrorBoundary /> }], { initialEntries: [path] });
      render(<RouterProvider router={router} />);
      await settle();
      expect(screen.getByText(en.generic)).toBeInTheDocument();
      broken = false;
      fireEvent.click(screen.getByRole('button', { name: en.actions.tryAgain }));
      await settle();
      expect(screen.getByRole('heading', { name: 'Fixed' })).toBeInTheDocument();
    });
  });

  it('should show generic copy with "Try again" when a loader throws null, not a blank page', async () => {
    const loader = loaderAnswering(() => {
      throw null;
    }, profile);
    renderRoutes(loader);
    await settle();
    expect(screen.getByRole('alert')).toHaveTextContent(en.generic);
    await expectTryAgainBringsRouteBack();
  });

  it('should show generic copy when the route element throws null while rendering', async () => {
    allowConsole('error');
    function Broken(): never {
      throw null;
    }
    const router = createMemoryRouter([{ path: '/', element: <Broken />, errorElement: <RouteAuthErrorBoundary /> }]);
    render(<RouterProvider router={router} />);
    await settle();
    expect(screen.getByRole('alert')).toHaveTextContent(en.generic);
  });

  /** A sign-in form whose action throws `error`, under the error element. */
  function renderSignIn(error: unknown, provider: AuthErrorProviderProps = {}) {
    function SignIn() {
      return (
        <Form method="post">
          <label htmlFor="email">Email</label>
          <input id="email" name="email" />
          <button type="submit">Sign in</button>
        </Form>
      );
    }
    const router = createMemoryRouter([{ path: '/', element: <SignIn />, action: () => throwAuthError(error), errorElement: <RouteAuthErrorBoundary /> }]);
    render(
      <AuthErrorProvider {...provider}>
        <RouterProvider router={router} />
      </AuthErrorProvider>,
    );
  }

  // Outcomes meant to sit beside a form or the content, with nothing to do: here the error element
  // has replaced the route, so each keeps its copy and gets "Try again", which runs the route again.
  it.each([
    ['totp_invalid', () => throwAuthError({ code: 'totp_invalid' }), en.codes.totp_invalid],
    ['a raw 403', () => Promise.reject(new Response('Forbidden', { status: 403 })), en.codes.permission_denied],
    ['a raw 400 (validation_failed)', () => Promise.reject(new Response('Bad request', { status: 400 })), en.codes.validation_failed],
    ['a raw 422 (validation_failed)', () => Promise.reject(new Response('Unprocessable', { status: 422 })), en.codes.validation_failed],
    ['account_locked with no end to its wait', () => throwAuthError({ code: 'account_locked' }), en.codes.account_locked],
  ])('should show the copy of %s with "Try again", and show the route once the loader succeeds', async (_label, failure, copy) => {
    const loader = loaderAnswering(failure, profile);
    renderRoutes(loader);
    await settle();
    expect(screen.getByText(copy)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: en.actions.tryAgain }));
    await settle();
    expect(loader).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('heading', { name: 'Hello Ada' })).toBeInTheDocument();
  });

  it('should show invalid_credentials an action throws with "Try again", which brings the form back', async () => {
    renderSignIn({ code: 'invalid_credentials' });
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await settle();
    expect(screen.getByRole('alert')).toHaveTextContent(en.codes.invalid_credentials);
    expect(screen.queryByRole('textbox', { name: 'Email' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: en.actions.tryAgain }));
    await settle();
    expect(screen.getByRole('textbox', { name: 'Email' })).toBeInTheDocument();
  });

  it('should show the field messages an action throws as text under a focused heading, not as links to fields that are gone', async () => {
    renderSignIn({ code: 'validation_failed', details: { fields: { email: 'Taken.' } } });
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await settle();
    expect(screen.getByRole('heading', { name: en.titles.field_errors })).toHaveFocus();
    expect(screen.getByRole('listitem')).toHaveTextContent('Taken.');
    expect(screen.queryByRole('link', { name: 'Taken.' })).toBeNull();
  });

  it('should draw the route\'s error with the provider\'s look', async () => {
    renderSignIn({ code: 'invalid_credentials' }, { className: 'app-error', classNames: { button: 'app-button' } });
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await settle();
    expect(screen.getByRole('alert')).toHaveClass('iae-root', 'app-error');
    expect(screen.getByRole('button', { name: en.actions.tryAgain })).toHaveClass('iae-button', 'app-button');
  });

  it("should leave the route's code to the app's own renderer", async () => {
    renderSignIn({ code: 'invalid_credentials' }, { renderers: { invalid_credentials: ({ message }) => <p>Custom: {message}</p> } });
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await settle();
    expect(screen.getByText(`Custom: ${en.codes.invalid_credentials}`)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: en.actions.tryAgain })).toBeNull();
  });

  it('should not offer "Try again" while a countdown runs: its end runs the route again', async () => {
    renderRoutes(() => throwAuthError({ code: 'account_locked', details: { retry_after_s: 30 } }));
    await settle();
    expect(screen.getByText('You can try again in 30 seconds.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: en.actions.tryAgain })).toBeNull();
  });

  it('should link account_disabled to support, with no "Try again": the user cannot go on', async () => {
    renderRoutes(() => throwAuthError({ code: 'account_disabled' }), { provider: { supportHref: 'https://support.example.com/help' } });
    await settle();
    expect(screen.getByText(en.codes.account_disabled)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: en.actions.contactSupport })).toHaveAttribute('href', 'https://support.example.com/help');
    expect(screen.queryByRole('button', { name: en.actions.tryAgain })).toBeNull();
  });

  it('should bring the form back on "Try again" when an action throws field errors', async () => {
    renderSignIn({ code: 'validation_failed', details: { fields: { email: 'Taken.' } } });
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await settle();
    expect(screen.queryByRole('textbox', { name: 'Email' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: en.actions.tryAgain }));
    await settle();
    expect(screen.getByRole('textbox', { name: 'Email' })).toBeInTheDocument();
  });

  it("should leave field errors an action returns beside the route's form, with no \"Try again\" (an AuthErrorBoundary's own)", async () => {
    function SignUp() {
      const answer = useActionData<{ error: unknown } | undefined>();
      return (
        <AuthErrorBoundary error={answer?.error}>
          <Form method="post">
            <label htmlFor="email">Email</label>
            <input id="email" name="email" />
            <button type="submit">Sign up</button>
          </Form>
        </AuthErrorBoundary>
      );
    }
    const router = createMemoryRouter([
      {
        path: '/',
        element: <SignUp />,
        action: () => ({ error: { code: 'validation_failed', details: { fields: { email: 'Taken.' } } } }),
        errorElement: <RouteAuthErrorBoundary />,
      },
    ]);
    render(<RouterProvider router={router} />);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    await settle();
    expect(screen.getByRole('heading', { name: en.titles.field_errors })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Taken.' })).toHaveAttribute('href', '#email');
    expect(screen.getByRole('textbox', { name: 'Email' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: en.actions.tryAgain })).toBeNull();
  });

  it("should call the app's own onRetry before running the loader again", async () => {
    const calls: string[] = [];
    const loader = loaderAnswering(() => {
      calls.push('loader');
      throw new Error('database down');
    }, () => {
      calls.push('loader');
      return profile();
    });
    const router = createMemoryRouter([
      {
        path: '/',
        element: <Profile />,
        loader,
        hydrateFallbackElement: <p>Loading</p>,
        errorElement: <RouteAuthErrorBoundary onRetry={(error) => calls.push(`onRetry ${error.code}`)} />,
      },
    ]);
    render(<RouterProvider router={router} />);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: en.actions.tryAgain }));
    await settle();
    expect(calls).toEqual(['loader', 'onRetry unknown', 'loader']);
  });

  it('should navigate to signInHref inside the app on "Sign in"', async () => {
    const router = renderRoutes(() => throwAuthError({ code: 'session_expired' }), { provider: { signInHref: '/sign-in' } });
    await settle();
    expect(screen.getByRole('heading', { name: en.titles.reauthenticate })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: en.actions.signIn }));
    await settle();
    expect(screen.getByRole('heading', { name: 'Sign-in page' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it("should call the provider's onSignIn rather than navigate", async () => {
    const onSignIn = vi.fn();
    const router = renderRoutes(() => throwAuthError({ code: 'session_revoked' }), { provider: { onSignIn, signInHref: '/sign-in' } });
    await settle();
    fireEvent.click(screen.getByRole('button', { name: en.actions.signIn }));
    expect(onSignIn).toHaveBeenCalledWith(expect.objectContaining({ code: 'session_revoked' }));
    expect(router.state.location.pathname).toBe('/');
  });

  it("should link to a signInHref on another origin (the identity provider's page)", async () => {
    renderRoutes(() => throwAuthError({ code: 'session_expired' }), { provider: { signInHref: 'https://id.example.com/login' } });
    await settle();
    expect(screen.getByRole('link', { name: en.actions.signIn })).toHaveAttribute('href', 'https://id.example.com/login');
  });

  it("should add \"Try again\" to an outcome the app's normalize made from the route's error", async () => {
    // The app's adapter reads its own API's body, which React Router gives as the error response's `data`.
    const normalize = (error: unknown) => ((error as { data?: { kind?: string } }).data?.kind === 'bad-password' ? { code: 'invalid_credentials' } : error);
    const loader = loaderAnswering(() => {
      throw new Response('{"kind":"bad-password"}', { status: 401, headers: { 'Content-Type': 'application/json' } });
    }, profile);
    renderRoutes(loader, { provider: { normalize } });
    await settle();
    expect(screen.getByRole('alert')).toHaveTextContent(en.codes.invalid_credentials);
    await expectTryAgainBringsRouteBack();
  });

  it('should navigate to a restart address in the app on "Start over", with no page load', async () => {
    const router = renderRoutes(() => throwAuthError({ code: 'flow_expired' }), { provider: { restartHref: '/sign-in' } });
    await settle();
    fireEvent.click(screen.getByRole('button', { name: en.actions.startOver }));
    await settle();
    expect(screen.getByRole('heading', { name: 'Sign-in page' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('should show generic copy with "Try again" for a raw 400 authorization_pending (aborted), not a blank route', async () => {
    const loader = loaderAnswering(() => Promise.reject(Response.json({ error: 'authorization_pending' }, { status: 400 })), profile);
    renderRoutes(loader);
    await settle();
    expect(screen.getByRole('alert')).toHaveTextContent(en.generic);
    await expectTryAgainBringsRouteBack();
  });

  it('should show generic copy with "Try again" for a step-up challenge when the app has no step-up UI, not a blank route', async () => {
    allowConsole('warn');
    const loader = loaderAnswering(() => {
      throw new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer error="insufficient_user_authentication"' } });
    }, profile);
    renderRoutes(withAuthErrors(loader));
    await settle();
    expect(document.querySelector('[data-auth-error-code]')).toHaveAttribute('data-auth-error-code', 'step_up_required');
    expect(screen.getByText(en.generic)).toBeInTheDocument();
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('step_up_required: `handoffs.stepUp` is not set'));
    await expectTryAgainBringsRouteBack();
  });

  it('should keep "Try again" beside "Resend verification email", which stays on the page', async () => {
    const onResendVerification = vi.fn();
    const loader = loaderAnswering(() => throwAuthError({ code: 'email_unverified' }), profile);
    renderRoutes(loader, { provider: { onResendVerification } });
    await settle();
    fireEvent.click(screen.getByRole('button', { name: en.actions.resendVerification }));
    expect(onResendVerification).toHaveBeenCalledWith(expect.objectContaining({ code: 'email_unverified' }));
    // The user has verified their email: the route runs again.
    await expectTryAgainBringsRouteBack();
  });

});

// In an error element the route is gone: every outcome must show something and a way on, back to
// the route ("Try again", which runs it again) unless it leads elsewhere. Each code (and `aborted`,
// and what throwAuthError makes of what it cannot read) thrown into the element, with and without
// the app's handlers.
describe('RouteAuthErrorBoundary, for every code', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
  });

  const routes: RouteObject[] = [{ path: '/start', element: <h1>Start page</h1> }];
  /** A route whose loader throws `code` once, then answers. */
  function renderCode(code: string, provider: AuthErrorProviderProps = {}) {
    const loader = loaderAnswering(() => throwAuthError({ code }), profile);
    const router = renderRoutes(loader, { provider: { signInHref: '/sign-in', restartHref: '/start', ...provider }, routes });
    return { loader, router };
  }

  // Without the app's handlers.
  const retriedOnItsOwn = ['network_error', 'rate_limited', 'server_error', 'service_unavailable', 'silent_auth_failed', 'unknown'];
  const leadsElsewhere: [code: string, action: string, page: string][] = [
    ['session_expired', en.actions.signIn, 'Sign-in page'],
    ['session_revoked', en.actions.signIn, 'Sign-in page'],
    ['invalid_grant', en.actions.signIn, 'Sign-in page'],
    ['consent_required', en.actions.continue, 'Sign-in page'],
    ['state_mismatch', en.actions.startOver, 'Start page'],
    ['flow_expired', en.actions.startOver, 'Start page'],
    ['flow_invalid', en.actions.startOver, 'Start page'],
  ];
  const elsewhere = ['token_expired', 'precondition_failed'];
  // What the development console says about a code without its handler (or a misconfigured app).
  const said: Record<string, string> = {
    email_unverified: '`onResendVerification` is not set',
    password_must_be_reset: '`onResetPassword` is not set',
    webauthn_failed: '`onChooseAnotherMethod` is not set',
    sms_send_failed: '`onChooseAnotherMethod` is not set',
    mfa_required: '`handoffs.mfa` is not set',
    mfa_enrolment_required: '`handoffs.mfaEnrolment` is not set',
    step_up_required: '`handoffs.stepUp` is not set',
    captcha_required: '`handoffs.captcha` is not set',
  };
  const misconfigured = ['invalid_redirect_uri', 'invalid_client', 'unauthorized_client', 'pkce_required'];
  const copy: Record<string, string> = { ...en.codes, ...en.delivery, receiver_timeout: "Your endpoint didn't respond within 10 seconds. Delivery is being retried." };
  // Every other code, and a cancelled request: its copy (the generic copy where it has none) and "Try again".
  const triedAgain = [...AUTH_ERROR_CODES, 'aborted'].filter(
    (code) => !retriedOnItsOwn.includes(code) && !leadsElsewhere.some(([other]) => other === code) && !elsewhere.includes(code),
  );

  it('should leave no code out of these tests', () => {
    expect([...triedAgain, ...retriedOnItsOwn, ...leadsElsewhere.map(([code]) => code), ...elsewhere].sort()).toEqual([...AUTH_ERROR_CODES, 'aborted', 'unknown'].sort());
  });

  it.each(triedAgain)('should show %s with its copy and "Try again", which shows the route', async (code) => {
    if (said[code]) allowConsole('warn');
    if (misconfigured.includes(code)) allowConsole('error');
    const { loader } = renderCode(code);
    await settle();
    expect(document.querySelector(`[data-auth-error-code]`)).toHaveTextContent(copy[code] ?? en.generic);
    if (said[code]) expect(console.warn).toHaveBeenCalledWith(expect.stringContaining(`${code}: ${said[code]}`));
    if (misconfigured.includes(code)) expect(console.error).toHaveBeenCalledWith(expect.stringContaining(`${code}: the app's sign-in configuration is wrong`));
    fireEvent.click(screen.getByRole('button', { name: en.actions.tryAgain }));
    await settle();
    expect(loader).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('heading', { name: 'Hello Ada' })).toBeInTheDocument();
  });

  it.each(leadsElsewhere)('should show %s with "%s", which goes to the %s, and no "Try again"', async (code, action, page) => {
    const { router } = renderCode(code);
    await settle();
    expect(screen.getByRole('heading', { level: 2 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: en.actions.tryAgain })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: action }));
    await settle();
    expect(screen.getByRole('heading', { name: page })).toBeInTheDocument();
    expect(router.state.location.pathname).not.toBe('/');
  });

  it.each(retriedOnItsOwn)('should run the route again on its own for %s, and show it', async (code) => {
    const { loader } = renderCode(code);
    await settle();
    await tick(5000);
    await settle();
    expect(loader).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('heading', { name: 'Hello Ada' })).toBeInTheDocument();
  });

  it('should show token_expired with no token refresh set up as "Sign in again", linking to the sign-in page', async () => {
    renderCode('token_expired');
    await settle();
    expect(screen.getByRole('heading', { name: en.titles.reauthenticate })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: en.actions.signIn })).toHaveAttribute('href', '/sign-in');
  });

  it('should offer "Refresh" for precondition_failed, which reloads the page', async () => {
    const onReload = vi.fn();
    renderCode('precondition_failed', { onReload });
    await settle();
    expect(screen.queryByRole('button', { name: en.actions.tryAgain })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: en.actions.refresh }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });

  // With the app's handlers.
  it.each([
    ['email_unverified', en.actions.resendVerification, 'onResendVerification'],
    ['password_must_be_reset', en.actions.setNewPassword, 'onResetPassword'],
    ['webauthn_failed', en.actions.useAnotherMethod, 'onChooseAnotherMethod'],
    ['sms_send_failed', en.actions.useAnotherMethod, 'onChooseAnotherMethod'],
  ] as const)('should keep "Try again" beside the action of %s that stays on the page ("%s")', async (code, action, handler) => {
    const onAction = vi.fn();
    const { loader } = renderCode(code, { [handler]: onAction });
    await settle();
    fireEvent.click(screen.getByRole('button', { name: action }));
    expect(onAction).toHaveBeenCalledWith(expect.objectContaining({ code }));
    fireEvent.click(screen.getByRole('button', { name: en.actions.tryAgain }));
    await settle();
    expect(loader).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('heading', { name: 'Hello Ada' })).toBeInTheDocument();
  });

  it.each(['mfa_required', 'mfa_enrolment_required', 'step_up_required', 'captcha_required'])(
    "should show the app's hand-off UI for %s, whose retry shows the route, with no \"Try again\" of the kit's",
    async (code) => {
      const done = ({ retry }: HandoffContext) => (
        <button type="button" onClick={retry}>
          Verified
        </button>
      );
      const { loader } = renderCode(code, { handoffs: { mfa: done, mfaEnrolment: done, stepUp: done, captcha: done } });
      await settle();
      expect(screen.queryByRole('button', { name: en.actions.tryAgain })).toBeNull();
      fireEvent.click(screen.getByRole('button', { name: 'Verified' }));
      await settle();
      expect(loader).toHaveBeenCalledTimes(2);
      expect(screen.getByRole('heading', { name: 'Hello Ada' })).toBeInTheDocument();
    },
  );

  it.each(['account_disabled', 'step_blocked', 'step_timeout', 'step_error', ...misconfigured])(
    'should link %s to support, with no "Try again"',
    async (code) => {
      if (misconfigured.includes(code)) allowConsole('error');
      renderCode(code, { supportHref: 'https://support.example.com/help' });
      await settle();
      expect(screen.getByRole('link', { name: en.actions.contactSupport })).toHaveAttribute('href', 'https://support.example.com/help');
      expect(screen.queryByRole('button', { name: en.actions.tryAgain })).toBeNull();
      if (misconfigured.includes(code)) expect(console.error).toHaveBeenCalledWith(expect.stringContaining(`${code}: the app's sign-in configuration is wrong`));
    },
  );

  it.each([
    ['session_expired', en.actions.signIn],
    ['consent_required', en.actions.continue],
  ])("should call the app's onSignIn on %s's \"%s\", with no \"Try again\"", async (code, action) => {
    const onSignIn = vi.fn();
    renderCode(code, { onSignIn });
    await settle();
    expect(screen.queryByRole('button', { name: en.actions.tryAgain })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: action }));
    expect(onSignIn).toHaveBeenCalledWith(expect.objectContaining({ code }));
  });
});

describe('withAuthErrors', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
  });

  it('should count down the Retry-After of a 429 with an HTML body that a loader throws as it is, then load the route again', async () => {
    const loader = loaderAnswering(() => {
      throw html(429, { 'Retry-After': '5' });
    }, profile);
    renderRoutes(withAuthErrors(loader));
    await expectCountdownThenRoute(loader);
  });

  it('should count down a Retry-After given as an HTTP-date on a 503 that a loader throws as it is', async () => {
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    const loader = loaderAnswering(() => {
      throw html(503, { 'Retry-After': 'Tue, 01 Jan 2030 00:00:20 GMT' });
    }, profile);
    renderRoutes(withAuthErrors(loader));
    await settle();
    expect(screen.getByText(en.codes.service_unavailable)).toBeInTheDocument();
    expect(screen.getByText(/^Retrying in 2\d seconds…$/)).toBeInTheDocument();
  });

  it('should refresh the token for a 401 invalid_token that a loader throws as it is, and load the route again', async () => {
    let token = 'expired';
    const onRefreshToken = vi.fn(async () => {
      token = 'fresh';
    });
    const loader = vi.fn(async () => {
      await network();
      if (token === 'expired') throw new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } });
      return profile();
    });
    renderRoutes(withAuthErrors(loader), { provider: { onRefreshToken } });
    await settle();
    await settle();
    expect(onRefreshToken).toHaveBeenCalledTimes(1);
    expect(loader).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('heading', { name: 'Hello Ada' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: en.titles.reauthenticate })).toBeNull();
  });

  it("should let a JSON body's code win over the status", async () => {
    renderRoutes(
      withAuthErrors(() => {
        throw Response.json({ error: { code: 'account_disabled' } }, { status: 403 });
      }),
    );
    await settle();
    expect(screen.getByText(en.codes.account_disabled)).toBeInTheDocument();
    expect(screen.queryByText(en.codes.permission_denied)).toBeNull();
  });

  it("should keep the Retry-After header beside a JSON body's code", async () => {
    renderRoutes(
      withAuthErrors(() => {
        throw Response.json({ code: 'account_locked' }, { status: 423, headers: { 'Retry-After': '30' } });
      }),
    );
    await settle();
    expect(screen.getByText(en.codes.account_locked)).toBeInTheDocument();
    expect(screen.getByText('You can try again in 30 seconds.')).toBeInTheDocument();
  });

  it("should pass on the code it read, not the rest of a JSON body with no code it knows: the status decides, also for the app's normalize", async () => {
    const normalize = vi.fn((error: unknown) => ((error as { data?: { kind?: string } }).data?.kind === 'bad-password' ? { code: 'invalid_credentials' } : error));
    renderRoutes(
      withAuthErrors(() => {
        throw Response.json({ kind: 'bad-password' }, { status: 401 });
      }),
      { provider: { normalize } },
    );
    await settle();
    expect(screen.getByRole('heading', { name: en.titles.reauthenticate })).toBeInTheDocument();
    expect(normalize).toHaveBeenCalledWith(expect.objectContaining({ status: 401, data: { code: 'session_expired' } }));
  });

  it('should read a response whose JSON body cannot be parsed by its status', async () => {
    renderRoutes(
      withAuthErrors(() => {
        throw new Response('{"code":', { status: 503, headers: { 'Content-Type': 'application/json' } });
      }),
    );
    await settle();
    expect(screen.getByText(en.codes.service_unavailable)).toBeInTheDocument();
  });

  it('should read a response whose body was already read by its status and headers', async () => {
    renderRoutes(
      withAuthErrors(async () => {
        const res = html(429, { 'Retry-After': '5' });
        await res.text();
        throw res;
      }),
    );
    await settle();
    expect(screen.getByText('Retrying in 5 seconds…')).toBeInTheDocument();
  });

  it('should let a redirect through', async () => {
    const router = renderRoutes(
      withAuthErrors(() => {
        throw redirect('/sign-in');
      }),
    );
    await settle();
    expect(screen.getByRole('heading', { name: 'Sign-in page' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('should let what is not a response through as it was thrown', async () => {
    const onError = vi.fn();
    const thrown = new Error('database down');
    renderRoutes(
      withAuthErrors(() => {
        throw thrown;
      }),
      { provider: { onError } },
    );
    await settle();
    expect(screen.getByText(en.generic)).toBeInTheDocument();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'unknown', cause: thrown }), expect.anything());
  });

  it('should keep the Retry-After of a response that an action throws', async () => {
    function SignIn() {
      return (
        <Form method="post">
          <button type="submit">Sign in</button>
        </Form>
      );
    }
    const router = createMemoryRouter([
      {
        path: '/',
        element: <SignIn />,
        action: withAuthErrors(async () => {
          await network();
          throw new Response('Too Many Requests', { status: 429, headers: { 'Retry-After': '5' } });
        }),
        errorElement: <RouteAuthErrorBoundary />,
      },
    ]);
    render(<RouterProvider router={router} />);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await settle();
    expect(screen.getByText('Retrying in 5 seconds…')).toBeInTheDocument();
  });

  it("should do the same for every route in an app's own dataStrategy", async () => {
    const router = createMemoryRouter(
      [
        {
          path: '/',
          element: <Profile />,
          loader: () => {
            throw html(429, { 'Retry-After': '5' });
          },
          errorElement: <RouteAuthErrorBoundary />,
          hydrateFallbackElement: <p>Loading</p>,
        },
      ],
      {
        async dataStrategy({ matches }) {
          const loading = matches.filter((match) => match.shouldLoad);
          const results = await Promise.all(loading.map((match) => match.resolve((handler) => withAuthErrors(handler)())));
          return Object.fromEntries(loading.map((match, i) => [match.route.id, results[i] as DataStrategyResult]));
        },
      },
    );
    render(<RouterProvider router={router} />);
    await settle();
    expect(screen.getByText('Retrying in 5 seconds…')).toBeInTheDocument();
  });

  it("should keep the loader's arguments and what it returns, for useLoaderData<typeof loader>", async () => {
    const loader = withAuthErrors(async ({ params }: LoaderFunctionArgs) => ({ name: params.name ?? 'Ada' }));
    expectTypeOf(loader).parameters.toEqualTypeOf<[LoaderFunctionArgs]>();
    expectTypeOf(loader).returns.resolves.toEqualTypeOf<{ name: string }>();
    await expect(loader({ params: { name: 'Grace' } } as unknown as LoaderFunctionArgs)).resolves.toEqual({ name: 'Grace' });
  });
});

describe('AuthErrorBoundary as an errorElement', () => {
  it('should warn in development that it shows nothing there, naming RouteAuthErrorBoundary', async () => {
    allowConsole('warn');
    const router = createMemoryRouter([
      {
        path: '/',
        element: <Profile />,
        loader: () => throwAuthError({ code: 'account_disabled' }),
        hydrateFallbackElement: <p>Loading</p>,
        errorElement: <AuthErrorBoundary />,
      },
    ]);
    render(<RouterProvider router={router} />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(screen.queryByText(en.codes.account_disabled)).toBeNull();
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('use `RouteAuthErrorBoundary` from `@intelliauth/react-auth-errors/react-router`'));
  });
});

describe('throwAuthError', () => {
  /** What a loader that calls it throws. */
  function thrown(error: unknown): { data: unknown; init: ResponseInit } {
    try {
      throwAuthError(error);
    } catch (value) {
      return value as { data: unknown; init: ResponseInit };
    }
    throw new Error('throwAuthError returned');
  }

  /** What the error element reads: React Router's error response for it (status, statusText, data; no headers). */
  const routeError = ({ data, init }: { data: unknown; init: ResponseInit }) => ({ status: init.status, statusText: '', internal: false, data });

  it("should throw a response with the error's status, its Retry-After in the body the error element reads", async () => {
    const response = thrown(await fromResponse(html(429, { 'Retry-After': '5' })));
    expect(response.init.status).toBe(429);
    expect(toAuthError(routeError(response))).toEqual({ code: 'rate_limited', status: 429, details: { retry_after_s: 5 } });
  });

  it('should carry the code and details in the body, not the message', () => {
    const response = thrown({ code: 'account_locked', message: 'internal: user 42', details: { retry_after_s: 90 } });
    expect(response.data).toEqual({ code: 'account_locked', details: { retry_after_s: 90 } });
    expect(toAuthError(routeError(response))).toEqual({ code: 'account_locked', status: 400, details: { retry_after_s: 90 } });
  });

  it('should carry token_expired in the body, which the error element reads as token_expired (not session_expired)', () => {
    expect(toAuthError(routeError(thrown({ code: 'token_expired', status: 401 }))).code).toBe('token_expired');
  });

  it('should give an error without a status of 400 and up a 400', () => {
    expect(thrown({ code: 'service_unavailable' }).init.status).toBe(400);
    expect(thrown({ code: 'account_locked', status: 302 }).init.status).toBe(400);
    expect(thrown({ code: 'account_locked', status: 423 }).init.status).toBe(423);
  });

  it('should throw a 500 for an error it cannot read, which the error element shows as server_error', () => {
    const response = thrown(new TypeError("Cannot read properties of undefined (reading 'id')"));
    expect(response.init.status).toBe(500);
    expect(toAuthError(routeError(response)).code).toBe('server_error');
  });

  it('should throw a response for junk, never a raw value', () => {
    for (const junk of [null, undefined, 42, 'oops', Symbol('x'), { code: '__proto__' }, { code: 'toString' }]) {
      const { init, data } = thrown(junk);
      expect([400, 500]).toContain(init.status);
      expect(typeof (data as { code: unknown }).code).toBe('string');
    }
  });
});
