import { QueryClient, QueryClientProvider, useQuery, type UseQueryOptions } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { AuthErrorProvider, type AuthErrorBoundaryProps } from '../../src';
import { AUTH_ERROR_CODES, catalogue, fromResponse } from '../../src/core';
import {
  authErrorRetry,
  authErrorRetryDelay,
  authErrorThrowOnError,
  QueryAuthErrorBoundary,
} from '../../src/integrations/tanstack-query';
import en from '../../locales/en/auth-errors.json';
import { allowConsole } from '../helpers/console';

/** Lets `ms` of fake time pass. */
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

/**
 * Lets what TanStack schedules for right away run: a settled fetch reaches its observers in a
 * timeout of 0, which fake timers run a millisecond later when it is set while they run.
 */
async function settle() {
  for (let i = 0; i < 5; i += 1) await advance(1);
}

function client(options: Partial<UseQueryOptions> = {}) {
  return new QueryClient({
    defaultOptions: { queries: { retry: authErrorRetry, retryDelay: authErrorRetryDelay, throwOnError: authErrorThrowOnError, ...options } },
  });
}

/** One query's data; its error, when the query keeps it, as text. */
function Profile({ fetchProfile, throwOnError }: { fetchProfile: () => Promise<string>; throwOnError?: boolean }) {
  const profile = useQuery({ queryKey: ['profile'], queryFn: fetchProfile, ...(throwOnError === undefined ? {} : { throwOnError }) });
  if (profile.data) return <p>Hello, {profile.data}</p>;
  return <p>{profile.error ? 'Not loaded' : 'Loading…'}</p>;
}

function renderPage(queryClient: QueryClient, page: ReactNode) {
  return render(<QueryClientProvider client={queryClient}>{page}</QueryClientProvider>);
}

/** A page showing a profile query's data, its error given to a QueryAuthErrorBoundary with `props`. */
function ProfilePage({ queryFn, ...props }: { queryFn: () => Promise<string> } & Omit<AuthErrorBoundaryProps, 'error' | 'children'>) {
  const profile = useQuery({ queryKey: ['profile'], queryFn });
  return (
    <QueryAuthErrorBoundary {...props} error={profile.error}>
      <p>{profile.data ? `Hello, ${profile.data}` : 'No profile'}</p>
    </QueryAuthErrorBoundary>
  );
}

const tokenExpired = () =>
  fromResponse(new Response(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } }));

describe(authErrorRetry, () => {
  it('should retry a failed fetch (TypeError "Failed to fetch"), whatever the error type says', () => {
    const error: Error = new TypeError('Failed to fetch');
    expect(authErrorRetry(0, error)).toBe(true);
  });

  it.each(['network_error', 'server_error', 'service_unavailable'])('should retry %s at most 3 times', (code) => {
    expect([0, 1, 2, 3].map((failureCount) => authErrorRetry(failureCount, { code }))).toEqual([true, true, true, false]);
  });

  it('should retry silent_auth_failed once', () => {
    expect([0, 1].map((failureCount) => authErrorRetry(failureCount, { code: 'silent_auth_failed' }))).toEqual([true, false]);
  });

  it.each(['invalid_credentials', 'totp_invalid', 'backup_code_invalid', 'account_locked', 'validation_failed', 'token_expired', 'session_expired', 'permission_denied'])(
    'should never retry %s',
    (code) => {
      expect(authErrorRetry(0, { code })).toBe(false);
    },
  );

  it('should retry rate_limited when its Retry-After is at most 30 seconds, and leave a longer wait to the UI', () => {
    expect(authErrorRetry(0, { code: 'rate_limited', details: { retry_after_s: 30 } })).toBe(true);
    expect(authErrorRetry(0, { code: 'rate_limited', details: { retry_after_s: 31 } })).toBe(false);
    expect(authErrorRetry(0, { code: 'service_unavailable', details: { retry_after_s: 120 } })).toBe(false);
  });

  it("should follow the catalogue's retry policies: `once` is silent_auth_failed, `retry_after` is rate_limited", () => {
    const codesWith = (policy: string) => AUTH_ERROR_CODES.filter((code) => catalogue[code].retry === policy);
    expect(codesWith('once')).toEqual(['silent_auth_failed']);
    expect(codesWith('retry_after')).toEqual(['rate_limited']);
  });

  it.each([
    ['an Error that is not an auth error', new Error('boom')],
    ['null', null],
    ['a string', 'network_error'],
    ['an unknown code', { code: 'NETWORK_ERROR' }],
  ])('should not retry %s', (_, error) => {
    expect(authErrorRetry(0, error)).toBe(false);
  });

  it.each([Number.NaN, -1, Number.POSITIVE_INFINITY])('should not retry after a failure count of %s', (failureCount) => {
    expect(authErrorRetry(failureCount, { code: 'network_error' })).toBe(false);
  });
});

