import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { renderToString } from 'react-dom/server';
import {
  AuthErrorBoundary,
  AuthErrorProvider,
  useAuthErrorBoundary,
  type IntelliAuthError,
} from '../../src';
import { fromResponse } from '../../src/core';
import en from '../../locales/en/auth-errors.json';
import { allowConsole } from '../helpers/console';

const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));

function Throws({ error }: { error: unknown }): never {
  throw error;
}

describe('AuthErrorBoundary: thrown errors and errors as values', () => {
  it('should keep the children mounted, with their state, below an inline error given as a value', () => {
    function Form() {
      const [error, setError] = useState<unknown>(null);
      return (
        <AuthErrorBoundary error={error}>
          <input aria-label="Email" defaultValue="" />
          <button type="button" onClick={() => setError({ code: 'invalid_credentials' })}>
            Submit
          </button>
        </AuthErrorBoundary>
      );
    }
    render(<Form />);
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'ada@example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    expect(screen.getByRole('alert')).toHaveTextContent(en.codes.invalid_credentials);
    expect(screen.getByLabelText('Email')).toHaveValue('ada@example.com');
  });

  it('should replace the children with a blocking outcome given as a value', () => {
    render(
      <AuthErrorBoundary error={{ code: 'state_mismatch' }}>
        <p>the form</p>
      </AuthErrorBoundary>,
    );
    expect(screen.queryByText('the form')).toBeNull();
    expect(screen.getByRole('heading', { name: en.titles.restart })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: en.actions.startOver })).toHaveAttribute('href', '/');
  });

  it('should catch a thrown error and report it to onError with the component stack', () => {
    allowConsole('error');
    const onError = vi.fn();
    render(
      <AuthErrorBoundary onError={onError}>
        <Throws error={{ code: 'session_revoked' }} />
      </AuthErrorBoundary>,
    );
    expect(screen.getByText(en.codes.session_revoked)).toBeInTheDocument();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'session_revoked' }),
      expect.objectContaining({ source: 'thrown', componentStack: expect.stringContaining('Throws') }),
    );
  });

  it('should report hidden errors given as values to onError too, once', () => {
    const onError = vi.fn();
    const error = { code: 'mfa_required' };
    const { rerender } = render(<AuthErrorBoundary error={error} onError={onError} handoffs={{ mfa: () => 'MFA' }} />);
    rerender(<AuthErrorBoundary error={error} onError={onError} handoffs={{ mfa: () => 'MFA' }} />);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'mfa_required' }),
      expect.objectContaining({ source: 'value', outcome: expect.objectContaining({ kind: 'handoff' }) }),
    );
  });

  it('should show generic copy and a working "Try again" for a thrown bug', () => {
    allowConsole('error');
    let broken = true;
    function Flaky() {
      if (broken) throw new TypeError("Cannot read properties of undefined (reading 'x')");
      return <p>recovered</p>;
    }
    const onReset = vi.fn();
    render(
      <AuthErrorBoundary onReset={onReset}>
        <Flaky />
      </AuthErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: en.titles.generic })).toHaveFocus();
    expect(screen.getByText(en.generic)).toBeInTheDocument();
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: en.actions.tryAgain }));
    expect(screen.getByText('recovered')).toBeInTheDocument();
    expect(onReset).toHaveBeenCalledWith(expect.objectContaining({ reason: 'retry', error: expect.objectContaining({ code: 'unknown' }) }));
  });
});

