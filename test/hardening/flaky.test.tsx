import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { StrictMode, useEffect, useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { AuthErrorBoundary, AuthErrorProvider, useAuthErrorBoundary, type IntelliAuthError } from '../../src';
import { AuthErrorToaster, useAuthErrorToast } from '../../src/toast';
import en from '../../locales/en/auth-errors.json';
import { countAnnouncements } from '../a11y/liveRegion';
import { allowConsole } from '../helpers/console';

const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));
const settle = () => act(async () => {});

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(Math, 'random').mockReturnValue(0.5);
});

describe('AuthErrorBoundary: a backend that flaps between codes', () => {
  it('should make at most three automatic retries in a run of transient failures, whatever their codes', () => {
    const answers = [{ code: 'service_unavailable' }, new TypeError('Failed to fetch')];
    let retries = 0;
    function Page() {
      const [error, setError] = useState<unknown>(answers[0]);
      return (
        <AuthErrorBoundary
          error={error}
          onRetry={() => {
            retries += 1;
            // Each retry fails again, alternately with the other code.
            setError(answers[retries % 2]);
          }}
        />
      );
    }
    render(<Page />);
    for (let second = 0; second < 300; second += 1) advance(1000);
    expect(retries).toBe(3);
    expect(screen.getByRole('button', { name: en.actions.tryAgain })).toBeEnabled();
  });

  it.each(['server_error', 'network_error', 'service_unavailable'])(
    'should keep the run of %s when the app clears the error while each retry is in flight (a mutation restarting)',
    (code) => {
      let retries = 0;
      function Page() {
        const [error, setError] = useState<unknown>({ code });
        return (
          <AuthErrorBoundary
            error={error}
            onRetry={() => {
              retries += 1;
              // What TanStack Query's mutate() does: the error goes while the request runs, then comes back.
              setError(null);
              setTimeout(() => setError({ code }), 200);
            }}
          />
        );
      }
      render(<Page />);
      for (let second = 0; second < 300; second += 1) advance(1000);
      expect(retries).toBe(3);
      expect(screen.getByRole('button', { name: en.actions.tryAgain })).toBeEnabled();
    },
  );

  it('should start a new run once the error cleared for good, however the last run ended', () => {
    let retries = 0;
    function Page() {
      const [error, setError] = useState<unknown>({ code: 'network_error' });
      return (
        <>
          <button type="button" onClick={() => setError({ code: 'network_error' })}>
            fail again
          </button>
          <AuthErrorBoundary
            error={error}
            onRetry={() => {
              retries += 1;
              setError(null);
            }}
          />
        </>
      );
    }
    render(<Page />);
    advance(5000);
    expect(retries).toBe(1);
    // Minutes later, a new failure: a run of its own, with its own automatic retries.
    advance(120_000);
    fireEvent.click(screen.getByRole('button', { name: 'fail again' }));
    advance(5000);
    expect(retries).toBe(2);
  });
});

describe('AuthErrorBoundary: an onRefreshToken that never settles', () => {
  const hung = () => new Promise<never>(() => {});

  it.each([Infinity, 2 ** 31, NaN, -1])('should wait for a refresh with refreshTimeoutMs=%s rather than give up at once', async (refreshTimeoutMs) => {
    let finish = () => {};
    const onRetry = vi.fn();
    render(
      <AuthErrorBoundary
        error={{ code: 'token_expired' }}
        refreshTimeoutMs={refreshTimeoutMs}
        onRetry={onRetry}
        onRefreshToken={() => new Promise<void>((resolve) => (finish = resolve))}
      >
        <p>dashboard</p>
      </AuthErrorBoundary>,
    );
    await act(async () => vi.advanceTimersByTime(1000));
    expect(screen.queryByText(en.codes.session_expired)).toBeNull();
    await act(async () => finish());
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.getByText('dashboard')).toBeInTheDocument();
  });

  it('should ask to sign in again after the refresh timeout, for an error given as a value', async () => {
    render(
      <AuthErrorBoundary error={{ code: 'token_expired' }} onRefreshToken={hung}>
        <p>dashboard</p>
      </AuthErrorBoundary>,
    );
    expect(screen.queryByText(en.codes.session_expired)).toBeNull();
    await act(async () => vi.advanceTimersByTime(15_000));
    expect(screen.getByText(en.codes.session_expired)).toBeInTheDocument();
  });

  it('should ask to sign in again after refreshTimeoutMs for a thrown error, and refresh anew for a later token_expired', async () => {
    allowConsole('error');
    const onRefreshToken = vi.fn(hung);
    function Expired(): never {
      throw { code: 'token_expired' };
    }
    const view = (key: number) => (
      <AuthErrorProvider onRefreshToken={onRefreshToken} refreshTimeoutMs={5000}>
        <AuthErrorBoundary resetKeys={[key]}>
          <Expired />
        </AuthErrorBoundary>
      </AuthErrorProvider>
    );
    const { rerender } = render(view(1));
    await act(async () => vi.advanceTimersByTime(5000));
    expect(screen.getByText(en.codes.session_expired)).toBeInTheDocument();
    rerender(view(2));
    await settle();
    expect(onRefreshToken).toHaveBeenCalledTimes(2);
  });
});

