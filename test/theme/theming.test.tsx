import { fireEvent, render, screen, within } from '@testing-library/react';
import {
  AuthErrorBoundary,
  AuthErrorProvider,
  FieldError,
  darkTheme,
  lightTheme,
  themeToStyle,
  type AuthErrorClassNames,
} from '../../src';
import { DeliveryStatus } from '../../src/delivery';
import { AuthErrorToaster, useAuthErrorToast } from '../../src/toast';
import en from '../../locales/en/auth-errors.json';

const rootOf = (code: string) => document.querySelector(`[data-auth-error-code="${code}"]`) as HTMLElement;
const variable = (element: HTMLElement, name: string) => element.style.getPropertyValue(name);

function ToastButton({ error }: { error: unknown }) {
  const { toastAuthError } = useAuthErrorToast();
  return (
    <button type="button" onClick={() => toastAuthError(error)}>
      Save
    </button>
  );
}

describe('AuthErrorBoundary: theme', () => {
  it('should set every theme token as a CSS variable on the outcome root', () => {
    render(
      <AuthErrorBoundary
        error={{ code: 'invalid_credentials' }}
        theme={{
          colors: {
            danger: '#c00000',
            warning: '#7a4100',
            info: '#003d99',
            success: '#0b6b2b',
            text: '#111111',
            mutedText: '#4a4a4a',
            surface: '#fafafa',
            border: '#cccccc',
            focusRing: '#6200ee',
          },
          radius: 4,
          fontFamily: 'Inter, sans-serif',
          fontSize: '1rem',
          spacing: 12,
        }}
      />,
    );
    const root = rootOf('invalid_credentials');
    expect(variable(root, '--iae-color-danger')).toBe('#c00000');
    expect(variable(root, '--iae-color-warning')).toBe('#7a4100');
    expect(variable(root, '--iae-color-info')).toBe('#003d99');
    expect(variable(root, '--iae-color-success')).toBe('#0b6b2b');
    expect(variable(root, '--iae-color-text')).toBe('#111111');
    expect(variable(root, '--iae-color-muted-text')).toBe('#4a4a4a');
    expect(variable(root, '--iae-color-surface')).toBe('#fafafa');
    expect(variable(root, '--iae-color-border')).toBe('#cccccc');
    expect(variable(root, '--iae-color-focus-ring')).toBe('#6200ee');
    expect(variable(root, '--iae-radius')).toBe('4px');
    expect(variable(root, '--iae-font-family')).toBe('Inter, sans-serif');
    expect(variable(root, '--iae-font-size')).toBe('1rem');
    expect(variable(root, '--iae-spacing')).toBe('12px');
  });

  it('should leave tokens that are not set to the stylesheet', () => {
    render(<AuthErrorBoundary error={{ code: 'invalid_credentials' }} theme={{ colors: { danger: '#c00000' } }} />);
    const root = rootOf('invalid_credentials');
    expect(variable(root, '--iae-color-danger')).toBe('#c00000');
    expect(variable(root, '--iae-color-text')).toBe('');
    expect(variable(root, '--iae-radius')).toBe('');
  });

  it('should set no variables without a theme', () => {
    render(<AuthErrorBoundary error={{ code: 'invalid_credentials' }} />);
    expect(rootOf('invalid_credentials').getAttribute('style')).toBeNull();
  });

  it('should apply the dark preset', () => {
    render(<AuthErrorBoundary error={{ code: 'invalid_credentials' }} theme={darkTheme} colorScheme="dark" />);
    const root = rootOf('invalid_credentials');
    expect(variable(root, '--iae-color-surface')).toBe(darkTheme.colors.surface);
    expect(variable(root, '--iae-color-text')).toBe(darkTheme.colors.text);
    expect(variable(root, '--iae-color-danger')).toBe(darkTheme.colors.danger);
    expect(root).toHaveAttribute('data-color-scheme', 'dark');
  });

  it('should turn every token of the light preset into a CSS variable', () => {
    const style = themeToStyle(lightTheme) as Record<string, string>;
    for (const [name, value] of Object.entries(lightTheme.colors)) {
      expect(style[`--iae-color-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`]).toBe(value);
    }
    expect(Object.keys(style)).toHaveLength(Object.keys(lightTheme.colors).length + 4);
  });

  it('should share the light preset’s shape with the dark one', () => {
    expect(Object.keys(darkTheme.colors).sort()).toEqual(Object.keys(lightTheme.colors).sort());
  });

  it.each(['light', 'dark', 'auto'] as const)('should mark the root with colorScheme="%s"', (colorScheme) => {
    render(<AuthErrorBoundary error={{ code: 'invalid_credentials' }} colorScheme={colorScheme} />);
    expect(rootOf('invalid_credentials')).toHaveAttribute('data-color-scheme', colorScheme);
  });

  it('should default to the light scheme', () => {
    render(<AuthErrorBoundary error={{ code: 'invalid_credentials' }} />);
    expect(rootOf('invalid_credentials')).toHaveAttribute('data-color-scheme', 'light');
  });

  it("should let a boundary override the provider's theme, token by token", () => {
    render(
      <AuthErrorProvider theme={{ colors: { danger: '#c00000', text: '#111111' }, radius: 8 }} colorScheme="dark">
        <AuthErrorBoundary error={{ code: 'invalid_credentials' }} theme={{ colors: { danger: '#ff6b6b' }, radius: 0 }} colorScheme="light" />
        <AuthErrorBoundary error={{ code: 'totp_invalid' }} />
      </AuthErrorProvider>,
    );
    const own = rootOf('invalid_credentials');
    expect(variable(own, '--iae-color-danger')).toBe('#ff6b6b');
    expect(variable(own, '--iae-color-text')).toBe('#111111');
    expect(variable(own, '--iae-radius')).toBe('0px');
    expect(own).toHaveAttribute('data-color-scheme', 'light');
    const inherited = rootOf('totp_invalid');
    expect(variable(inherited, '--iae-color-danger')).toBe('#c00000');
    expect(inherited).toHaveAttribute('data-color-scheme', 'dark');
  });

  it('should theme DeliveryStatus from the provider', () => {
    render(
      <AuthErrorProvider theme={{ colors: { info: '#003d99' } }} colorScheme="dark">
        <DeliveryStatus code="receiver_timeout" />
      </AuthErrorProvider>,
    );
    const root = rootOf('receiver_timeout');
    expect(variable(root, '--iae-color-info')).toBe('#003d99');
    expect(root).toHaveAttribute('data-color-scheme', 'dark');
  });
});