describe('AuthErrorBoundary: hand-offs', () => {
  it('should give the hand-off a retry that calls onRetry and brings the children back', () => {
    const onRetry = vi.fn();
    render(
      <AuthErrorBoundary
        error={{ code: 'mfa_required' }}
        onRetry={onRetry}
        handoffs={{ mfa: ({ retry }) => <button onClick={retry}>Verify code</button> }}
      >
        <p>the form</p>
      </AuthErrorBoundary>,
    );
    expect(screen.queryByText('the form')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Verify code' }));
    expect(onRetry).toHaveBeenCalledWith(expect.objectContaining({ code: 'mfa_required' }));
    expect(screen.getByText('the form')).toBeInTheDocument();
  });

  it('should give the hand-off a reset that clears without retrying', () => {
    const onRetry = vi.fn();
    const onReset = vi.fn();
    render(
      <AuthErrorBoundary
        error={{ code: 'captcha_required' }}
        onRetry={onRetry}
        onReset={onReset}
        handoffs={{ captcha: ({ reset }) => <button onClick={reset}>Cancel</button> }}
      >
        <p>the form</p>
      </AuthErrorBoundary>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onRetry).not.toHaveBeenCalled();
    expect(onReset).toHaveBeenCalledWith(expect.objectContaining({ reason: 'imperative' }));
    expect(screen.getByText('the form')).toBeInTheDocument();
  });

  it('should render nothing in place of a missing hand-off and warn, naming the prop', () => {
    allowConsole('warn');
    const { container } = render(<AuthErrorBoundary error={{ code: 'step_up_required' }} />);
    expect(container.querySelector('[data-auth-error-outcome="handoff"]')).toBeEmptyDOMElement();
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('handoffs.stepUp'));
  });

  it('should still show the copy of mfa_enrolment_required without its hand-off', () => {
    allowConsole('warn');
    render(<AuthErrorBoundary error={{ code: 'mfa_enrolment_required' }} />);
    expect(screen.getByText(en.codes.mfa_enrolment_required)).toBeInTheDocument();
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('handoffs.mfaEnrolment'));
  });
});