describe('AuthErrorBoundary: a circuit breaker probe whose holder goes away', () => {
  it('should let the other boundary probe instead of pausing it for ever', () => {
    const onRetry = vi.fn();
    function App({ showA }: { showA: boolean }) {
      return (
        <AuthErrorProvider>
          {showA && <AuthErrorBoundary error={{ code: 'server_error' }} onRetry={() => onRetry('A')} />}
          <AuthErrorBoundary error={{ code: 'server_error' }} onRetry={() => onRetry('B')} />
          <AuthErrorBoundary error={{ code: 'server_error' }} onRetry={() => onRetry('C')} />
        </AuthErrorProvider>
      );
    }
    const { rerender } = render(<App showA />);
    advance(31_000);
    expect(onRetry).toHaveBeenCalledTimes(1);
    const [prober] = onRetry.mock.calls[0] as [string];
    expect(prober).toBe('A');
    // A took the probe and goes away before its answer.
    rerender(<App showA={false} />);
    advance(3000);
    expect(onRetry).toHaveBeenCalledTimes(2);
    expect(onRetry).toHaveBeenLastCalledWith(expect.stringMatching(/^[BC]$/));
  });
});

describe('AuthErrorBoundary: app callbacks that throw', () => {
  const boom = () => {
    throw new Error('app bug');
  };

  it('should keep the page when onRetry throws during silent_auth_failed’s silent retry', () => {
    allowConsole('error');
    render(
      <main>
        <p>the rest of the page</p>
        <AuthErrorBoundary error={{ code: 'silent_auth_failed' }} onRetry={boom}>
          <p>app</p>
        </AuthErrorBoundary>
      </main>,
    );
    expect(screen.getByText('the rest of the page')).toBeInTheDocument();
    expect(screen.getByText('app')).toBeInTheDocument();
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('onRetry threw'));
  });

  it('should keep retrying on schedule when onRetry throws during an automatic retry', () => {
    allowConsole('error');
    render(<AuthErrorBoundary error={{ code: 'network_error' }} onRetry={boom} />);
    expect(() => advance(1000)).not.toThrow();
    expect(screen.getByRole('timer')).toHaveTextContent(en.retry.retrying);
  });

  it.each([
    ['throws', boom],
    ['rejects', () => Promise.reject(new Error('down'))],
    ['never answers', () => new Promise(() => {})],
  ])('should give the retries and then the control back when onRetry %s', async (_label, onRetry) => {
    allowConsole('error');
    const retry = vi.fn(onRetry);
    render(<AuthErrorBoundary error={{ code: 'network_error' }} onRetry={retry} />);
    for (let second = 0; second < 600; second += 1) advance(1000);
    await settle();
    expect(retry).toHaveBeenCalledTimes(3);
    expect(screen.getByRole('button', { name: en.actions.tryAgain })).toBeEnabled();
  });

  it('should give "Try again" back when a manual retry is never answered', () => {
    render(<AuthErrorBoundary error={{ code: 'server_error' }} autoRetry={false} onRetry={() => new Promise(() => {})} />);
    fireEvent.click(screen.getByRole('button', { name: en.actions.tryAgain }));
    expect(screen.getByRole('button', { name: en.actions.tryAgain })).toBeDisabled();
    advance(60_000);
    expect(screen.getByRole('button', { name: en.actions.tryAgain })).toBeEnabled();
  });

  it('should not leave an unhandled rejection when onReset throws after a refresh', async () => {
    allowConsole('error');
    vi.useRealTimers();
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    render(<AuthErrorBoundary error={{ code: 'token_expired' }} onRefreshToken={() => Promise.resolve()} onReset={boom} />);
    await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('onReset threw'));
  });

  it('should keep account_locked and the form when onCountdownEnd throws', () => {
    allowConsole('error');
    render(
      <AuthErrorBoundary error={{ code: 'account_locked', details: { retry_after_s: 2 } }} onCountdownEnd={boom}>
        <p>sign-in form</p>
      </AuthErrorBoundary>,
    );
    advance(2000);
    expect(screen.getByText('sign-in form')).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent(en.countdown.ready);
    expect(screen.queryByText(en.titles.generic)).toBeNull();
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('onCountdownEnd threw'));
  });
});