describe(authErrorRetryDelay, () => {
  it('should back off exponentially: up to 1 s, 2 s, then 4 s', () => {
    vi.spyOn(Math, 'random').mockReturnValue(1);
    expect([0, 1, 2].map((failureCount) => authErrorRetryDelay(failureCount, new TypeError('Failed to fetch')))).toEqual([1000, 2000, 4000]);
  });

  it("should never wait less than the error's Retry-After", () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    expect(authErrorRetryDelay(0, { code: 'rate_limited', details: { retry_after_s: 5 } })).toBe(5000);
  });

  it('should wait for a Retry-After given as an HTTP-date on a thrown Response', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const res = new Response('', { status: 429, headers: { 'Retry-After': 'Tue, 01 Jan 2030 00:00:20 GMT' } });
    expect(authErrorRetryDelay(0, res)).toBe(20_000);
  });

  it('should give a junk failure count the first delay, never NaN', () => {
    vi.spyOn(Math, 'random').mockReturnValue(1);
    expect(authErrorRetryDelay(Number.NaN, { code: 'network_error' })).toBe(1000);
  });
});

describe('authErrorRetry and authErrorRetryDelay in a QueryClient', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
  });

  it('should retry a query whose fetch fails, with backoff, and show its data', async () => {
    const fetchProfile = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValue('Ada');
    renderPage(client(), <Profile fetchProfile={fetchProfile} />);
    expect(fetchProfile).toHaveBeenCalledTimes(1);
    await advance(499);
    expect(fetchProfile).toHaveBeenCalledTimes(1);
    await advance(1);
    expect(fetchProfile).toHaveBeenCalledTimes(2);
    await advance(1000);
    expect(fetchProfile).toHaveBeenCalledTimes(3);
    await settle();
    expect(screen.getByText('Hello, Ada')).toBeInTheDocument();
  });

  it('should not retry wrong credentials', async () => {
    const fetchProfile = vi.fn<() => Promise<string>>().mockRejectedValue({ code: 'invalid_credentials' });
    renderPage(client(), <Profile fetchProfile={fetchProfile} />);
    await advance(60_000);
    expect(fetchProfile).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Not loaded')).toBeInTheDocument();
  });

  it("should wait out a 429's Retry-After before retrying", async () => {
    const fetchProfile = vi
      .fn<() => Promise<string>>()
      .mockImplementationOnce(async () => {
        throw await fromResponse(new Response('<html>Slow down</html>', { status: 429, headers: { 'Retry-After': '5' } }));
      })
      .mockResolvedValue('Ada');
    renderPage(client(), <Profile fetchProfile={fetchProfile} />);
    await advance(4999);
    expect(fetchProfile).toHaveBeenCalledTimes(1);
    await advance(1);
    expect(fetchProfile).toHaveBeenCalledTimes(2);
    await settle();
    expect(screen.getByText('Hello, Ada')).toBeInTheDocument();
  });
});