describe('AuthErrorBoundary: countdowns', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('should count down account_locked and call onCountdownEnd exactly once, on time', () => {
    const onCountdownEnd = vi.fn();
    render(<AuthErrorBoundary error={{ code: 'account_locked', details: { retry_after_s: 90 } }} onCountdownEnd={onCountdownEnd} />);
    const timer = screen.getByRole('timer');
    expect(timer).toHaveTextContent('You can try again in 1 minute 30 seconds.');
    advance(1000);
    expect(timer).toHaveTextContent('You can try again in 1 minute 29 seconds.');
    advance(29_000);
    expect(timer).toHaveTextContent('You can try again in 1 minute.');
    advance(59_000);
    expect(timer).toHaveTextContent('You can try again in 1 second.');
    expect(onCountdownEnd).not.toHaveBeenCalled();
    advance(1000);
    expect(timer).toHaveTextContent('You can try again now.');
    expect(onCountdownEnd).toHaveBeenCalledTimes(1);
    expect(onCountdownEnd).toHaveBeenCalledWith(expect.objectContaining({ code: 'account_locked' }));
    advance(60_000);
    expect(onCountdownEnd).toHaveBeenCalledTimes(1);
    expect(timer.closest('[data-auth-error-outcome]')).toHaveAttribute('data-state', 'done');
  });

  it.each([undefined, -5, 'soon', Number.NaN, null, {}])(
    'should show the copy without a timer or callback when retry_after_s is %s',
    (retryAfter) => {
      const onCountdownEnd = vi.fn();
      render(
        <AuthErrorBoundary error={{ code: 'sms_rate_limited', details: { retry_after_s: retryAfter } }} onCountdownEnd={onCountdownEnd} />,
      );
      expect(screen.getByText(en.codes.sms_rate_limited)).toBeInTheDocument();
      expect(screen.queryByRole('timer')).toBeNull();
      advance(600_000);
      expect(onCountdownEnd).not.toHaveBeenCalled();
      expect(document.body.textContent).not.toMatch(/NaN|Infinity|-\d/);
      expect(vi.getTimerCount()).toBe(0);
    },
  );

  it('should word a very long wait as "later" instead of counting', () => {
    render(<AuthErrorBoundary error={{ code: 'account_locked', details: { retry_after_s: 10 ** 12 } }} />);
    expect(screen.getByRole('timer')).toHaveTextContent(en.countdown.later);
  });

  it('should show hours and minutes for waits over an hour', () => {
    render(<AuthErrorBoundary error={{ code: 'account_locked', details: { retry_after_s: 2 * 3600 + 61 } }} />);
    expect(screen.getByRole('timer')).toHaveTextContent('You can try again in 2 hours 2 minutes.');
  });

  it('should stay right after the tab sleeps: the countdown is deadline-based', () => {
    render(<AuthErrorBoundary error={{ code: 'account_locked', details: { retry_after_s: 120 } }} />);
    // The machine sleeps for a minute: no timers fire, but the wall clock moves on.
    vi.setSystemTime(Date.now() + 60_000);
    act(() => document.dispatchEvent(new Event('visibilitychange')));
    expect(screen.getByRole('timer')).toHaveTextContent('You can try again in 1 minute.');
  });

  it('should never show more time or end later after the clock is set back', () => {
    render(<AuthErrorBoundary error={{ code: 'account_locked', details: { retry_after_s: 30 } }} />);
    vi.setSystemTime(Date.now() - 3_600_000);
    advance(1000);
    expect(screen.getByRole('timer')).toHaveTextContent('You can try again in 29 seconds.');
    advance(29_000);
    expect(screen.getByRole('timer')).toHaveTextContent(en.countdown.ready);
  });

  it('should extend to the later deadline when a second rate limit arrives during a countdown', () => {
    const { rerender } = render(<AuthErrorBoundary error={{ code: 'sms_rate_limited', details: { retry_after_s: 60 } }} />);
    advance(10_000);
    rerender(<AuthErrorBoundary error={{ code: 'sms_rate_limited', details: { retry_after_s: 5 } }} />);
    expect(screen.getByRole('timer')).toHaveTextContent('You can try again in 50 seconds.');
    rerender(<AuthErrorBoundary error={{ code: 'sms_rate_limited', details: { retry_after_s: 120 } }} />);
    expect(screen.getByRole('timer')).toHaveTextContent('You can try again in 2 minutes.');
  });

  it('should leave no timers behind when unmounted', () => {
    const { unmount } = render(<AuthErrorBoundary error={{ code: 'account_locked', details: { retry_after_s: 90 } }} />);
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('should reset a thrown countdown when it ends, with reason countdown-end', () => {
    allowConsole('error');
    let locked = true;
    function Page() {
      if (locked) throw { code: 'account_locked', details: { retry_after_s: 3 } };
      return <p>sign-in form</p>;
    }
    const onReset = vi.fn();
    render(
      <AuthErrorBoundary onReset={onReset}>
        <Page />
      </AuthErrorBoundary>,
    );
    locked = false;
    advance(3000);
    expect(screen.getByText('sign-in form')).toBeInTheDocument();
    expect(onReset).toHaveBeenCalledWith(expect.objectContaining({ reason: 'countdown-end' }));
  });
});

describe('AuthErrorBoundary: token refresh', () => {
  it('should refresh silently, keep the children, and clear the error on success', async () => {
    let resolve!: () => void;
    const onRefreshToken = vi.fn(() => new Promise<void>((r) => (resolve = r)));
    const onReset = vi.fn();
    render(
      <AuthErrorBoundary error={{ code: 'token_expired' }} onRefreshToken={onRefreshToken} onReset={onReset}>
        <p>dashboard</p>
      </AuthErrorBoundary>,
    );
    expect(screen.getByText('dashboard')).toBeInTheDocument();
    expect(onRefreshToken).toHaveBeenCalledTimes(1);
    await act(async () => resolve());
    expect(onReset).toHaveBeenCalledWith(expect.objectContaining({ reason: 'refreshed' }));
    expect(screen.getByText('dashboard')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('should ask the user to sign in again when the refresh fails', async () => {
    const onSignIn = vi.fn();
    render(
      <AuthErrorBoundary error={{ code: 'token_expired' }} onRefreshToken={() => Promise.reject(new Error('invalid_grant'))} onSignIn={onSignIn}>
        <p>dashboard</p>
      </AuthErrorBoundary>,
    );
    expect(await screen.findByText(en.codes.session_expired)).toBeInTheDocument();
    expect(screen.queryByText('dashboard')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: en.actions.signIn }));
    expect(onSignIn).toHaveBeenCalledWith(expect.objectContaining({ code: 'session_expired' }));
  });

  it('should ask the user to sign in again when there is no onRefreshToken', () => {
    render(<AuthErrorBoundary error={{ code: 'token_expired' }} />);
    expect(screen.getByText(en.codes.session_expired)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: en.actions.signIn })).toHaveAttribute('href', '/');
  });

  it('should share one refresh between boundaries under one provider', async () => {
    let resolve!: () => void;
    const onRefreshToken = vi.fn(() => new Promise<void>((r) => (resolve = r)));
    render(
      <AuthErrorProvider onRefreshToken={onRefreshToken}>
        <AuthErrorBoundary error={{ code: 'token_expired' }}>
          <p>one</p>
        </AuthErrorBoundary>
        <AuthErrorBoundary error={{ code: 'token_expired' }}>
          <p>two</p>
        </AuthErrorBoundary>
        <AuthErrorBoundary error={{ code: 'token_expired' }}>
          <p>three</p>
        </AuthErrorBoundary>
      </AuthErrorProvider>,
    );
    expect(onRefreshToken).toHaveBeenCalledTimes(1);
    await act(async () => resolve());
    expect(screen.getByText('one')).toBeInTheDocument();
    expect(screen.getByText('three')).toBeInTheDocument();
    expect(onRefreshToken).toHaveBeenCalledTimes(1);
  });

  it('should not loop: token_expired again and again right after a refresh ends in sign in', async () => {
    const onRefreshToken = vi.fn(() => Promise.resolve());
    const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    const view = () => <AuthErrorBoundary error={{ code: 'token_expired' }} onRefreshToken={onRefreshToken} />;
    const { rerender } = render(view());
    await settle();
    // Requests sent with the old token may still fail once or twice: they are not refreshed again.
    rerender(view());
    await settle();
    rerender(view());
    await settle();
    expect(screen.queryByText(en.codes.session_expired)).toBeNull();
    rerender(view());
    await settle();
    expect(screen.getByText(en.codes.session_expired)).toBeInTheDocument();
    expect(onRefreshToken).toHaveBeenCalledTimes(1);
  });
});