describe('AuthErrorBoundary: the wall clock jumps forward', () => {
  it('should end the countdown when its text does: state and text agree, and the end fires once', () => {
    const onCountdownEnd = vi.fn();
    const { container } = render(
      <AuthErrorBoundary error={{ code: 'sms_rate_limited', details: { retry_after_s: 600 } }} onCountdownEnd={onCountdownEnd}>
        <p>form</p>
      </AuthErrorBoundary>,
    );
    vi.setSystemTime(Date.now() + 3_600_000);
    advance(1000);
    const root = container.querySelector('[data-auth-error-code="sms_rate_limited"]');
    expect(screen.getByRole('timer')).toHaveTextContent(en.countdown.ready);
    expect(root).toHaveAttribute('data-state', 'done');
    expect(onCountdownEnd).toHaveBeenCalledTimes(1);
    advance(600_000);
    expect(onCountdownEnd).toHaveBeenCalledTimes(1);
  });
});

describe('AuthErrorBoundary: return addresses on the server and in the browser', () => {
  const error = { code: 'state_mismatch', details: { return_to: `${window.location.origin}/start` } };

  it('should link a same-origin return address on the server when given the origin', () => {
    const html = renderToString(<AuthErrorBoundary error={error} origin={window.location.origin} />);
    expect(html).toContain(`href="${window.location.origin}/start"`);
  });

  it('should hydrate without a mismatch when the server did not know the origin, then link the return address', async () => {
    allowConsole('error');
    const container = document.createElement('div');
    container.innerHTML = renderToString(<AuthErrorBoundary error={error} />);
    document.body.appendChild(container);
    expect(container.querySelector('a')).toHaveAttribute('href', '/');
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, <AuthErrorBoundary error={error} />);
    });
    expect(console.error).not.toHaveBeenCalled();
    expect(container.querySelector('a')).toHaveAttribute('href', `${window.location.origin}/start`);
    act(() => root?.unmount());
    container.remove();
  });
});

describe('AuthErrorBoundary: announcements are limited for the whole page', () => {
  it('should announce at most three times a minute however often a boundary mounts and unmounts', () => {
    const { rerender } = render(<AuthErrorBoundary error={null} />);
    const region = document.querySelector('[data-auth-error-announcer]') as HTMLElement;
    const heard = countAnnouncements(region);
    for (let i = 0; i < 20; i += 1) {
      rerender(<AuthErrorBoundary key={i} error={{ code: 'account_locked', details: { retry_after_s: 30 + i } }} />);
      rerender(<div key="gone" />);
      advance(100);
    }
    expect(heard()).toBe(3);
  });
});

describe('AuthErrorToaster: a flood of errors', () => {
  it('should keep at most three toasts on screen and fold unknown codes into one', () => {
    function Flood() {
      const { toastAuthError } = useAuthErrorToast();
      return (
        <button type="button" onClick={() => Array.from({ length: 300 }, (_, i) => toastAuthError({ code: `junk_${i}` }))}>
          Flood
        </button>
      );
    }
    render(
      <AuthErrorProvider>
        <Flood />
        <AuthErrorToaster />
      </AuthErrorProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Flood' }));
    const toasts = document.querySelectorAll('[data-auth-error-code]');
    expect(toasts.length).toBe(1);
    expect(toasts[0]).toHaveAttribute('data-auth-error-outcome', 'generic');
  });

  it('should show at most three toasts at once', () => {
    function Several() {
      const { toastAuthError } = useAuthErrorToast();
      const codes = ['network_error', 'rate_limited', 'server_error', 'service_unavailable', 'permission_denied'];
      return (
        <button type="button" onClick={() => codes.forEach((code) => toastAuthError({ code }))}>
          Fail
        </button>
      );
    }
    render(
      <AuthErrorProvider>
        <Several />
        <AuthErrorToaster />
      </AuthErrorProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Fail' }));
    const shown = [...document.querySelectorAll('[data-auth-error-code]')].map((toast) => toast.getAttribute('data-auth-error-code'));
    expect(shown).toEqual(['server_error', 'service_unavailable', 'permission_denied']);
  });
});

describe('AuthErrorBoundary: links that are not strings', () => {
  it.each<[string, unknown]>([
    ['a URL object', new URL('https://example.com/help')],
    ['a number', 42],
    ['null', null],
  ])('should refuse %s as restartHref and supportHref with a warning, not crash', (_label, value) => {
    allowConsole('warn');
    render(
      <AuthErrorBoundary error={{ code: 'account_disabled' } as IntelliAuthError} restartHref={value as string} supportHref={value as string}>
        <p>app</p>
      </AuthErrorBoundary>,
    );
    expect(screen.getByText(en.codes.account_disabled)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: en.actions.contactSupport })).toBeNull();
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('supportHref must be a string'));
  });
});

