import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { AUTH_ERROR_CODES, AuthErrorBoundary, catalogue, type AuthErrorCode } from '../../src';
import en from '../../locales/en/auth-errors.json';
import { allowConsole } from '../helpers/console';
import { countAnnouncements } from './liveRegion';

const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));
const announcer = () => document.querySelector('[data-auth-error-announcer]') as HTMLElement;

function Throws({ error }: { error: unknown }): never {
  throw error;
}

describe('AuthErrorBoundary: roles', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
  });

  it('should use role="alert" for a transient error the user has to retry', () => {
    render(<AuthErrorBoundary error={{ code: 'network_error' }} onRetry={() => {}} autoRetry={false} />);
    expect(screen.getByRole('alert')).toHaveTextContent(en.codes.network_error);
    expect(screen.queryAllByRole('status').filter((node) => !node.hasAttribute('data-auth-error-announcer'))).toHaveLength(0);
  });

  it('should use role="status" while retrying automatically, and role="alert" once the attempts are used up', () => {
    const onRetry = vi.fn();
    const { rerender } = render(<AuthErrorBoundary error={{ code: 'server_error' }} onRetry={onRetry} />);
    const root = document.querySelector('[data-auth-error-code="server_error"]');
    expect(root).toHaveAttribute('role', 'status');
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      advance(30_000);
      expect(root).toHaveAttribute('role', 'status');
      rerender(<AuthErrorBoundary error={{ code: 'server_error' }} onRetry={onRetry} />);
    }
    expect(screen.getByRole('alert')).toHaveAttribute('data-state', 'manual');
  });

  it('should use role="status" for a countdown', () => {
    render(<AuthErrorBoundary error={{ code: 'account_locked', details: { retry_after_s: 30 } }} />);
    expect(document.querySelector('[data-auth-error-code="account_locked"]')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('should keep its polite live region a status, never an alert', () => {
    // A boundary with nothing to guard and no error warns in development (see AuthErrorBoundary.test.tsx).
    allowConsole('warn');
    render(<AuthErrorBoundary />);
    expect(announcer()).toHaveAttribute('role', 'status');
    expect(announcer()).toHaveAttribute('aria-live', 'polite');
  });
});

describe('AuthErrorBoundary: live region', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
  });

  it('should have its live region, empty, before any error arrives, and announce into that same node', () => {
    function Form() {
      const [error, setError] = useState<unknown>(null);
      return (
        <AuthErrorBoundary error={error}>
          <button type="button" onClick={() => setError({ code: 'account_locked', details: { retry_after_s: 30 } })}>
            Sign in
          </button>
        </AuthErrorBoundary>
      );
    }
    render(<Form />);
    const region = announcer();
    expect(region).toBeInTheDocument();
    expect(region).toHaveTextContent('');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(announcer()).toBe(region);
    expect(region).toHaveTextContent(`${en.codes.account_locked} You can try again in 30 seconds.`);
  });

  it('should announce the start and the end of a countdown, and nothing in between', () => {
    allowConsole('warn');
    const { rerender } = render(<AuthErrorBoundary />);
    const heard = countAnnouncements(announcer());
    rerender(<AuthErrorBoundary error={{ code: 'sms_rate_limited', details: { retry_after_s: 45 } }} />);
    expect(heard()).toBe(1);
    expect(announcer()).toHaveTextContent(`${en.codes.sms_rate_limited} You can try again in 45 seconds.`);
    for (let second = 1; second < 45; second += 1) {
      advance(1000);
      expect(heard()).toBe(1);
    }
    advance(1000);
    expect(heard()).toBe(2);
    expect(announcer()).toHaveTextContent(en.countdown.ready);
    advance(60_000);
    expect(heard()).toBe(2);
  });

  it('should not speak the ticking countdown: it is a timer that is not live', () => {
    render(<AuthErrorBoundary error={{ code: 'account_locked', details: { retry_after_s: 30 } }} />);
    const timer = screen.getByRole('timer');
    expect(timer).toHaveAttribute('aria-live', 'off');
    expect(timer).toHaveTextContent('You can try again in 30 seconds.');
    advance(1000);
    expect(timer).toHaveTextContent('You can try again in 29 seconds.');
  });

  it('should announce at most three times a minute, however many errors arrive', () => {
    function Form() {
      const [n, setN] = useState(0);
      return (
        <AuthErrorBoundary error={n === 0 ? null : { code: n % 2 ? 'account_locked' : 'sms_rate_limited', details: { retry_after_s: 5 } }}>
          <button type="button" onClick={() => setN((i) => i + 1)}>
            Sign in
          </button>
        </AuthErrorBoundary>
      );
    }
    render(<Form />);
    const heard = countAnnouncements(announcer());
    for (let i = 0; i < 10; i += 1) {
      fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
      advance(5000);
    }
    // 10 countdowns started and ended within 50 seconds.
    expect(heard()).toBe(3);
    advance(60_000);
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(heard()).toBe(4);
  });

  it('should say what failed when it announces an automatic retry', () => {
    render(<AuthErrorBoundary error={{ code: 'network_error' }} onRetry={() => {}} />);
    expect(announcer()).toHaveTextContent(`${en.codes.network_error} Retrying in 1 second…`);
  });

  it('should announce when a rate-limited user can try again', () => {
    const onRetry = vi.fn();
    render(<AuthErrorBoundary error={{ code: 'rate_limited', details: { retry_after_s: 20 } }} onRetry={onRetry} autoRetry={false} />);
    const heard = countAnnouncements(announcer());
    expect(screen.getByRole('button', { name: en.actions.tryAgain })).toBeDisabled();
    advance(20_000);
    expect(screen.getByRole('button', { name: en.actions.tryAgain })).toBeEnabled();
    expect(heard()).toBe(1);
    expect(announcer()).toHaveTextContent(en.countdown.ready);
  });

  it('should clear the live region afterwards, so nobody reads stale text later', () => {
    render(<AuthErrorBoundary error={{ code: 'account_locked', details: { retry_after_s: 300 } }} />);
    expect(announcer()).not.toHaveTextContent('');
    advance(10_000);
    expect(announcer()).toHaveTextContent('');
  });
});

