import { act, fireEvent, render, screen } from '@testing-library/react';
import type { ComponentType, ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import en from '../../locales/en/auth-errors.json';
import { allowConsole } from '../helpers/console';
import { readmeExamples, runExample, typeErrors } from '../helpers/readmeExamples';

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 10)));

const VALIDATION_FAILED = { error: { code: 'validation_failed', details: { fields: { email: 'Enter a valid email address.', password: 'Use at least 8 characters.' } } } };

describe('README: TanStack Query', () => {
  const examples = readmeExamples('### TanStack Query');

  function renderProfilePage(refreshToken: () => Promise<void> = () => Promise.resolve()) {
    const { Providers } = runExample(examples[0] as string) as { Providers: ComponentType<{ refreshToken: () => Promise<void>; children: ReactNode }> };
    const { ProfilePage } = runExample(examples[1] as string) as { ProfilePage: ComponentType };
    return render(
      <Providers refreshToken={refreshToken}>
        <ProfilePage />
      </Providers>,
    );
  }

  // A TypeScript program of its own: slow to build.
  it('should have examples that type-check as written', { timeout: 60_000 }, () => {
    expect(examples).toHaveLength(2);
    expect(typeErrors(examples)).toEqual([]);
  });

  it('should refresh the token after a 401 invalid_token, run the query again and show the profile', async () => {
    const fetch = vi
      .spyOn(globalThis, 'fetch')
      .mockResolvedValueOnce(new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } }))
      .mockResolvedValueOnce(Response.json({ name: 'Ada Lovelace' }));
    const refreshToken = vi.fn(() => Promise.resolve());
    renderProfilePage(refreshToken);
    expect(await screen.findByText('Signed in as Ada Lovelace')).toBeInTheDocument();
    expect(refreshToken).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('should retry a dropped connection and show the profile', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const fetch = vi
      .spyOn(globalThis, 'fetch')
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(Response.json({ name: 'Ada Lovelace' }));
    renderProfilePage();
    expect(await screen.findByText('Signed in as Ada Lovelace')).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('should replace the page with a sign-in link once the session has ended', async () => {
    allowConsole('error');
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(null, { status: 401 }));
    renderProfilePage();
    expect(await screen.findByRole('link', { name: en.actions.signIn })).toHaveAttribute('href', '/sign-in');
    expect(screen.queryByText('Loading your profile…')).toBeNull();
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe('README: react-hook-form', () => {
  const examples = readmeExamples('### react-hook-form');

  it('should have examples that type-check as written', { timeout: 60_000 }, () => {
    expect(examples).toHaveLength(2);
    expect(typeErrors(examples)).toEqual([]);
  });

  it("should put the server's field messages on the form and the summary, and take a line out as its field is edited", async () => {
    vi.spyOn(globalThis, 'fetch')
      .mockResolvedValueOnce(Response.json(VALIDATION_FAILED, { status: 422 }))
      .mockResolvedValueOnce(new Response(null, { status: 201 }));
    const { SignUp } = runExample(examples[0] as string) as { SignUp: ComponentType<{ onSignedUp: () => void }> };
    const onSignedUp = vi.fn();
    render(<SignUp onSignedUp={onSignedUp} />);
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    await settle();
    // Once on the form (react-hook-form's error), once in the kit's summary.
    expect(screen.getAllByText('Enter a valid email address.')).toHaveLength(2);
    expect(screen.getAllByText('Use at least 8 characters.')).toHaveLength(2);
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'ada@example.com' } });
    await settle();
    expect(screen.queryByText('Enter a valid email address.')).toBeNull();
    expect(screen.getAllByText('Use at least 8 characters.')).toHaveLength(2);
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'analytical engine 1' } });
    await settle();
    expect(screen.queryByText(en.titles.field_errors)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    await settle();
    expect(onSignedUp).toHaveBeenCalledTimes(1);
  });

  it('should put the field messages on a form without a boundary, focusing the field', async () => {
    const { NewsletterForm } = runExample(examples[1] as string) as { NewsletterForm: ComponentType<{ subscribe: (email: string) => Promise<void> }> };
    const subscribe = vi.fn(() => Promise.reject({ code: 'validation_failed', details: { fields: { email: 'Enter a valid email address.' } } }));
    render(<NewsletterForm subscribe={subscribe} />);
    fireEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
    await settle();
    expect(screen.getByText('Enter a valid email address.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveFocus();
  });
});

const routerExamples = readmeExamples('### React Router');
const nextExamples = readmeExamples('### Next.js');

/** The router's loaders, the kit's refresh and what they lead to, on a fake clock. */
const settleRoutes = async () => {
  for (let i = 0; i < 3; i += 1) await act(() => vi.advanceTimersByTimeAsync(50));
};

/** What `error.tsx` gets in production for an error a server component threw: its digest, nothing else. */
const redacted = (thrown: unknown) => Object.assign(new Error('An error occurred in the Server Components render.'), { digest: (thrown as { digest?: string }).digest });