describe('AuthErrorBoundary: callbacks that settle after the boundary is gone, or reject', () => {
  it('should not re-run the request or report a reset when a refresh settles after the boundary unmounted', async () => {
    let finish = () => {};
    const onRetry = vi.fn();
    const onReset = vi.fn();
    const { unmount } = render(
      <AuthErrorBoundary
        error={{ code: 'token_expired' }}
        onRetry={onRetry}
        onReset={onReset}
        onRefreshToken={() => new Promise<void>((resolve) => (finish = resolve))}
      >
        <p>dashboard</p>
      </AuthErrorBoundary>,
    );
    await settle();
    unmount();
    await act(async () => finish());
    expect(onRetry).not.toHaveBeenCalled();
    expect(onReset).not.toHaveBeenCalled();
  });

  it('should still re-run the request after a refresh that settles while the boundary stays (StrictMode included)', async () => {
    let finish = () => {};
    const onRetry = vi.fn();
    render(
      <StrictMode>
        <AuthErrorBoundary error={{ code: 'token_expired' }} onRetry={onRetry} onRefreshToken={() => new Promise<void>((resolve) => (finish = resolve))}>
          <p>dashboard</p>
        </AuthErrorBoundary>
      </StrictMode>,
    );
    await settle();
    await act(async () => finish());
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.getByText('dashboard')).toBeInTheDocument();
  });

  it('should contain an async onError that rejects, and say so in development', async () => {
    allowConsole('error');
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      render(
        <AuthErrorBoundary
          error={{ code: 'invalid_credentials' }}
          onError={async () => {
            throw new Error('telemetry is down');
          }}
        />,
      );
      vi.useRealTimers();
      await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    } finally {
      process.off('unhandledRejection', unhandled);
    }
    expect(unhandled).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent(en.codes.invalid_credentials);
    expect(console.error).toHaveBeenCalledWith(expect.stringMatching(/onError threw.*telemetry is down/));
  });
});

describe('AuthErrorBoundary: allowedOrigins given as one string', () => {
  it('should take it as a list of one origin (JavaScript callers), not ignore it', () => {
    render(
      <AuthErrorBoundary
        error={{ code: 'flow_invalid', details: { return_to: 'https://id.example.com/start' } }}
        allowedOrigins={'https://id.example.com' as unknown as string[]}
      />,
    );
    expect(screen.getByRole('link', { name: en.actions.startOver })).toHaveAttribute('href', 'https://id.example.com/start');
  });
});