describe('AuthErrorBoundary: silent_auth_failed', () => {
  it('should retry once at once, without UI, then ask to sign in again if it fails again', () => {
    const onRetry = vi.fn();
    const { rerender } = render(
      <AuthErrorBoundary error={{ code: 'silent_auth_failed' }} onRetry={onRetry}>
        <p>app</p>
      </AuthErrorBoundary>,
    );
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.getByText('app')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    rerender(
      <AuthErrorBoundary error={{ code: 'silent_auth_failed' }} onRetry={onRetry}>
        <p>app</p>
      </AuthErrorBoundary>,
    );
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.getByText(en.codes.session_expired)).toBeInTheDocument();
  });

  it('should retry again after the error cleared', () => {
    const onRetry = vi.fn();
    const view = (error: unknown) => <AuthErrorBoundary error={error} onRetry={onRetry} />;
    const { rerender } = render(view({ code: 'silent_auth_failed' }));
    rerender(view(null));
    rerender(view({ code: 'silent_auth_failed' }));
    expect(onRetry).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('should re-render thrown children once, then ask to sign in', () => {
    allowConsole('error');
    const render_ = vi.fn(() => {
      throw { code: 'silent_auth_failed' };
    });
    function Child(): never {
      return render_() as never;
    }
    render(
      <AuthErrorBoundary>
        <Child />
      </AuthErrorBoundary>,
    );
    expect(screen.getByText(en.codes.session_expired)).toBeInTheDocument();
  });
});

describe('AuthErrorBoundary: automatic retry', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
  });

  it('should retry network_error with backoff, showing "Retrying in N s" and "Try now"', () => {
    const onRetry = vi.fn();
    const { container } = render(<AuthErrorBoundary error={{ code: 'network_error' }} onRetry={onRetry} />);
    const root = container.querySelector('[data-auth-error-outcome="retry"]');
    expect(root).toHaveAttribute('role', 'status');
    expect(root).toHaveAttribute('data-state', 'waiting');
    // First retry: half of min(30 s, 1 s).
    expect(screen.getByRole('timer')).toHaveTextContent('Retrying in 1 second…');
    expect(screen.getByRole('button', { name: en.actions.tryNow })).toBeEnabled();
    advance(499);
    expect(onRetry).not.toHaveBeenCalled();
    advance(1);
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('timer')).toHaveTextContent(en.retry.retrying);
  });

  it('should stop after three automatic attempts and let the user retry', () => {
    const onRetry = vi.fn();
    const { rerender } = render(<AuthErrorBoundary error={{ code: 'network_error' }} onRetry={onRetry} />);
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      advance(30_000);
      expect(onRetry).toHaveBeenCalledTimes(attempt);
      // The app's retry failed again: a new error value with the same code.
      rerender(<AuthErrorBoundary error={{ code: 'network_error' }} onRetry={onRetry} />);
    }
    advance(120_000);
    expect(onRetry).toHaveBeenCalledTimes(3);
    expect(screen.getByRole('alert')).toHaveAttribute('data-state', 'manual');
    fireEvent.click(screen.getByRole('button', { name: en.actions.tryAgain }));
    expect(onRetry).toHaveBeenCalledTimes(4);
  });

  it('should retry now when "Try now" is pressed', () => {
    const onRetry = vi.fn();
    render(<AuthErrorBoundary error={{ code: 'service_unavailable' }} onRetry={onRetry} statusPageHref="https://status.example.com" />);
    fireEvent.click(screen.getByRole('button', { name: en.actions.tryNow }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('link', { name: en.actions.checkStatus })).toHaveAttribute('href', 'https://status.example.com/');
  });

  it('should hold rate_limited until Retry-After has passed, with "Try now" disabled until then', () => {
    const onRetry = vi.fn();
    render(<AuthErrorBoundary error={{ code: 'rate_limited', details: { retry_after_s: 20 } }} onRetry={onRetry} />);
    const tryNow = screen.getByRole('button', { name: en.actions.tryNow });
    expect(tryNow).toBeDisabled();
    expect(screen.getByRole('timer')).toHaveTextContent('Retrying in 20 seconds…');
    advance(19_000);
    expect(onRetry).not.toHaveBeenCalled();
    expect(tryNow).toBeDisabled();
    advance(1000);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('should not retry automatically without onRetry, nor when autoRetry is off', () => {
    const onRetry = vi.fn();
    render(<AuthErrorBoundary error={{ code: 'network_error' }} onRetry={onRetry} autoRetry={false} />);
    advance(120_000);
    expect(onRetry).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent(en.codes.network_error);
    expect(screen.getByRole('button', { name: en.actions.tryAgain })).toBeEnabled();
  });

  it('should never retry credential errors automatically', () => {
    const onRetry = vi.fn();
    render(<AuthErrorBoundary error={{ code: 'invalid_credentials', status: 401 }} onRetry={onRetry} />);
    advance(120_000);
    expect(onRetry).not.toHaveBeenCalled();
  });

  it('should pause server_error retries while the shared circuit breaker is open', () => {
    const onRetry = vi.fn();
    // Three boundaries fail at once: the provider's breaker opens after the third failure.
    const { rerender } = render(
      <AuthErrorProvider onRetry={onRetry}>
        <AuthErrorBoundary error={{ code: 'server_error' }} />
        <AuthErrorBoundary error={{ code: 'server_error' }} />
        <AuthErrorBoundary error={{ code: 'server_error' }} />
      </AuthErrorProvider>,
    );
    advance(1000);
    expect(onRetry).not.toHaveBeenCalled();
    expect(screen.getAllByRole('timer')[0]).toHaveTextContent(/Too many failures in a row/);
    rerender(
      <AuthErrorProvider onRetry={onRetry}>
        <AuthErrorBoundary error={{ code: 'server_error' }} />
        <AuthErrorBoundary error={{ code: 'server_error' }} />
        <AuthErrorBoundary error={{ code: 'server_error' }} />
      </AuthErrorProvider>,
    );
    // After the breaker's wait, exactly one probe goes through.
    advance(30_000);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});

describe('useAuthErrorBoundary', () => {
  it('should show an error from an async click handler in the nearest boundary', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ error: { code: 'totp_invalid' } }), { status: 400 }));
    function CodeForm() {
      const { showAuthError } = useAuthErrorBoundary();
      return (
        <button
          onClick={async () => {
            const res = await fetchMock();
            if (!res.ok) showAuthError(await fromResponse(res));
          }}
        >
          Verify
        </button>
      );
    }
    render(
      <AuthErrorBoundary>
        <CodeForm />
      </AuthErrorBoundary>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(en.codes.totp_invalid);
    expect(screen.getByRole('button', { name: 'Verify' })).toBeInTheDocument();
  });

  it('should clear the error with resetAuthError', () => {
    function Controls() {
      const { showAuthError, resetAuthError } = useAuthErrorBoundary();
      return (
        <>
          <button onClick={() => showAuthError({ code: 'permission_denied' })}>Fail</button>
          <button onClick={resetAuthError}>Dismiss</button>
        </>
      );
    }
    const onReset = vi.fn();
    render(
      <AuthErrorBoundary onReset={onReset}>
        <Controls />
      </AuthErrorBoundary>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Fail' }));
    expect(screen.getByRole('alert')).toHaveTextContent(en.codes.permission_denied);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onReset).toHaveBeenCalledWith(expect.objectContaining({ reason: 'imperative', error: expect.objectContaining({ code: 'permission_denied' }) }));
  });

  it('should throw a clear error outside a boundary', () => {
    allowConsole('error');
    function Orphan() {
      useAuthErrorBoundary();
      return null;
    }
    expect(() => render(<Orphan />)).toThrow('useAuthErrorBoundary must be used inside <AuthErrorBoundary>.');
  });
});