describe(authErrorThrowOnError, () => {
  it.each(['session_expired', 'invalid_grant', 'state_mismatch', 'account_disabled', 'invalid_client', 'mfa_required'])(
    'should throw %s, whose outcome replaces the content',
    (code) => {
      expect(authErrorThrowOnError({ code })).toBe(true);
    },
  );

  it.each(['validation_failed', 'invalid_credentials', 'account_locked', 'network_error', 'rate_limited', 'permission_denied', 'token_expired', 'aborted', 'unknown'])(
    'should leave %s with the query',
    (code) => {
      expect(authErrorThrowOnError({ code })).toBe(false);
    },
  );

  it('should leave a bug (not an auth error) with the query', () => {
    expect(authErrorThrowOnError(new TypeError("Cannot read properties of undefined (reading 'name')"))).toBe(false);
  });
});

describe(QueryAuthErrorBoundary, () => {
  beforeEach(() => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
  });

  it('should replace the content with "Sign in again" when a query fails with session_expired', async () => {
    allowConsole('error');
    vi.useFakeTimers();
    const fetchProfile = vi.fn<() => Promise<string>>().mockRejectedValue({ code: 'session_expired' });
    renderPage(
      client(),
      <QueryAuthErrorBoundary signInHref="/sign-in">
        <Profile fetchProfile={fetchProfile} />
      </QueryAuthErrorBoundary>,
    );
    await settle();
    expect(screen.getByRole('heading', { name: en.titles.reauthenticate })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: en.actions.signIn })).toHaveAttribute('href', '/sign-in');
    expect(screen.queryByText('Not loaded')).toBeNull();
  });

  it('should keep the content and show a countdown for account_locked, which stays with the query', async () => {
    vi.useFakeTimers();
    function Page() {
      const profile = useQuery({ queryKey: ['profile'], queryFn: () => Promise.reject({ code: 'account_locked', details: { retry_after_s: 90 } }) });
      return (
        <QueryAuthErrorBoundary error={profile.error}>
          <p>Your profile</p>
        </QueryAuthErrorBoundary>
      );
    }
    renderPage(client(), <Page />);
    await settle();
    expect(screen.getByText('You can try again in 1 minute 30 seconds.')).toBeInTheDocument();
    expect(screen.getByText('Your profile')).toBeInTheDocument();
  });

  it('should fetch a query that threw again when "Try again" is pressed, and show its data', async () => {
    allowConsole('error');
    vi.useFakeTimers();
    const fetchProfile = vi.fn<() => Promise<string>>().mockRejectedValueOnce({ code: 'server_error' }).mockResolvedValue('Ada');
    renderPage(
      client({ retry: false }),
      <QueryAuthErrorBoundary>
        <Profile fetchProfile={fetchProfile} throwOnError />
      </QueryAuthErrorBoundary>,
    );
    await settle();
    expect(screen.getByText(en.codes.server_error)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: en.actions.tryAgain }));
    await settle();
    expect(fetchProfile).toHaveBeenCalledTimes(2);
    expect(screen.getByText('Hello, Ada')).toBeInTheDocument();
  });

  it('should refetch a failed query shown below it when "Try again" is pressed', async () => {
    vi.useFakeTimers();
    const fetchProfile = vi.fn<() => Promise<string>>().mockRejectedValueOnce({ code: 'server_error' }).mockResolvedValue('Ada');
    const onRetry = vi.fn();
    renderPage(client({ retry: false }), <ProfilePage queryFn={fetchProfile} onRetry={onRetry} />);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: en.actions.tryAgain }));
    await settle();
    expect(fetchProfile).toHaveBeenCalledTimes(2);
    expect(screen.getByText('Hello, Ada')).toBeInTheDocument();
    expect(screen.queryByText(en.codes.server_error)).toBeNull();
    expect(onRetry).toHaveBeenCalledWith(expect.objectContaining({ code: 'server_error' }));
  });

  it.each([
    ['account_locked', { code: 'account_locked', details: { retry_after_s: 3 } }, 3],
    ['sms_rate_limited', { code: 'sms_rate_limited', details: { retry_after_s: 3 } }, 3],
  ])('should refetch a failed query shown below it when the countdown of %s ends, and show its data', async (_, error, seconds) => {
    vi.useFakeTimers();
    const fetchProfile = vi.fn<() => Promise<string>>().mockRejectedValueOnce(error).mockResolvedValue('Ada');
    const onCountdownEnd = vi.fn();
    renderPage(client(), <ProfilePage queryFn={fetchProfile} onCountdownEnd={onCountdownEnd} />);
    await settle();
    expect(fetchProfile).toHaveBeenCalledTimes(1);
    expect(screen.getByText('No profile')).toBeInTheDocument();
    await advance(seconds * 1000);
    await settle();
    expect(fetchProfile).toHaveBeenCalledTimes(2);
    expect(screen.getByText('Hello, Ada')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onCountdownEnd).toHaveBeenCalledWith(expect.objectContaining({ code: error.code }));
  });

  it('should wait for the user on a network_error the query has already retried (no second round of automatic retries)', async () => {
    vi.useFakeTimers();
    const fetchProfile = vi.fn<() => Promise<string>>().mockRejectedValue(new TypeError('Failed to fetch'));
    function Page() {
      const profile = useQuery({ queryKey: ['profile'], queryFn: fetchProfile });
      return <QueryAuthErrorBoundary error={profile.error}>{profile.isError ? null : <p>Loading…</p>}</QueryAuthErrorBoundary>;
    }
    renderPage(client(), <Page />);
    await advance(30_000);
    expect(fetchProfile).toHaveBeenCalledTimes(4);
    expect(screen.getByText(en.codes.network_error)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: en.actions.tryAgain })).toBeEnabled();
    await advance(60_000);
    expect(fetchProfile).toHaveBeenCalledTimes(4);
  });

  it('should refetch the query that hit token_expired once the token is refreshed, and show its data', async () => {
    vi.useFakeTimers();
    const fetchProfile = vi.fn<() => Promise<string>>().mockImplementationOnce(async () => Promise.reject(await tokenExpired())).mockResolvedValue('Ada');
    const onRefreshToken = vi.fn(() => Promise.resolve());
    renderPage(
      client(),
      <AuthErrorProvider onRefreshToken={onRefreshToken}>
        <ProfilePage queryFn={fetchProfile} />
      </AuthErrorProvider>,
    );
    await settle();
    expect(onRefreshToken).toHaveBeenCalledTimes(1);
    expect(fetchProfile).toHaveBeenCalledTimes(2);
    expect(screen.getByText('Hello, Ada')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: en.actions.signIn })).toBeNull();
  });

  it('should fetch a query that threw token_expired again once the token is refreshed', async () => {
    allowConsole('error');
    vi.useFakeTimers();
    const fetchProfile = vi.fn<() => Promise<string>>().mockRejectedValueOnce({ code: 'token_expired' }).mockResolvedValue('Ada');
    const onRefreshToken = vi.fn(() => Promise.resolve());
    renderPage(
      client(),
      <QueryAuthErrorBoundary onRefreshToken={onRefreshToken}>
        <Profile fetchProfile={fetchProfile} throwOnError />
      </QueryAuthErrorBoundary>,
    );
    await settle();
    expect(onRefreshToken).toHaveBeenCalledTimes(1);
    expect(fetchProfile).toHaveBeenCalledTimes(2);
    expect(screen.getByText('Hello, Ada')).toBeInTheDocument();
  });

  it("should call the app's onReset with the reason, beside resetting the queries", async () => {
    allowConsole('error');
    vi.useFakeTimers();
    const onReset = vi.fn();
    const fetchProfile = vi.fn<() => Promise<string>>().mockRejectedValueOnce({ code: 'server_error' }).mockResolvedValue('Ada');
    renderPage(
      client({ retry: false }),
      <AuthErrorProvider onReset={onReset}>
        <QueryAuthErrorBoundary>
          <Profile fetchProfile={fetchProfile} throwOnError />
        </QueryAuthErrorBoundary>
      </AuthErrorProvider>,
    );
    await settle();
    fireEvent.click(screen.getByRole('button', { name: en.actions.tryAgain }));
    await settle();
    expect(onReset).toHaveBeenCalledWith(expect.objectContaining({ reason: 'retry' }));
    expect(screen.getByText('Hello, Ada')).toBeInTheDocument();
  });
});