describe('the live region', () => {
  it('should speak in the language and direction of what it announces', async () => {
    vi.useRealTimers();
    render(
      <AuthErrorProvider lng="ar">
        <AuthErrorBoundary error={{ code: 'account_locked', details: { retry_after_s: 30 } }} />
      </AuthErrorProvider>,
    );
    const region = document.querySelector('[data-auth-error-announcer]') as HTMLElement;
    await waitFor(() => expect(region.textContent).not.toBe(''));
    expect(region).toHaveAttribute('lang', 'ar');
    expect(region).toHaveAttribute('dir', 'rtl');
  });

  it('should say a countdown again in the new language when the language changes while it runs', async () => {
    vi.useRealTimers();
    const error = { code: 'account_locked', details: { retry_after_s: 300 } };
    const { rerender } = render(
      <AuthErrorProvider lng="de">
        <AuthErrorBoundary error={error} />
      </AuthErrorProvider>,
    );
    const region = document.querySelector('[data-auth-error-announcer]') as HTMLElement;
    await waitFor(() => expect(region).toHaveAttribute('lang', 'de'));
    rerender(
      <AuthErrorProvider lng="fr">
        <AuthErrorBoundary error={error} />
      </AuthErrorProvider>,
    );
    await waitFor(() => expect(region).toHaveAttribute('lang', 'fr'));
    expect(region).toHaveAttribute('dir', 'ltr');
    expect(region.textContent).toContain(screen.getByRole('timer').textContent);
  });

  it('should not say an error again when the language changes after its countdown ended', async () => {
    vi.useRealTimers();
    const error = { code: 'invalid_credentials' };
    const { rerender } = render(
      <AuthErrorProvider lng="de">
        <AuthErrorBoundary error={error} />
      </AuthErrorProvider>,
    );
    await waitFor(() => expect(screen.getByRole('alert')).toHaveAttribute('lang', 'de'));
    rerender(
      <AuthErrorProvider lng="fr">
        <AuthErrorBoundary error={error} />
      </AuthErrorProvider>,
    );
    await waitFor(() => expect(screen.getByRole('alert')).toHaveAttribute('lang', 'fr'));
    expect(document.querySelector('[data-auth-error-announcer]')?.textContent ?? '').toBe('');
  });
});