describe('AuthErrorBoundary: focus', () => {
  it.each([
    ['state_mismatch', en.titles.restart],
    ['flow_expired', en.titles.restart],
    ['session_expired', en.titles.reauthenticate],
    ['consent_required', en.titles.consent],
    ['account_disabled', en.titles.blocked],
    ['step_blocked', en.titles.blocked],
    ['invalid_client', en.titles.config_error],
  ] as const)('should move focus to the heading of a blocking %s', (code, title) => {
    if (catalogue[code].outcome === 'config_error') allowConsole('error');
    function Form() {
      const [error, setError] = useState<unknown>(null);
      return (
        <AuthErrorBoundary error={error}>
          <button type="button" onClick={() => setError({ code })}>
            Continue
          </button>
        </AuthErrorBoundary>
      );
    }
    render(<Form />);
    screen.getByRole('button', { name: 'Continue' }).focus();
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    const heading = screen.getByRole('heading', { name: title });
    expect(heading).toHaveFocus();
    expect(heading).toHaveAttribute('tabindex', '-1');
  });

  it('should move focus to the heading of a thrown error', () => {
    allowConsole('error');
    render(
      <AuthErrorBoundary>
        <Throws error={{ code: 'session_revoked' }} />
      </AuthErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: en.titles.reauthenticate })).toHaveFocus();
  });

  it.each(['invalid_credentials', 'network_error', 'account_locked', 'email_unverified', 'permission_denied'] as const)(
    'should leave focus where the user is for an inline %s',
    (code) => {
      allowConsole('warn');
      function Form() {
        const [error, setError] = useState<unknown>(null);
        return (
          <AuthErrorBoundary error={error}>
            <input aria-label="Email" onChange={() => setError({ code, details: { retry_after_s: 30 } })} />
          </AuthErrorBoundary>
        );
      }
      render(<Form />);
      const input = screen.getByLabelText('Email');
      input.focus();
      fireEvent.change(input, { target: { value: 'a' } });
      expect(document.querySelector(`[data-auth-error-code="${code}"]`)).toBeInTheDocument();
      expect(input).toHaveFocus();
    },
  );
});

describe('AuthErrorBoundary: names', () => {
  const labels = new Set(Object.values(en.actions));
  const userCodes = AUTH_ERROR_CODES.filter((code) => catalogue[code].family !== 'webhook');

  it.each(userCodes)('should name every button and link of %s from the locale bundle, and hide its icon', (code: AuthErrorCode) => {
    allowConsole('error');
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const handler = () => {};
    const { container } = render(
      <AuthErrorBoundary
        error={{ code, details: { retry_after_s: 30, fields: { email: 'Enter an email address.' } } }}
        onRetry={handler}
        onSignIn={handler}
        onResendVerification={handler}
        onResetPassword={handler}
        onChooseAnotherMethod={handler}
        onReload={handler}
        supportHref="/support"
        statusPageHref="https://status.example.com"
        handoffs={{ mfa: () => null, mfaEnrolment: () => null, stepUp: () => null, captcha: () => null }}
      />,
    );
    const root = container.querySelector('[data-auth-error-code]');
    for (const button of within(container).queryAllByRole('button')) expect(labels).toContain(button.textContent);
    // Links in the validation summary carry the field's message; the others are actions.
    for (const link of root?.querySelectorAll('a[data-action]') ?? []) expect(labels).toContain(link.textContent);
    for (const icon of container.querySelectorAll('.iae-icon')) expect(icon).toHaveAttribute('aria-hidden', 'true');
  });
});