describe('AuthErrorBoundary: class names', () => {
  const classNames: Required<Omit<AuthErrorClassNames, 'toast' | 'toastTitle' | 'toastDescription' | 'toastAction' | 'toastClose' | 'viewport'>> = {
    root: 'app-root',
    icon: 'app-icon',
    title: 'app-title',
    message: 'app-message',
    hint: 'app-hint',
    summary: 'app-summary',
    countdown: 'app-countdown',
    actions: 'app-actions',
    button: 'app-button',
    link: 'app-link',
    fieldError: 'app-field-error',
  };

  it('should add className to the outcome root', () => {
    render(<AuthErrorBoundary error={{ code: 'invalid_credentials' }} className="checkout-error" />);
    expect(rootOf('invalid_credentials')).toHaveClass('iae-root', 'checkout-error');
  });

  it('should add classNames to every part', () => {
    render(
      <>
        <AuthErrorBoundary error={{ code: 'state_mismatch' }} classNames={classNames} />
        <AuthErrorBoundary error={{ code: 'backup_code_invalid' }} classNames={classNames} />
        <AuthErrorBoundary error={{ code: 'sms_rate_limited', details: { retry_after_s: 30 } }} classNames={classNames} />
        <AuthErrorBoundary
          error={{ code: 'sms_send_failed' }}
          classNames={classNames}
          onRetry={() => {}}
          onChooseAnotherMethod={() => {}}
        />
        <AuthErrorBoundary error={{ code: 'validation_failed', details: { fields: { email: 'Enter an email address.' } } }} classNames={classNames}>
          <FieldError name="email" />
        </AuthErrorBoundary>
      </>,
    );
    const restart = rootOf('state_mismatch');
    expect(restart).toHaveClass('iae-root', 'app-root');
    expect(restart.querySelector('[aria-hidden="true"]')).toHaveClass('iae-icon', 'app-icon');
    expect(within(restart).getByRole('heading')).toHaveClass('iae-title', 'app-title');
    expect(within(restart).getByText(en.codes.state_mismatch)).toHaveClass('iae-message', 'app-message');
    expect(within(restart).getByRole('link', { name: en.actions.startOver })).toHaveClass('iae-link', 'app-link');
    expect(within(restart).getByRole('link').parentElement).toHaveClass('iae-actions', 'app-actions');
    expect(within(rootOf('backup_code_invalid')).getByText(en.hints.backupCodeSingleUse)).toHaveClass('iae-hint', 'app-hint');
    expect(within(rootOf('sms_rate_limited')).getByRole('timer')).toHaveClass('iae-countdown', 'app-countdown');
    expect(within(rootOf('sms_send_failed')).getByRole('button', { name: en.actions.tryAgain })).toHaveClass('iae-button', 'app-button');
    expect(within(rootOf('validation_failed')).getByRole('list')).toHaveClass('iae-summary', 'app-summary');
    expect(screen.getByText('Enter an email address.', { selector: 'p > bdi' }).parentElement).toHaveClass('iae-field-error', 'app-field-error');
  });

  it("should drop the kit's classes with unstyled, keeping the app's classes and the data attributes", () => {
    render(
      <AuthErrorBoundary
        error={{ code: 'sms_rate_limited', details: { retry_after_s: 30 } }}
        unstyled
        className="checkout-error"
        classNames={{ message: 'app-message' }}
      />,
    );
    const root = rootOf('sms_rate_limited');
    expect(root.className).toBe('checkout-error');
    expect(root).toHaveAttribute('data-auth-error-outcome', 'countdown');
    expect(root).toHaveAttribute('data-state', 'counting');
    expect(root).toHaveAttribute('data-color-scheme', 'light');
    expect(within(root).getByText(en.codes.sms_rate_limited).className).toBe('app-message');
    expect(root.querySelectorAll('[class*="iae-"]')).toHaveLength(0);
  });

  it("should drop the kit's class from FieldError with unstyled", () => {
    render(
      <AuthErrorBoundary error={{ code: 'validation_failed', details: { fields: { email: 'Enter an email address.' } } }} unstyled>
        <FieldError name="email" className="form-error" />
      </AuthErrorBoundary>,
    );
    const message = screen.getByText('Enter an email address.', { selector: 'p > bdi' }).parentElement as HTMLElement;
    expect(message.className).toBe('form-error');
    expect(message).toHaveAttribute('data-auth-error-field', 'email');
  });
});

