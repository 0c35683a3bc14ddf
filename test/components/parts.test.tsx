import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import { createRef } from 'react';
import {
  AuthErrorBoundary,
  AuthErrorProvider,
  FieldError,
  useAuthErrorMessage,
  useAuthErrorOutcome,
  useFieldError,
} from '../../src';
import { DeliveryStatus } from '../../src/delivery';
import en from '../../locales/en/auth-errors.json';
import { allowConsole } from '../helpers/console';

function EmailField() {
  const email = useFieldError('email');
  return (
    <>
      <label htmlFor="email">Email</label>
      <input id="email" name="email" {...email.inputProps} />
      <FieldError name="email" className="app-error" />
    </>
  );
}

/** A FieldError's paragraph, found by one of its messages (each is a `<bdi>` of its own). */
const fieldErrorWith = (message: string | RegExp) => screen.getByText(message, { selector: 'p > bdi' }).parentElement as HTMLElement;

const validation = {
  code: 'validation_failed',
  details: { fields: { email: ['Enter an email address.', 'Use at most 254 characters.'], password: '' } },
};

describe(FieldError, () => {
  it("should render the field's messages and tie the input to them", () => {
    render(
      <AuthErrorBoundary error={validation}>
        <EmailField />
      </AuthErrorBoundary>,
    );
    const input = screen.getByLabelText('Email');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Enter an email address. Use at most 254 characters.');
    expect(fieldErrorWith('Use at most 254 characters.')).toHaveTextContent('Enter an email address. Use at most 254 characters.');
    expect(fieldErrorWith('Use at most 254 characters.')).toHaveClass('iae-field-error', 'app-error');
  });

  it('should render nothing, and no ARIA, when the field has no messages', () => {
    render(
      <AuthErrorBoundary error={{ code: 'validation_failed', details: { fields: { name: 'Required.' } } }}>
        <EmailField />
      </AuthErrorBoundary>,
    );
    expect(screen.getByLabelText('Email')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Email')).not.toHaveAttribute('aria-describedby');
    expect(document.querySelector('[data-auth-error-field]')).toBeNull();
  });

  it('should use the same wording in the summary as in the field', () => {
    render(
      <AuthErrorBoundary error={validation}>
        <EmailField />
      </AuthErrorBoundary>,
    );
    expect(screen.getByRole('link', { name: 'Enter an email address.' })).toBeInTheDocument();
    expect(fieldErrorWith('Enter an email address.')).toHaveAttribute('data-auth-error-field', 'email');
  });

  it('should move focus to the field when its summary link is followed', () => {
    render(
      <AuthErrorBoundary error={validation}>
        <EmailField />
      </AuthErrorBoundary>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'Use at most 254 characters.' }));
    expect(screen.getByLabelText('Email')).toHaveFocus();
  });

  it('should say "check this field" for a field whose message is empty', () => {
    render(<AuthErrorBoundary error={validation} />);
    expect(screen.getByRole('link', { name: en.fields.invalid })).toHaveAttribute('href', '#password');
  });

  it('should forward its ref and pass other props to the paragraph', () => {
    const ref = createRef<HTMLParagraphElement>();
    render(
      <AuthErrorBoundary error={validation}>
        <FieldError name="email" ref={ref} data-testid="email-error" title="Email problems" />
      </AuthErrorBoundary>,
    );
    expect(ref.current).toBe(screen.getByTestId('email-error'));
    expect(ref.current).toHaveAttribute('title', 'Email problems');
  });

  it('should clear when the error clears', () => {
    const { rerender } = render(
      <AuthErrorBoundary error={validation}>
        <EmailField />
      </AuthErrorBoundary>,
    );
    rerender(
      <AuthErrorBoundary error={null}>
        <EmailField />
      </AuthErrorBoundary>,
    );
    expect(screen.getByLabelText('Email')).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText(/Enter an email address/)).toBeNull();
  });

  it("should carry the boundary's theme tokens and color scheme, outside the outcome root", () => {
    render(
      <AuthErrorBoundary error={validation} theme={{ colors: { danger: '#ff0066' } }} colorScheme="dark">
        <FieldError name="email" style={{ fontWeight: 700 }} />
      </AuthErrorBoundary>,
    );
    const message = fieldErrorWith('Enter an email address.');
    expect(message).toHaveAttribute('data-color-scheme', 'dark');
    expect(message.style.getPropertyValue('--iae-color-danger')).toBe('#ff0066');
    expect(message).toHaveStyle({ fontWeight: '700' });
  });

  it('should throw a clear error outside a boundary', () => {
    allowConsole('error');
    expect(() => render(<FieldError name="email" />)).toThrow('<FieldError> must be used inside <AuthErrorBoundary>.');
  });
});

describe(useAuthErrorMessage, () => {
  it('should return the copy, or null for hidden codes and no error', () => {
    expect(renderHook(() => useAuthErrorMessage({ code: 'invalid_credentials' })).result.current).toBe(en.codes.invalid_credentials);
    expect(renderHook(() => useAuthErrorMessage({ code: 'mfa_required' })).result.current).toBeNull();
    expect(renderHook(() => useAuthErrorMessage(null)).result.current).toBeNull();
    expect(renderHook(() => useAuthErrorMessage('junk')).result.current).toBe(en.generic);
  });

  it('should fill in the values the message needs (receiver_timeout: the seconds waited)', () => {
    const { result } = renderHook(() => useAuthErrorMessage({ code: 'receiver_timeout' }));
    expect(result.current).toBe("Your endpoint didn't respond within 10 seconds. Delivery is being retried.");
  });

  it("should use the provider's overrides", () => {
    const { result } = renderHook(() => useAuthErrorMessage({ code: 'network_error' }), {
      wrapper: ({ children }) => (
        <AuthErrorProvider resources={{ en: { codes: { network_error: 'You seem to be offline.' } } }}>{children}</AuthErrorProvider>
      ),
    });
    expect(result.current).toBe('You seem to be offline.');
  });
});

