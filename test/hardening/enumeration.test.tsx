import { render, screen } from '@testing-library/react';
import {
  AUTH_ERROR_CODES,
  AuthErrorBoundary,
  AuthErrorProvider,
  FieldError,
  useAuthErrorOutcome,
  useFieldError,
  type AuthErrorBoundaryProps,
} from '../../src';
import { fromResponse } from '../../src/core';
import en from '../../locales/en/auth-errors.json';
import { allowConsole } from '../helpers/console';

function Throws({ error }: { error: unknown }): never {
  throw error;
}

function EmailField() {
  const { inputProps, messages } = useFieldError('email');
  return (
    <>
      <input aria-label="Email" data-messages={messages.length} {...inputProps} />
      <FieldError name="email" />
      <FieldError name="password" />
    </>
  );
}

/** What a server might say about why a sign-in failed: none of it may change what the user sees. */
const CAUSES: [string, Record<string, unknown>][] = [
  ['no reason given', {}],
  ['no such user', { message: 'User ada@example.com not found', status: 404, details: { reason: 'no_such_user', fields: { email: 'No account with this email.' } } }],
  ['a wrong password', { message: 'Wrong password', status: 401, details: { reason: 'bad_password', fields: { password: 'Incorrect password.' } } }],
  ['one attempt left', { message: 'Account will lock after 1 more attempt', status: 401, details: { remaining_attempts: 1 } }],
  ['a disabled user', { status: 403, error_description: 'user is disabled', details: { user_exists: true, account_state: 'disabled', step: 'lookup' } }],
  ['a timing hint', { status: 429, details: { retry_after_s: 30, lookup_ms: 412 } }],
];

const withCause = (cause: Record<string, unknown>) => ({ code: 'invalid_credentials', ...cause });

function html(props: Partial<AuthErrorBoundaryProps>) {
  const { container, unmount } = render(
    <AuthErrorBoundary onRetry={() => {}} {...props}>
      <EmailField />
    </AuthErrorBoundary>,
  );
  const markup = container.innerHTML;
  unmount();
  return markup;
}

describe('AuthErrorBoundary: invalid_credentials reveals nothing about the account', () => {
  it('should render the same DOM whatever the cause, given as a value', () => {
    const [baseline, ...others] = CAUSES.map(([, cause]) => html({ error: withCause(cause) }));
    expect(baseline).toContain(en.codes.invalid_credentials);
    for (const markup of others) expect(markup).toBe(baseline);
  });

  it('should render the same DOM whatever the cause, when thrown', () => {
    allowConsole('error');
    const markups = CAUSES.map(([, cause]) => {
      const { container, unmount } = render(
        <AuthErrorBoundary>
          <Throws error={withCause(cause)} />
        </AuthErrorBoundary>,
      );
      const markup = container.innerHTML;
      unmount();
      return markup;
    });
    expect(new Set(markups).size).toBe(1);
  });

  it('should render the same DOM for any response the sign-in endpoint gives', async () => {
    const responses = [
      new Response(JSON.stringify({ error: { code: 'invalid_credentials' } }), { status: 401 }),
      new Response(JSON.stringify({ error: { code: 'invalid_credentials', message: 'No such user', details: { fields: { email: 'Unknown email.' } } } }), { status: 404 }),
      new Response(JSON.stringify({ code: 'invalid_credentials', details: { remaining_attempts: 2 } }), { status: 401, headers: { 'Retry-After': '10' } }),
    ];
    const errors = await Promise.all(responses.map((res) => fromResponse(res)));
    const markups = errors.map((error) => html({ error }));
    expect(new Set(markups).size).toBe(1);
  });

  it('should not show remaining attempts unless the app opts in', () => {
    render(<AuthErrorBoundary error={withCause({ details: { remaining_attempts: 2 } })} />);
    expect(screen.getByRole('alert').textContent).toBe(en.codes.invalid_credentials);
  });

  it('should show remaining attempts when the boundary opts in with revealAccountDetails', () => {
    render(<AuthErrorBoundary error={withCause({ details: { remaining_attempts: 2 } })} revealAccountDetails />);
    expect(screen.getByRole('alert')).toHaveTextContent('2 attempts left.');
  });

  it('should show remaining attempts when the provider opts in', () => {
    render(
      <AuthErrorProvider revealAccountDetails>
        <AuthErrorBoundary error={withCause({ details: { remaining_attempts: 1 } })} />
      </AuthErrorProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('1 attempt left.');
  });

  it('should let a boundary opt back out of what its provider reveals', () => {
    render(
      <AuthErrorProvider revealAccountDetails>
        <AuthErrorBoundary error={withCause({ details: { remaining_attempts: 1 } })} revealAccountDetails={false} />
      </AuthErrorProvider>,
    );
    expect(screen.getByRole('alert').textContent).toBe(en.codes.invalid_credentials);
  });

  it.each<[string, unknown]>([
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['-1', -1],
    ['1.5', 1.5],
    ["'2'", '2'],
    ['1e308', 1e308],
    ['an object', { valueOf: () => 2 }],
  ])('should show no count for remaining_attempts %s, even when revealed', (_label, remaining) => {
    render(<AuthErrorBoundary error={withCause({ details: { remaining_attempts: remaining } })} revealAccountDetails />);
    expect(screen.getByRole('alert').textContent).toBe(en.codes.invalid_credentials);
  });

  it('should read a remaining_attempts of -0 as 0', () => {
    render(<AuthErrorBoundary error={JSON.parse('{"code":"invalid_credentials","details":{"remaining_attempts":-0}}')} revealAccountDetails />);
    expect(screen.getByRole('alert')).toHaveTextContent(en.hints.attemptsRemaining_zero);
    expect(screen.getByRole('alert')).not.toHaveTextContent('-0');
  });

  it('should keep remaining attempts out of the headless state unless the app opts in', () => {
    function Headless({ reveal }: { reveal: boolean }) {
      const { hint, fields } = useAuthErrorOutcome(withCause({ details: { remaining_attempts: 2, fields: { email: 'Unknown email.' } } }), {
        revealAccountDetails: reveal,
      });
      return <p>{`${hint ?? 'no hint'} / ${fields.length} fields`}</p>;
    }
    const { rerender } = render(<Headless reveal={false} />);
    expect(screen.getByText('no hint / 0 fields')).toBeInTheDocument();
    rerender(<Headless reveal />);
    expect(screen.getByText('2 attempts left. / 0 fields')).toBeInTheDocument();
  });
});

describe('AuthErrorBoundary: field text is shown for validation_failed only', () => {
  const others = AUTH_ERROR_CODES.filter((code) => code !== 'validation_failed');

  it.each(others)('should never show the field text sent with %s', (code) => {
    allowConsole('warn', 'error');
    render(
      <AuthErrorBoundary
        error={{ code, details: { fields: { email: 'No account with this email.', password: ['Wrong password.'] } } }}
        onRefreshToken={() => new Promise(() => {})}
        handoffs={{ mfa: () => null, mfaEnrolment: () => null, stepUp: () => null, captcha: () => null }}
      >
        <EmailField />
      </AuthErrorBoundary>,
    );
    expect(document.body.textContent).not.toMatch(/No account with this email|Wrong password/);
    // Blocking outcomes replace the form; where it stays, nothing marks the field.
    const email = screen.queryByLabelText('Email');
    if (email) {
      expect(email).not.toHaveAttribute('aria-invalid');
      expect(email).toHaveAttribute('data-messages', '0');
    }
  });
});