describe('AuthErrorBoundary: resetKeys', () => {
  it('should clear a caught error when a key changes, and catch the same error again', () => {
    allowConsole('error');
    let fail = true;
    function Page({ id }: { id: number }) {
      if (fail) throw { code: 'not_found' };
      return <p>page {id}</p>;
    }
    const onReset = vi.fn();
    const view = (id: number) => (
      <AuthErrorBoundary resetKeys={[id]} onReset={onReset}>
        <Page id={id} />
      </AuthErrorBoundary>
    );
    const { rerender } = render(view(1));
    expect(screen.getByText(en.codes.not_found)).toBeInTheDocument();
    rerender(view(2));
    expect(screen.getByText(en.codes.not_found)).toBeInTheDocument();
    expect(onReset).toHaveBeenCalledWith(expect.objectContaining({ reason: 'keys', prev: [1], next: [2] }));
    fail = false;
    rerender(view(3));
    expect(screen.getByText('page 3')).toBeInTheDocument();
  });

  it('should treat a change of length as a change', () => {
    allowConsole('error');
    let fail = true;
    function Page() {
      if (fail) throw { code: 'conflict' };
      return <p>ok</p>;
    }
    const { rerender } = render(
      <AuthErrorBoundary resetKeys={['a']}>
        <Page />
      </AuthErrorBoundary>,
    );
    fail = false;
    rerender(
      <AuthErrorBoundary resetKeys={['a', 'b']}>
        <Page />
      </AuthErrorBoundary>,
    );
    expect(screen.getByText('ok')).toBeInTheDocument();
  });
});

