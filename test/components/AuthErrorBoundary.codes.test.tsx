import { render, screen, within } from '@testing-library/react';
import { AUTH_ERROR_CODES, AuthErrorBoundary, catalogue, resolveOutcome, type AuthErrorCode } from '../../src';
import en from '../../locales/en/auth-errors.json';
import { allowConsole } from '../helpers/console';

// Realistic details for the codes whose outcome depends on them.
const DETAILS: Partial<Record<AuthErrorCode, Record<string, unknown>>> = {
  account_locked: { retry_after_s: 90 },
  sms_rate_limited: { retry_after_s: 45 },
  rate_limited: { retry_after_s: 30 },
  validation_failed: { fields: { email: 'Enter a valid email address.', password: ['Too short.', 'Add a number.'] } },
  conflict: { fields: { email: 'taken' } },
  step_blocked: { step: 'geo-fence', reason: 'Blocked country' },
};

const ROLES = {
  form_error: 'alert',
  field_errors: 'alert',
  countdown: 'status',
  retry: 'alert',
  action: 'alert',
  reauthenticate: 'alert',
  restart: 'alert',
  blocked: 'alert',
  config_error: 'alert',
  notice: 'alert',
} as const;

const copyOf = (code: AuthErrorCode) =>
  catalogue[code].outcome === 'delivery'
    ? (en.delivery as Record<string, string>)[code]
    : (en.codes as Record<string, string | undefined>)[code];

const userCodes = AUTH_ERROR_CODES.filter((code) => catalogue[code].family !== 'webhook');

function renderValue(code: AuthErrorCode) {
  return render(
    <AuthErrorBoundary
      error={{ code, message: 'server text that must not show', details: DETAILS[code] }}
      handoffs={{
        mfa: () => <p>App MFA prompt</p>,
        mfaEnrolment: () => <p>App MFA enrolment</p>,
        stepUp: () => <p>App step-up prompt</p>,
        captcha: () => <p>App captcha</p>,
      }}
      onRefreshToken={() => new Promise(() => {})}
      onRetry={() => {}}
      autoRetry={false}
      onResendVerification={() => {}}
      onResetPassword={() => {}}
      onChooseAnotherMethod={() => {}}
    >
      <form aria-label="Sign in">
        <input aria-label="Email" />
      </form>
    </AuthErrorBoundary>,
  );
}

describe('AuthErrorBoundary, for every code given as a value', () => {
  it.each(userCodes)('should render %s as its catalogue outcome', (code) => {
    if (catalogue[code].outcome === 'config_error') allowConsole('error');
    const { container } = renderValue(code);
    const outcome = resolveOutcome({ code, details: DETAILS[code] ?? {} });
    const root = container.querySelector('[data-auth-error-outcome]');

    if (outcome.kind === 'silent') {
      // Handled without UI while the refresh / retry runs; the form stays.
      expect(root).toBeNull();
      expect(screen.getByRole('form', { name: 'Sign in' })).toBeInTheDocument();
      return;
    }
    expect(root).toHaveAttribute('data-auth-error-code', code);
    expect(root).toHaveAttribute('data-auth-error-outcome', outcome.kind);
    expect(root).toHaveAttribute('lang', 'en');
    expect(root).toHaveAttribute('dir', 'ltr');
    if (outcome.kind in ROLES) expect(root).toHaveAttribute('role', ROLES[outcome.kind as keyof typeof ROLES]);

    const copy = copyOf(code);
    if (catalogue[code].display === 'hidden') {
      expect(root?.querySelector('.iae-message')).toBeNull();
    } else {
      expect(within(root as HTMLElement).getByText(copy as string)).toBeInTheDocument();
    }
    // The server's message is developer text: never shown.
    expect(screen.queryByText('server text that must not show')).toBeNull();
    // Inline outcomes keep the form; blocking ones replace it.
    const form = screen.queryByRole('form', { name: 'Sign in' });
    if (outcome.placement === 'inline') expect(form).toBeInTheDocument();
    else expect(form).toBeNull();
  });

  it.each(userCodes)('should replace the children when %s is thrown', (code) => {
    // React reports caught errors; action codes warn that their handler is not set.
    allowConsole('error', 'warn');
    function Throws(): never {
      throw { code, details: DETAILS[code] };
    }
    const { container } = render(
      <AuthErrorBoundary
        handoffs={{ mfa: () => <p>App MFA prompt</p>, mfaEnrolment: () => <p>App enrolment</p>, stepUp: () => <p>Step up</p>, captcha: () => <p>Captcha</p> }}
        onRefreshToken={() => new Promise(() => {})}
      >
        <Throws />
        <p>sibling content</p>
      </AuthErrorBoundary>,
    );
    expect(screen.queryByText('sibling content')).toBeNull();
    const outcome = resolveOutcome({ code, details: DETAILS[code] ?? {} });
    if (outcome.kind === 'silent') return;
    expect(container.querySelector('[data-auth-error-outcome]')).toHaveAttribute('data-auth-error-code', code);
  });
});