describe('AuthErrorBoundary: what the shared circuit breaker counts as the server answering', () => {
  function Thrower({ navigation }: { navigation: number }): null {
    if (navigation === 0) throw { code: 'server_error' };
    return null;
  }

  it('should keep the circuit open when resetKeys clears a boundary’s server_error (a navigation is no answer)', () => {
    allowConsole('error');
    const first = vi.fn();
    const second = vi.fn();
    const stableFirst = { code: 'server_error' };
    const stableSecond = { code: 'server_error' };
    function Page() {
      const [navigation, setNavigation] = useState(0);
      return (
        <AuthErrorProvider>
          <AuthErrorBoundary error={stableFirst} onRetry={first} />
          <AuthErrorBoundary error={stableSecond} onRetry={second} />
          <AuthErrorBoundary resetKeys={[navigation]}>
            <Thrower navigation={navigation} />
          </AuthErrorBoundary>
          <button type="button" onClick={() => setNavigation((n) => n + 1)}>
            navigate
          </button>
        </AuthErrorProvider>
      );
    }
    render(<Page />);
    // Three server_errors in a row: the circuit opens, and both boundaries wait for its probe.
    advance(3000);
    fireEvent.click(screen.getByRole('button', { name: 'navigate' }));
    advance(1500);
    expect(first).not.toHaveBeenCalled();
    expect(second).not.toHaveBeenCalled();
  });

  it('should keep the circuit open when resetAuthError() clears a boundary’s server_error', () => {
    const first = vi.fn();
    const stableFirst = { code: 'server_error' };
    function Resets() {
      const { resetAuthError } = useAuthErrorBoundary();
      return (
        <button type="button" onClick={resetAuthError}>
          reset
        </button>
      );
    }
    render(
      <AuthErrorProvider>
        <AuthErrorBoundary error={stableFirst} onRetry={first} />
        <AuthErrorBoundary error={{ code: 'server_error' }} onRetry={() => {}} />
        <AuthErrorBoundary error={{ code: 'server_error' }} onRetry={() => {}}>
          <Resets />
        </AuthErrorBoundary>
      </AuthErrorProvider>,
    );
    advance(3000);
    fireEvent.click(screen.getByRole('button', { name: 'reset' }));
    advance(1500);
    expect(first).not.toHaveBeenCalled();
  });

  it('should hold "Try again" back while the circuit is open once the automatic attempts are used up', () => {
    let sent = 0;
    function Query() {
      const [error, setError] = useState<unknown>({ code: 'server_error' });
      return (
        <AuthErrorBoundary
          error={error}
          onRetry={() => {
            sent += 1;
            setTimeout(() => setError({ code: 'server_error' }), 100);
          }}
        />
      );
    }
    render(
      <AuthErrorProvider>
        <Query />
        <Query />
      </AuthErrorProvider>,
    );
    // Both boundaries use up their attempts; the last probe failed, so the circuit is open again.
    for (let second = 0; second < 126; second += 1) advance(1000);
    const before = sent;
    const buttons = screen.getAllByRole('button', { name: en.actions.tryAgain });
    expect(buttons).toHaveLength(2);
    buttons.forEach((button) => fireEvent.click(button));
    advance(200);
    expect(sent).toBe(before);
    // They wait for the circuit, saying so, with "Try again" disabled.
    expect(screen.getAllByRole('timer')[0]).toHaveTextContent(/We'll try again in \d+ seconds?\.$/);
    for (const button of screen.getAllByRole('button', { name: en.actions.tryAgain })) expect(button).toBeDisabled();
  });

  it('should disable "Try again" while the breaker holds the boundary back, so no request goes around it', () => {
    const first = vi.fn();
    const stableFirst = { code: 'server_error' };
    render(
      <AuthErrorProvider>
        <AuthErrorBoundary error={stableFirst} onRetry={first} />
        <AuthErrorBoundary error={{ code: 'server_error' }} onRetry={() => {}} />
        <AuthErrorBoundary error={{ code: 'server_error' }} onRetry={() => {}} />
      </AuthErrorProvider>,
    );
    advance(3000);
    const [tryAgain] = screen.getAllByRole('button', { name: en.actions.tryAgain });
    expect(tryAgain).toBeDisabled();
    fireEvent.click(tryAgain!);
    expect(first).not.toHaveBeenCalled();
  });
  // A retry that answers after 5 s. A mutation (clears) drops its error while it asks again (loading) and
  // sets it again when the request fails; a query keeps its error while it asks again.
  function Retrying({ fails, counts, clears = false }: { fails: () => boolean; counts: { retries: number }; clears?: boolean }) {
    const [error, setError] = useState<unknown>({ code: 'server_error' });
    return (
      <AuthErrorBoundary
        error={error}
        onRetry={() => {
          counts.retries += 1;
          if (clears) setError(null);
          setTimeout(() => setError(fails() ? { code: 'server_error' } : null), 5000);
        }}
      />
    );
  }

  it('should not take thrown children rendering their loading state after a retry as the server answering', () => {
    let requests = 0;
    // Sends its request on mount and throws the failure 5 s later.
    function Loading() {
      const [failed, setFailed] = useState(false);
      useEffect(() => {
        requests += 1;
        const timer = setTimeout(() => setFailed(true), 5000);
        return () => clearTimeout(timer);
      }, []);
      if (failed) throw { code: 'server_error' };
      return <p>Loading…</p>;
    }
    allowConsole('error');
    render(
      <AuthErrorProvider>
        {[1, 2, 3, 4].map((key) => (
          <AuthErrorBoundary key={key} autoRetry>
            <Loading />
          </AuthErrorBoundary>
        ))}
      </AuthErrorProvider>,
    );
    for (let second = 0; second < 120; second += 1) advance(1000);
    // Four first requests, then one probe per half-open window (about every 35 s), never the three others with it.
    expect(requests).toBeLessThanOrEqual(4 + 4);
  });

  it('should not take an error cleared while its retry is out (a mutation loading) as the server answering', () => {
    const probe = { retries: 0 };
    const others = { retries: 0 };
    render(
      <AuthErrorProvider>
        <Retrying clears fails={() => true} counts={probe} />
        <Retrying fails={() => true} counts={others} />
        <Retrying fails={() => true} counts={others} />
        <Retrying fails={() => true} counts={others} />
      </AuthErrorProvider>,
    );
    // Four failures open the circuit; every half-open probe fails again 5 s after it went out.
    for (let second = 0; second < 120; second += 1) advance(1000);
    // One probe per reopening (about every 35 s), never the three others with it.
    expect(probe.retries + others.retries).toBeLessThanOrEqual(4);
  });

  it('should close the circuit once the cleared retry goes unanswered by an error for 30 s, and let the others through', () => {
    const probe = { retries: 0 };
    const others = { retries: 0 };
    let down = true;
    render(
      <AuthErrorProvider>
        <Retrying clears fails={() => down} counts={probe} />
        <Retrying fails={() => down} counts={others} />
        <Retrying fails={() => down} counts={others} />
      </AuthErrorProvider>,
    );
    advance(3000);
    // The server is back before the first probe.
    down = false;
    for (let second = 0; second < 29; second += 1) advance(1000);
    // The probe went out (the mutation's, first in the tree) and the others wait for its answer.
    expect(probe.retries).toBe(1);
    expect(others.retries).toBe(0);
    for (let second = 0; second < 40; second += 1) advance(1000);
    expect(others.retries).toBe(2);
    expect(screen.queryAllByRole('button', { name: en.actions.tryAgain })).toHaveLength(0);
  });
});