describe('AuthErrorBoundary: renderers', () => {
  it("should replace the kit's rendering of one code", () => {
    render(
      <AuthErrorBoundary
        error={{ code: 'invalid_credentials' }}
        renderers={{ invalid_credentials: ({ message }) => <p className="brand-error">{message} (custom)</p> }}
      />,
    );
    expect(screen.getByText(`${en.codes.invalid_credentials} (custom)`)).toHaveClass('brand-error');
  });

  it("should fall back to the kit's rendering when a renderer throws", () => {
    allowConsole('error');
    render(
      <AuthErrorBoundary
        error={{ code: 'totp_invalid' }}
        renderers={{
          totp_invalid: () => {
            throw new Error('renderer bug');
          },
        }}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(en.codes.totp_invalid);
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('renderers.totp_invalid'));
  });
});

describe('AuthErrorBoundary: hostile input', () => {
  const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';

  it('should render server text in field messages as text, never markup', () => {
    const { container } = render(
      <AuthErrorBoundary error={{ code: 'validation_failed', message: hostile, details: { fields: { [hostile]: hostile } } }} />,
    );
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByRole('link', { name: hostile })).toBeInTheDocument();
  });

  it('should not show message, error_description or details.reason', () => {
    const { container } = render(
      <AuthErrorBoundary error={{ code: 'step_error', message: hostile, error_description: hostile, details: { reason: hostile } }} />,
    );
    expect(container.textContent).not.toContain('alert(');
  });

  it('should refuse unsafe links, warn, and fall back', () => {
    allowConsole('warn');
    render(
      <AuthErrorBoundary error={{ code: 'flow_expired' }} restartHref=" JaVaScRiPt:alert(1)" supportHref="//evil.example" />,
    );
    expect(screen.getByRole('link', { name: en.actions.startOver })).toHaveAttribute('href', '/');
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('restartHref'));
  });

  it('should leave out a support link that is refused', () => {
    allowConsole('warn');
    render(<AuthErrorBoundary error={{ code: 'account_disabled' }} supportHref="data:text/html,<script>alert(1)</script>" />);
    expect(screen.queryByRole('link', { name: en.actions.contactSupport })).toBeNull();
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('supportHref'));
  });

  it('should use a same-origin return address that arrives with the error, and refuse another origin', () => {
    const { unmount } = render(<AuthErrorBoundary error={{ code: 'flow_invalid', details: { return_to: '/sign-in?step=2' } }} />);
    expect(screen.getByRole('link', { name: en.actions.startOver })).toHaveAttribute('href', '/sign-in?step=2');
    unmount();
    render(<AuthErrorBoundary error={{ code: 'flow_invalid', details: { return_to: 'https://evil.example/phish' } }} />);
    expect(screen.getByRole('link', { name: en.actions.startOver })).toHaveAttribute('href', '/');
  });
});