describe(useAuthErrorOutcome, () => {
  it('should give the outcome, its strings and wired actions to draw with any design system', () => {
    const onSignIn = vi.fn();
    const error = { code: 'session_expired' };
    const { result } = renderHook(() => useAuthErrorOutcome(error, { onSignIn }));
    expect(result.current.outcome.kind).toBe('reauthenticate');
    expect(result.current.title).toBe(en.titles.reauthenticate);
    expect(result.current.message).toBe(en.codes.session_expired);
    const [action] = result.current.actions;
    expect(action).toMatchObject({ type: 'button', id: 'signIn', label: en.actions.signIn });
    act(() => (action?.type === 'button' ? action.onSelect() : undefined));
    expect(onSignIn).toHaveBeenCalledWith(expect.objectContaining({ code: 'session_expired' }));
  });

  it('should give the message with its values filled in (receiver_timeout: 10 seconds)', () => {
    const { result } = renderHook(() => useAuthErrorOutcome({ code: 'receiver_timeout' }));
    expect(result.current.message).toBe("Your endpoint didn't respond within 10 seconds. Delivery is being retried.");
  });

  it('should tick the countdown state', () => {
    vi.useFakeTimers();
    // The same error value across renders (kept in state, as apps do); a new value is a new error.
    const error = { code: 'sms_rate_limited', details: { retry_after_s: 3 } };
    const { result } = renderHook(() => useAuthErrorOutcome(error));
    expect(result.current.countdown).toMatchObject({ remainingS: 3, done: false, text: 'You can try again in 3 seconds.' });
    act(() => vi.advanceTimersByTime(3000));
    expect(result.current.countdown).toMatchObject({ remainingS: 0, done: true, text: en.countdown.ready });
  });

  it('should give retry state and stop showing an error once handled', () => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const onRetry = vi.fn();
    const error = { code: 'network_error' };
    const { result } = renderHook(() => useAuthErrorOutcome(error, { onRetry }));
    expect(result.current.retry).toMatchObject({ status: 'waiting', attempt: 0, maxAttempts: 3 });
    expect(result.current.retry?.text).toBe('Retrying in 1 second…');
    act(() => vi.advanceTimersByTime(500));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(result.current.retry).toMatchObject({ status: 'retrying', attempt: 1 });
    act(() => result.current.reset());
    expect(result.current.outcome.kind).toBe('none');
    expect(result.current.error).toBeNull();
  });

  it('should be none for no error', () => {
    const { result } = renderHook(() => useAuthErrorOutcome(undefined));
    expect(result.current).toMatchObject({ error: null, message: null, actions: [], countdown: null, retry: null });
    expect(result.current.outcome.kind).toBe('none');
  });
});

describe(DeliveryStatus, () => {
  it('should explain a delivery code and link to the troubleshooting topic', () => {
    render(<DeliveryStatus code="receiver_timeout" topicBaseUrl="https://docs.example.com/topics" />);
    expect(screen.getByText("Your endpoint didn't respond within 10 seconds. Delivery is being retried.")).toBeInTheDocument();
    expect(screen.getByRole('link', { name: en.actions.troubleshoot })).toHaveAttribute(
      'href',
      'https://docs.example.com/topics/webhook-delivery-failures',
    );
  });

  it('should count the seconds receiver_timeout waits in the language, with its digits (ar-EG)', async () => {
    const { container } = render(
      <AuthErrorProvider lng="ar-EG">
        <DeliveryStatus code="receiver_timeout" />
      </AuthErrorProvider>,
    );
    await waitFor(() => expect(container.firstElementChild).toHaveAttribute('lang', 'ar'));
    expect(container.firstElementChild).toHaveTextContent('لم تستجب نقطة النهاية خلال ١٠ ثوانٍ. جارٍ إعادة محاولة التسليم.');
  });

  it('should show generic copy and no link for a code that is not a delivery code', () => {
    const { container } = render(<DeliveryStatus code="invalid_credentials" />);
    expect(screen.getByText(en.generic)).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
    expect(container.firstElementChild).toHaveAttribute('data-auth-error-outcome', 'generic');
  });

  it('should refuse an unsafe topic base URL', () => {
    render(<DeliveryStatus code="dlq_max_attempts" topicBaseUrl="javascript:alert(1)//" />);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('should pass props through and carry the data attributes', () => {
    render(<DeliveryStatus code="receiver_5xx" data-testid="row" className="feed-row" aria-label="Delivery 42" />);
    const row = screen.getByTestId('row');
    expect(row).toHaveClass('iae-root', 'feed-row');
    expect(row).toHaveAttribute('data-auth-error-code', 'receiver_5xx');
    expect(row).toHaveAttribute('data-auth-error-outcome', 'delivery');
    expect(row).toHaveAttribute('aria-label', 'Delivery 42');
  });
});