describe('AuthErrorToaster: theme and class names', () => {
  const toast = () => within(screen.getByRole('region', { name: 'Notifications (F8)' })).getByRole('listitem');

  it('should set the theme on toasts and the viewport', () => {
    render(
      <AuthErrorProvider theme={{ colors: { surface: '#1b1d21', text: '#e8eaed' }, radius: 12 }} colorScheme="dark">
        <ToastButton error={{ code: 'conflict' }} />
        <AuthErrorToaster />
      </AuthErrorProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(variable(toast(), '--iae-color-surface')).toBe('#1b1d21');
    expect(variable(toast(), '--iae-radius')).toBe('12px');
    expect(toast()).toHaveAttribute('data-color-scheme', 'dark');
    const viewport = screen.getByRole('list');
    expect(variable(viewport, '--iae-color-text')).toBe('#e8eaed');
    expect(viewport).toHaveAttribute('data-color-scheme', 'dark');
  });

  it('should add classNames to every part of a toast', () => {
    render(
      <AuthErrorProvider
        className="app-outcome"
        classNames={{
          toast: 'app-toast',
          toastTitle: 'app-toast-title',
          toastDescription: 'app-toast-description',
          toastAction: 'app-toast-action',
          toastClose: 'app-toast-close',
          viewport: 'app-viewport',
          icon: 'app-icon',
          countdown: 'app-countdown',
        }}
      >
        <ToastButton error={{ code: 'rate_limited', details: { retry_after_s: 30 } }} />
        <AuthErrorToaster />
      </AuthErrorProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(toast()).toHaveClass('iae-toast', 'app-toast', 'app-outcome');
    expect(toast().querySelector('[aria-hidden="true"]')).toHaveClass('iae-icon', 'app-icon');
    expect(within(toast()).getByText(en.codes.rate_limited)).toHaveClass('iae-toast-title', 'app-toast-title');
    expect(within(toast()).getByRole('timer').parentElement).toHaveClass('iae-toast-description', 'app-toast-description');
    expect(within(toast()).getByRole('timer')).toHaveClass('iae-countdown', 'app-countdown');
    expect(within(toast()).getByRole('button', { name: en.actions.dismiss })).toHaveClass('iae-toast-close', 'app-toast-close');
    expect(screen.getByRole('list')).toHaveClass('iae-viewport', 'app-viewport');
  });

  it('should put retry buttons in the toastAction slot', () => {
    function Retryable() {
      const { toastAuthError } = useAuthErrorToast();
      return (
        <button type="button" onClick={() => toastAuthError({ code: 'network_error' }, { onRetry: () => {}, autoRetry: false, classNames: { toastAction: 'app-toast-action' } })}>
          Save
        </button>
      );
    }
    render(
      <>
        <Retryable />
        <AuthErrorToaster />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(within(toast()).getByRole('button', { name: en.actions.tryAgain })).toHaveClass('iae-toast-action', 'app-toast-action');
  });

  it("should drop the kit's classes from toasts and the viewport with unstyled, keeping the data attributes", () => {
    render(
      <AuthErrorProvider unstyled>
        <ToastButton error={{ code: 'conflict' }} />
        <AuthErrorToaster />
      </AuthErrorProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(toast()).toHaveAttribute('data-auth-error-code', 'conflict');
    expect(toast()).toHaveAttribute('data-auth-error-outcome', 'notice');
    expect(toast().className).toBe('');
    expect(screen.getByRole('list')).toHaveAttribute('data-position', 'bottom-end');
    expect(document.querySelectorAll('[class*="iae-"]')).toHaveLength(0);
  });
});