describe('README: React Router', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    window.history.replaceState(null, '', '/');
  });

  // A TypeScript program of its own: slow to build.
  it('should have an example that type-checks as written', { timeout: 60_000 }, () => {
    expect(routerExamples).toHaveLength(1);
    expect(typeErrors(routerExamples)).toEqual([]);
  });

  it("should refresh the token and load the route again when the loader's fetch answers 401 invalid_token", async () => {
    vi.spyOn(globalThis, 'fetch')
      .mockResolvedValueOnce(new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } }))
      .mockResolvedValueOnce(Response.json({ name: 'Ada' }));
    const refreshToken = vi.fn(async () => {});
    const { App } = runExample(routerExamples[0] as string) as { App: ComponentType<{ refreshToken: () => Promise<void> }> };
    render(<App refreshToken={refreshToken} />);
    await settleRoutes();
    await settleRoutes();
    expect(refreshToken).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('heading', { name: 'Hello Ada' })).toBeInTheDocument();
  });

  it('should count down the Retry-After of a 429 the loader got, with an HTML body', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('<h1>Too Many Requests</h1>', { status: 429, headers: { 'Content-Type': 'text/html', 'Retry-After': '5' } }));
    const { App } = runExample(routerExamples[0] as string) as { App: ComponentType<{ refreshToken: () => Promise<void> }> };
    render(<App refreshToken={async () => {}} />);
    await settleRoutes();
    expect(screen.getByText(en.codes.rate_limited)).toBeInTheDocument();
    expect(screen.getByText('Retrying in 5 seconds…')).toBeInTheDocument();
  });

  it('should take "Sign in" to the sign-in route for session_expired', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(Response.json({ error: { code: 'session_expired' } }, { status: 401 }));
    const { App } = runExample(routerExamples[0] as string) as { App: ComponentType<{ refreshToken: () => Promise<void> }> };
    render(<App refreshToken={async () => {}} />);
    await settleRoutes();
    fireEvent.click(screen.getByRole('button', { name: en.actions.signIn }));
    await settleRoutes();
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/sign-in');
  });
});

describe('README: Next.js', () => {
  // A TypeScript program of its own: slow to build.
  it('should have examples that type-check as written', { timeout: 60_000 }, () => {
    expect(nextExamples).toHaveLength(4);
    expect(typeErrors(nextExamples)).toEqual([]);
  });

  it("should show the account page's rate limit with its copy and countdown in error.tsx, from the digest alone", async () => {
    vi.useFakeTimers();
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('<h1>Too Many Requests</h1>', { status: 429, headers: { 'Retry-After': '30' } }));
    const { default: AccountPage } = runExample(nextExamples[2] as string) as { default: () => Promise<ReactNode> };
    const thrown = await AccountPage().catch((error: unknown) => error);
    const { default: ErrorPage } = runExample(nextExamples[1] as string) as { default: ComponentType<{ error: unknown; reset: () => void; retry: () => void }> };
    const retry = vi.fn();
    render(<ErrorPage error={redacted(thrown)} reset={vi.fn()} retry={retry} />);
    expect(screen.getByText(en.codes.rate_limited)).toBeInTheDocument();
    expect(screen.getByText('Retrying in 30 seconds…')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(30_000));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it("should give the error page the layout's sign-in link", async () => {
    const { default: RootLayout } = runExample(nextExamples[0] as string) as { default: ComponentType<{ children: ReactNode }> };
    const { default: ErrorPage } = runExample(nextExamples[1] as string) as { default: ComponentType<{ error: unknown; reset: () => void }> };
    const { throwAuthError } = await import('../../src/integrations/next');
    let thrown: unknown;
    try {
      throwAuthError({ code: 'session_expired' });
    } catch (error) {
      thrown = error;
    }
    const html = renderToString(
      <RootLayout>
        <ErrorPage error={redacted(thrown)} reset={() => {}} />
      </RootLayout>,
    );
    expect(html).toContain(en.codes.session_expired);
    expect(html).toMatch(/<a [^>]*href="\/sign-in"[^>]*>Sign in<\/a>/);
  });

  it("should refresh the token through the 'use client' provider's callback", async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(null, { status: 204 }));
    const { AuthErrors } = runExample(nextExamples[3] as string) as { AuthErrors: ComponentType<{ children: ReactNode }> };
    const { AuthErrorBoundary } = await import('../../src');
    render(
      <AuthErrors>
        <AuthErrorBoundary error={{ code: 'token_expired' }}>
          <p>Account</p>
        </AuthErrorBoundary>
      </AuthErrors>,
    );
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(fetch).toHaveBeenCalledWith('/api/auth/refresh', { method: 'POST' });
    expect(screen.getByText('Account')).toBeInTheDocument();
    expect(screen.queryByText(en.codes.session_expired)).toBeNull();
  });
});