describe('AuthErrorBoundary: server rendering', () => {
  it('should render the copy with react-dom/server and no provider', () => {
    const html = renderToString(
      <AuthErrorBoundary error={{ code: 'account_locked', details: { retry_after_s: 90 } }}>
        <form />
      </AuthErrorBoundary>,
    );
    expect(html).toContain(en.codes.account_locked);
    expect(html).toContain('You can try again in 1 minute 30 seconds.');
    expect(html).toContain('data-auth-error-code="account_locked"');
  });

  it('should render a provider override on the server', () => {
    const html = renderToString(
      <AuthErrorProvider resources={{ en: { codes: { invalid_credentials: 'Wrong email or password.' } } }}>
        <AuthErrorBoundary error={{ code: 'invalid_credentials' }} />
      </AuthErrorProvider>,
    );
    expect(html).toContain('Wrong email or password.');
  });
});

describe('AuthErrorBoundary: actions', () => {
  const cases: [string, Partial<Record<string, unknown>>, string, string][] = [
    ['email_unverified', { onResendVerification: vi.fn() }, en.actions.resendVerification, 'onResendVerification'],
    ['password_must_be_reset', { onResetPassword: vi.fn() }, en.actions.setNewPassword, 'onResetPassword'],
    ['webauthn_failed', { onChooseAnotherMethod: vi.fn() }, en.actions.useAnotherMethod, 'onChooseAnotherMethod'],
    ['precondition_failed', { onReload: vi.fn() }, en.actions.refresh, 'onReload'],
    ['consent_required', { onSignIn: vi.fn() }, en.actions.continue, 'onSignIn'],
    ['session_revoked', { onSignIn: vi.fn() }, en.actions.signIn, 'onSignIn'],
    ['invalid_scope', { onRetry: vi.fn() }, en.actions.tryAgain, 'onRetry'],
  ];

  it.each(cases)('should wire %s to its handler', (code, props, label, handler) => {
    render(<AuthErrorBoundary error={{ code }} {...props} />);
    fireEvent.click(screen.getByRole('button', { name: label }));
    const spy = props[handler] as ReturnType<typeof vi.fn>;
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('should offer both "Try again" and "Use another method" for sms_send_failed', () => {
    const onRetry = vi.fn();
    const onChooseAnotherMethod = vi.fn();
    render(<AuthErrorBoundary error={{ code: 'sms_send_failed' }} onRetry={onRetry} onChooseAnotherMethod={onChooseAnotherMethod} />);
    fireEvent.click(screen.getByRole('button', { name: en.actions.useAnotherMethod }));
    expect(onChooseAnotherMethod).toHaveBeenCalledTimes(1);
    // Trying again sends a new code: the banner goes until the next error.
    fireEvent.click(screen.getByRole('button', { name: en.actions.tryAgain }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('should link to resetPasswordHref when no onResetPassword is given', () => {
    render(<AuthErrorBoundary error={{ code: 'password_must_be_reset' }} resetPasswordHref="/reset" />);
    expect(screen.getByRole('link', { name: en.actions.setNewPassword })).toHaveAttribute('href', '/reset');
  });

  it('should leave the support link out when supportHref is not a URL the kit accepts', () => {
    allowConsole('error', 'warn');
    render(<AuthErrorBoundary error={{ code: 'invalid_client' }} supportHref="mailto-free/help" />);
    // A bare path is not a relative reference the kit accepts: no link rather than a wrong one.
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('should log a development error naming the code and topic of a configuration error', () => {
    allowConsole('error');
    render(<AuthErrorBoundary error={{ code: 'invalid_redirect_uri' }} supportHref="/support" />);
    expect(console.error).toHaveBeenCalledWith(expect.stringMatching(/invalid_redirect_uri.*troubleshooting topic: invalid_redirect_uri/));
    expect(screen.getByRole('link', { name: en.actions.contactSupport })).toHaveAttribute('href', '/support');
    expect(screen.getByRole('heading', { name: en.titles.config_error })).toHaveFocus();
  });
});

describe('AuthErrorBoundary with a provider', () => {
  it("should let the boundary's own prop win over the provider's", () => {
    const fromProvider = vi.fn();
    const fromBoundary = vi.fn();
    render(
      <AuthErrorProvider onSignIn={fromProvider}>
        <AuthErrorBoundary error={{ code: 'session_expired' }} onSignIn={fromBoundary} />
      </AuthErrorProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: en.actions.signIn }));
    expect(fromBoundary).toHaveBeenCalledTimes(1);
    expect(fromProvider).not.toHaveBeenCalled();
  });

  it('should merge hand-offs from the provider and the boundary', () => {
    render(
      <AuthErrorProvider handoffs={{ captcha: () => <p>provider captcha</p> }}>
        <AuthErrorBoundary error={{ code: 'captcha_required' }} handoffs={{ mfa: () => <p>boundary mfa</p> }} />
      </AuthErrorProvider>,
    );
    expect(screen.getByText('provider captcha')).toBeInTheDocument();
  });

  it('should show copy in the provider language once its bundle has loaded', async () => {
    render(
      <AuthErrorProvider lng="de">
        <AuthErrorBoundary error={{ code: 'invalid_credentials' } satisfies IntelliAuthError} />
      </AuthErrorProvider>,
    );
    await waitFor(() => expect(screen.getByRole('alert')).toHaveAttribute('lang', 'de'));
    expect(screen.getByRole('alert')).not.toHaveTextContent(en.codes.invalid_credentials);
  });
});

describe('useAuthErrorBoundary identity', () => {
  it('should keep showAuthError and resetAuthError stable while errors come and go', () => {
    const seen = new Set<unknown>();
    function Probe() {
      const { showAuthError, resetAuthError } = useAuthErrorBoundary();
      seen.add(showAuthError);
      seen.add(resetAuthError);
      return (
        <>
          <button onClick={() => showAuthError({ code: 'totp_invalid' })}>Fail</button>
          <button onClick={resetAuthError}>Clear</button>
        </>
      );
    }
    const { rerender } = render(
      <AuthErrorBoundary onReset={() => {}}>
        <Probe />
      </AuthErrorBoundary>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Fail' }));
    rerender(
      <AuthErrorBoundary onReset={() => {}}>
        <Probe />
      </AuthErrorBoundary>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(seen.size).toBe(2);
  });
});

describe('AuthErrorBoundary: network errors without a way to retry', () => {
  it('should not promise to retry when offline if nothing can retry', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const { container } = render(<AuthErrorBoundary error={{ code: 'network_error' }} />);
    const root = container.querySelector('[data-auth-error-outcome="retry"]');
    expect(root).toHaveAttribute('role', 'alert');
    expect(root).toHaveTextContent(en.codes.network_error);
    expect(root).not.toHaveTextContent(en.retry.offline);
  });
});

describe('AuthErrorBoundary: announcing a run of automatic retries', () => {
  it('should announce the first retry, then what failed once the retries are used up', () => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const onRetry = vi.fn();
    const view = () => <AuthErrorBoundary error={{ code: 'network_error' }} onRetry={onRetry} />;
    const { rerender } = render(view());
    const region = document.querySelector('[data-auth-error-announcer]') as HTMLElement;
    expect(region.textContent).toBe(`${en.codes.network_error} Retrying in 1 second…`);
    const heard: string[] = [];
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      advance(30_000);
      rerender(view());
      heard.push(region.textContent ?? '');
    }
    expect(onRetry).toHaveBeenCalledTimes(3);
    // The second and third retries are not announced; using them up is.
    expect(heard).toEqual(['', '', en.codes.network_error]);
  });
});

describe('AuthErrorBoundary: a renderer that throws something unprintable', () => {
  it("should still fall back to the kit's own drawing", () => {
    allowConsole('error');
    const unprintable = Object.create(null) as object;
    render(
      <AuthErrorBoundary
        error={{ code: 'conflict' }}
        renderers={{
          conflict: () => {
            throw unprintable;
          },
        }}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(en.codes.conflict);
    expect(screen.getByRole('alert')).toHaveAttribute('data-auth-error-outcome', 'notice');
  });
});