describe('AuthErrorBoundary, outcome details', () => {
  it('should show the per-field messages and a summary heading for validation_failed', () => {
    renderValue('validation_failed');
    expect(screen.getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Enter a valid email address.' })).toHaveAttribute('href', '#email');
    expect(screen.getByRole('link', { name: 'Too short.' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add a number.' })).toBeInTheDocument();
  });

  it('should name the conflicting field for conflict', () => {
    renderValue('conflict');
    // The server's field name, between bidi isolates.
    expect(screen.getByText('Already in use: \u2068email\u2069.')).toBeInTheDocument();
  });

  it('should add the single-use hint for backup_code_invalid', () => {
    renderValue('backup_code_invalid');
    expect(screen.getByText('Each backup code works only once.')).toBeInTheDocument();
  });

  it('should never show details.step or details.reason of a custom Action', () => {
    renderValue('step_blocked');
    expect(screen.getByText(en.codes.step_blocked)).toBeInTheDocument();
    expect(screen.queryByText(/geo-fence|Blocked country/)).toBeNull();
  });

  it('should show the copy and the app enrolment UI for mfa_enrolment_required', () => {
    renderValue('mfa_enrolment_required');
    expect(screen.getByText(en.codes.mfa_enrolment_required)).toBeInTheDocument();
    expect(screen.getByText('App MFA enrolment')).toBeInTheDocument();
  });

  it.each([
    ['mfa_required', 'App MFA prompt'],
    ['step_up_required', 'App step-up prompt'],
    ['captcha_required', 'App captcha'],
  ] as const)('should render only the app UI for %s', (code, text) => {
    const { container } = renderValue(code);
    expect(screen.getByText(text)).toBeInTheDocument();
    expect(container.querySelector('.iae-message')).toBeNull();
  });

  it('should show generic copy for a code the catalogue does not know', () => {
    render(<AuthErrorBoundary error={{ code: 'brand_new_code_2027', message: 'Leaky server text' }} />);
    expect(screen.getByRole('alert')).toHaveTextContent(en.generic);
    expect(screen.getByRole('alert')).toHaveAttribute('data-auth-error-outcome', 'generic');
    expect(screen.queryByText('Leaky server text')).toBeNull();
  });

  it('should show nothing for an aborted request', () => {
    const { container } = render(
      <AuthErrorBoundary error={new DOMException('The user aborted a request.', 'AbortError')}>
        <p>form</p>
      </AuthErrorBoundary>,
    );
    expect(container.querySelector('[data-auth-error-outcome]')).toBeNull();
    expect(screen.getByText('form')).toBeInTheDocument();
  });

  it('should render nothing but the children when the error is null or undefined', () => {
    const { container, rerender } = render(<AuthErrorBoundary error={null}>child</AuthErrorBoundary>);
    expect(container.querySelector('[data-auth-error-outcome]')).toBeNull();
    rerender(<AuthErrorBoundary error={undefined}>child</AuthErrorBoundary>);
    expect(screen.getByText('child')).toBeInTheDocument();
  });
});
