import { act, render, screen } from '@testing-library/react';
import { AuthErrorBoundary, AuthErrorProvider, useAuthErrorBoundary } from '../../src';
import { fromResponse } from '../../src/core';
import en from '../../locales/en/auth-errors.json';
import { allowConsole } from '../helpers/console';

/** Lets pending promises (a refresh, its result) settle and React render what follows. */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

function deferred() {
  let resolve!: () => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function Throws({ error }: { error: unknown }): never {
  throw error;
}

/** Shows token_expired from an async handler, as an app's fetch wrapper would. */
function ShowsOnMount({ error }: { error: unknown }) {
  const { showAuthError } = useAuthErrorBoundary();
  return <button onClick={() => showAuthError(error)}>request</button>;
}

describe('AuthErrorBoundary: one token refresh for many token_expired', () => {
  it('should call onRefreshToken exactly once for token_expired from many requests at once', async () => {
    allowConsole('error');
    const refresh = deferred();
    let expired = true;
    const onRefreshToken = vi.fn(() => refresh.promise.then(() => void (expired = false)));
    function Profile() {
      if (expired) throw { code: 'token_expired' };
      return <p>profile</p>;
    }
    render(
      <AuthErrorProvider onRefreshToken={onRefreshToken}>
        {Array.from({ length: 10 }, (_, i) => (
          <AuthErrorBoundary key={i} error={{ code: 'token_expired', status: 401 }}>
            <p>widget {i}</p>
          </AuthErrorBoundary>
        ))}
        <AuthErrorBoundary>
          <Profile />
        </AuthErrorBoundary>
        <AuthErrorBoundary>
          <ShowsOnMount error={{ code: 'token_expired' }} />
        </AuthErrorBoundary>
      </AuthErrorProvider>,
    );
    act(() => screen.getByRole('button', { name: 'request' }).click());
    expect(onRefreshToken).toHaveBeenCalledTimes(1);
    // The children stay while the refresh runs.
    expect(screen.getByText('widget 0')).toBeInTheDocument();
    refresh.resolve();
    await settle();
    expect(onRefreshToken).toHaveBeenCalledTimes(1);
    expect(screen.getByText('widget 9')).toBeInTheDocument();
    expect(screen.getByText('profile')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('should share one refresh between boundaries without a provider', async () => {
    const refresh = deferred();
    const onRefreshToken = vi.fn(() => refresh.promise);
    render(
      <>
        <AuthErrorBoundary error={{ code: 'token_expired' }} onRefreshToken={onRefreshToken} />
        <AuthErrorBoundary error={{ code: 'token_expired' }} onRefreshToken={onRefreshToken} />
        <AuthErrorBoundary error={{ code: 'token_expired' }} onRefreshToken={onRefreshToken} />
      </>,
    );
    refresh.resolve();
    await settle();
    expect(onRefreshToken).toHaveBeenCalledTimes(1);
  });

  it('should join a token_expired that arrives in another boundary while the refresh runs', async () => {
    const refresh = deferred();
    const onRefreshToken = vi.fn(() => refresh.promise);
    const first = { code: 'token_expired' };
    const view = (count: number) => (
      <AuthErrorProvider onRefreshToken={onRefreshToken}>
        {Array.from({ length: count }, (_, i) => (
          <AuthErrorBoundary key={i} error={i === 0 ? first : { code: 'token_expired' }} />
        ))}
      </AuthErrorProvider>
    );
    const { rerender } = render(view(1));
    rerender(view(4));
    refresh.resolve();
    await settle();
    expect(onRefreshToken).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('should join a token_expired that arrives in the same boundary while the refresh runs', async () => {
    const refresh = deferred();
    const onRefreshToken = vi.fn(() => refresh.promise);
    const view = (error: unknown) => (
      <AuthErrorBoundary error={error} onRefreshToken={onRefreshToken}>
        <p>dashboard</p>
      </AuthErrorBoundary>
    );
    const { rerender } = render(view({ code: 'token_expired' }));
    // A second request made with the same old token fails while the refresh runs.
    rerender(view({ code: 'token_expired' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('dashboard')).toBeInTheDocument();
    refresh.resolve();
    await settle();
    expect(onRefreshToken).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('dashboard')).toBeInTheDocument();
  });

  it('should ask to sign in again once, when a refresh that others joined fails', async () => {
    const refresh = deferred();
    const onRefreshToken = vi.fn(() => refresh.promise);
    const view = (error: unknown) => <AuthErrorBoundary error={error} onRefreshToken={onRefreshToken} />;
    const { rerender } = render(view({ code: 'token_expired' }));
    rerender(view({ code: 'token_expired' }));
    refresh.reject({ error: 'invalid_grant' });
    await settle();
    expect(onRefreshToken).toHaveBeenCalledTimes(1);
    expect(screen.getByText(en.codes.session_expired)).toBeInTheDocument();
  });
});

describe('AuthErrorBoundary: a refresh that fails', () => {
  const invalidGrant = () => Promise.reject({ error: 'invalid_grant', error_description: 'Refresh token revoked' });

  it('should ask every boundary to sign in again, after one refresh, when it fails with invalid_grant', async () => {
    const onRefreshToken = vi.fn(invalidGrant);
    const onSignIn = vi.fn();
    render(
      <AuthErrorProvider onRefreshToken={onRefreshToken} onSignIn={onSignIn}>
        <AuthErrorBoundary error={{ code: 'token_expired' }} />
        <AuthErrorBoundary error={{ code: 'token_expired' }} />
        <AuthErrorBoundary error={{ code: 'token_expired' }} />
      </AuthErrorProvider>,
    );
    await settle();
    expect(screen.getAllByRole('button', { name: en.actions.signIn })).toHaveLength(3);
    expect(onRefreshToken).toHaveBeenCalledTimes(1);
    act(() => screen.getAllByRole('button', { name: en.actions.signIn })[0]!.click());
    expect(onSignIn).toHaveBeenCalledWith(expect.objectContaining({ code: 'session_expired' }));
  });

  it('should not refresh again for token_expired that arrives right after a refresh failed', async () => {
    const onRefreshToken = vi.fn(invalidGrant);
    const view = (count: number) => (
      <AuthErrorProvider onRefreshToken={onRefreshToken}>
        {Array.from({ length: count }, (_, i) => (
          <AuthErrorBoundary key={i} error={{ code: 'token_expired' }} />
        ))}
      </AuthErrorProvider>
    );
    const { rerender } = render(view(1));
    await settle();
    // Requests sent before the refresh failed come back one by one.
    for (const count of [2, 3, 4]) {
      rerender(view(count));
      await settle();
    }
    expect(onRefreshToken).toHaveBeenCalledTimes(1);
    expect(screen.getAllByRole('link', { name: en.actions.signIn })).toHaveLength(4);
  });

  it('should ask to sign in again, and never refresh or retry, for invalid_grant itself', async () => {
    const onRefreshToken = vi.fn(() => Promise.resolve());
    const onRetry = vi.fn();
    const error = await fromResponse(new Response(JSON.stringify({ error: 'invalid_grant', error_description: 'expired' }), { status: 400 }));
    render(<AuthErrorBoundary error={error} onRefreshToken={onRefreshToken} onRetry={onRetry} />);
    await settle();
    expect(screen.getByRole('heading', { name: en.titles.reauthenticate })).toBeInTheDocument();
    expect(onRefreshToken).not.toHaveBeenCalled();
    expect(onRetry).not.toHaveBeenCalled();
  });

  it('should ask to sign in again when onRefreshToken throws instead of rejecting', async () => {
    const onRefreshToken = vi.fn((): Promise<void> => {
      throw new Error('no refresh token');
    });
    render(<AuthErrorBoundary error={{ code: 'token_expired' }} onRefreshToken={onRefreshToken} />);
    await settle();
    expect(screen.getByText(en.codes.session_expired)).toBeInTheDocument();
    expect(onRefreshToken).toHaveBeenCalledTimes(1);
  });

  it('should not loop when a child keeps throwing token_expired after the refresh', async () => {
    allowConsole('error');
    const onRefreshToken = vi.fn(() => Promise.resolve());
    const renders = vi.fn();
    function Dashboard(): never {
      renders();
      throw { code: 'token_expired' };
    }
    render(
      <AuthErrorBoundary onRefreshToken={onRefreshToken}>
        <Dashboard />
      </AuthErrorBoundary>,
    );
    for (let i = 0; i < 5; i += 1) await settle();
    expect(onRefreshToken).toHaveBeenCalledTimes(1);
    expect(screen.getByText(en.codes.session_expired)).toBeInTheDocument();
    expect(renders.mock.calls.length).toBeLessThan(10);
  });
});

describe('AuthErrorBoundary: silent_auth_failed', () => {
  it('should retry once, and never again, however often it arrives before the error clears', () => {
    const onRetry = vi.fn();
    const view = () => <AuthErrorBoundary error={{ code: 'silent_auth_failed' }} onRetry={onRetry} />;
    const { rerender } = render(view());
    for (let i = 0; i < 5; i += 1) rerender(view());
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.getByText(en.codes.session_expired)).toBeInTheDocument();
  });

  it('should retry once per failure: once more each time the error has cleared', () => {
    const onRetry = vi.fn();
    const view = (error: unknown) => <AuthErrorBoundary error={error} onRetry={onRetry} />;
    const { rerender } = render(view({ code: 'silent_auth_failed' }));
    for (let i = 0; i < 2; i += 1) {
      rerender(view(null));
      rerender(view({ code: 'silent_auth_failed' }));
      rerender(view({ code: 'silent_auth_failed' }));
    }
    expect(onRetry).toHaveBeenCalledTimes(3);
  });

  it('should not loop when a child keeps throwing silent_auth_failed', () => {
    allowConsole('error');
    const onRetry = vi.fn();
    const renders = vi.fn();
    function Page(): never {
      renders();
      throw { code: 'silent_auth_failed' };
    }
    render(
      <AuthErrorBoundary onRetry={onRetry}>
        <Page />
      </AuthErrorBoundary>,
    );
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.getByText(en.codes.session_expired)).toBeInTheDocument();
    expect(renders.mock.calls.length).toBeLessThan(10);
  });

  it('should not loop when a child throws the same cached error object again and again', () => {
    allowConsole('error');
    const cached = { code: 'silent_auth_failed' };
    const onRetry = vi.fn();
    render(
      <AuthErrorBoundary onRetry={onRetry}>
        <Throws error={cached} />
      </AuthErrorBoundary>,
    );
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.getByText(en.codes.session_expired)).toBeInTheDocument();
  });
});
