import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AuthErrorProvider, type IntelliAuthError } from '../../src';
import { AuthErrorToaster, useAuthErrorToast, type ToastAuthErrorOptions } from '../../src/toast';
import en from '../../locales/en/auth-errors.json';
import de from '../../locales/de/auth-errors.json';
import { allowConsole } from '../helpers/console';
import { notifications, onlyToast, toasts } from '../helpers/toasts';

const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));

/** A button somewhere in the app (not inside the toaster) that toasts an error (`error()`: a new one each click). */
function ToastButton({ error, options, label = 'Save' }: { error: unknown; options?: ToastAuthErrorOptions; label?: string }) {
  const { toastAuthError } = useAuthErrorToast();
  return (
    <button type="button" onClick={() => toastAuthError(typeof error === 'function' ? error() : error, options)}>
      {label}
    </button>
  );
}


describe('AuthErrorToaster', () => {
  beforeEach(() => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
  });

  it('should render a labelled notifications region with no toasts', () => {
    render(<AuthErrorToaster />);
    expect(notifications()).toBeInTheDocument();
    expect(toasts()).toHaveLength(0);
  });

  it('should show an error toasted from a sibling component, with its code, outcome, language and direction', () => {
    render(
      <AuthErrorProvider>
        <ToastButton error={{ code: 'permission_denied' }} />
        <AuthErrorToaster />
      </AuthErrorProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const toast = onlyToast();
    expect(toast).toHaveTextContent(en.codes.permission_denied);
    expect(toast).toHaveAttribute('data-auth-error-code', 'permission_denied');
    expect(toast).toHaveAttribute('data-auth-error-outcome', 'notice');
    expect(toast).toHaveAttribute('lang', 'en');
    expect(toast).toHaveAttribute('dir', 'ltr');
  });

  it('should work without a provider', () => {
    render(
      <>
        <ToastButton error={{ code: 'conflict' }} />
        <AuthErrorToaster />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onlyToast()).toHaveTextContent(en.codes.conflict);
  });

  it('should show errors toasted from a component rendered before the toaster mounts', () => {
    function Late() {
      const { toastAuthError } = useAuthErrorToast();
      return (
        <button type="button" onClick={() => toastAuthError({ code: 'not_found' })}>
          Open
        </button>
      );
    }
    render(
      <AuthErrorProvider>
        <Late />
        <div>
          <AuthErrorToaster />
        </div>
      </AuthErrorProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(onlyToast()).toHaveAttribute('data-auth-error-code', 'not_found');
  });

  it('should update the toast already showing a code instead of stacking another', () => {
    render(
      <>
        <ToastButton error={{ code: 'permission_denied' }} />
        <ToastButton error={{ code: 'permission_denied' }} label="Save again" />
        <ToastButton error={{ code: 'conflict' }} label="Rename" />
        <AuthErrorToaster />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const first = onlyToast();
    fireEvent.click(screen.getByRole('button', { name: 'Save again' }));
    expect(onlyToast()).toBe(first);
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    expect(toasts().map((toast) => toast.getAttribute('data-auth-error-code'))).toEqual(['permission_denied', 'conflict']);
  });

  it('should not show toasts of another provider', () => {
    allowConsole('warn');
    render(
      <>
        <AuthErrorProvider>
          <ToastButton error={{ code: 'conflict' }} />
        </AuthErrorProvider>
        <AuthErrorProvider>
          <AuthErrorToaster />
        </AuthErrorProvider>
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(toasts()).toHaveLength(0);
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('no <AuthErrorToaster> is mounted'));
  });

  it('should stop showing toasts once unmounted, and warn that nothing is shown', () => {
    allowConsole('warn');
    const { rerender } = render(
      <AuthErrorProvider>
        <ToastButton error={{ code: 'conflict' }} />
        <AuthErrorToaster />
      </AuthErrorProvider>,
    );
    rerender(
      <AuthErrorProvider>
        <ToastButton error={{ code: 'conflict' }} />
      </AuthErrorProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.queryByText(en.codes.conflict)).toBeNull();
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('no <AuthErrorToaster> is mounted'));
  });

  it('should close with a "Dismiss" button and report the reset', () => {
    const onReset = vi.fn();
    render(
      <>
        <ToastButton error={{ code: 'conflict' }} options={{ onReset }} />
        <AuthErrorToaster />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    fireEvent.click(within(onlyToast()).getByRole('button', { name: en.actions.dismiss }));
    expect(toasts()).toHaveLength(0);
    expect(onReset).toHaveBeenCalledWith(expect.objectContaining({ reason: 'imperative', error: expect.objectContaining({ code: 'conflict' }) }));
  });

  it('should remove the toast when the app calls the function toastAuthError returned', () => {
    let dismiss = () => {};
    function Saver() {
      const { toastAuthError } = useAuthErrorToast();
      return (
        <button type="button" onClick={() => (dismiss = toastAuthError({ code: 'not_found' }))}>
          Save
        </button>
      );
    }
    render(
      <>
        <Saver />
        <AuthErrorToaster />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(toasts()).toHaveLength(1);
    act(() => dismiss());
    expect(toasts()).toHaveLength(0);
  });

  it('should stay until dismissed by default, and close after duration when given', () => {
    vi.useFakeTimers();
    render(
      <>
        <ToastButton error={{ code: 'conflict' }} />
        <ToastButton error={{ code: 'not_found' }} options={{ duration: 4000 }} label="Open" />
        <AuthErrorToaster />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(toasts()).toHaveLength(2);
    advance(4000);
    expect(toasts().map((toast) => toast.getAttribute('data-auth-error-code'))).toEqual(['conflict']);
    advance(600_000);
    expect(toasts()).toHaveLength(1);
  });

  it('should render nothing for a cancelled request', () => {
    render(
      <>
        <ToastButton error={new DOMException('The user aborted a request.', 'AbortError')} />
        <AuthErrorToaster />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(toasts()).toHaveLength(0);
  });

  it('should place the viewport with the position prop and pass its props through', () => {
    render(<AuthErrorToaster position="top-start" className="my-toasts" data-testid="viewport" />);
    const viewport = screen.getByTestId('viewport');
    expect(viewport).toHaveAttribute('data-position', 'top-start');
    expect(viewport).toHaveClass('my-toasts');
    expect(viewport).toHaveClass('iae-viewport');
  });

  it('should label the viewport, the toasts and the close button in the provider language', async () => {
    render(
      <AuthErrorProvider lng="de">
        <ToastButton error={{ code: 'conflict' }} />
        <AuthErrorToaster />
      </AuthErrorProvider>,
    );
    const region = await screen.findByRole('region', { name: 'Benachrichtigungen (F8)' });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const toast = within(region).getByRole('listitem');
    expect(toast).toHaveAttribute('lang', 'de');
    expect(toast).toHaveTextContent(de.codes.conflict);
    expect(within(toast).getByRole('button', { name: de.actions.dismiss })).toBeInTheDocument();
  });

  it('should show right-to-left languages right to left', async () => {
    render(
      <AuthErrorProvider lng="ar">
        <ToastButton error={{ code: 'conflict' }} />
        <AuthErrorToaster />
      </AuthErrorProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(document.querySelector('[data-auth-error-code="conflict"]')).toHaveAttribute('dir', 'rtl'));
  });
});

describe('AuthErrorToaster: retries', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
  });

  it('should offer "Try again" as a toast action with its label as alt text, and keep the toast while retrying', () => {
    const onRetry = vi.fn();
    render(
      <>
        <ToastButton error={{ code: 'network_error' }} options={{ onRetry, autoRetry: false }} />
        <AuthErrorToaster />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const tryAgain = within(onlyToast()).getByRole('button', { name: en.actions.tryAgain });
    expect(tryAgain).toHaveAttribute('data-radix-toast-announce-alt', en.actions.tryAgain);
    fireEvent.click(tryAgain);
    expect(onRetry).toHaveBeenCalledWith(expect.objectContaining({ code: 'network_error' }));
    expect(onlyToast()).toHaveTextContent(en.retry.retrying);
  });

  it('should retry automatically with backoff when onRetry is given, and stop after three attempts in a row', () => {
    const onRetry = vi.fn();
    render(
      <>
        <ToastButton error={() => ({ code: 'network_error' })} options={{ onRetry }} />
        <AuthErrorToaster />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    // First retry: half of min(30 s, 1 s).
    expect(screen.getByRole('timer')).toHaveTextContent('Retrying in 1 second…');
    expect(within(onlyToast()).getByRole('button', { name: en.actions.tryNow })).toBeEnabled();
    advance(500);
    expect(onRetry).toHaveBeenCalledTimes(1);
    for (let attempt = 2; attempt <= 3; attempt += 1) {
      // The app's retry failed again: the same code, toasted again, updates the toast.
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
      expect(onlyToast()).toHaveAttribute('data-auth-error-state', 'waiting');
      advance(30_000);
      expect(onRetry).toHaveBeenCalledTimes(attempt);
    }
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    advance(120_000);
    expect(onRetry).toHaveBeenCalledTimes(3);
    expect(onlyToast()).toHaveAttribute('data-auth-error-state', 'manual');
    fireEvent.click(within(onlyToast()).getByRole('button', { name: en.actions.tryAgain }));
    expect(onRetry).toHaveBeenCalledTimes(4);
  });

  it('should go away when the promise onRetry returns resolves', async () => {
    const save = vi.fn(() => Promise.resolve('saved'));
    render(
      <>
        <ToastButton error={{ code: 'network_error' }} options={{ onRetry: save }} />
        <AuthErrorToaster />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await act(() => vi.advanceTimersByTimeAsync(500));
    expect(save).toHaveBeenCalledTimes(1);
    expect(toasts()).toHaveLength(0);
  });

  it('should show what the promise onRetry returns rejects with, in the same toast, counting the attempts', async () => {
    const save = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    render(
      <>
        <ToastButton error={{ code: 'network_error' }} options={{ onRetry: save }} />
        <AuthErrorToaster />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const toast = onlyToast();
    for (let attempt = 1; attempt <= 4; attempt += 1) await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(save).toHaveBeenCalledTimes(3);
    expect(onlyToast()).toBe(toast);
    expect(toast).toHaveAttribute('data-auth-error-state', 'manual');
    expect(within(toast).getByRole('button', { name: en.actions.tryAgain })).toBeEnabled();
  });

  it('should count rate_limited down live, with "Try now" disabled until Retry-After has passed', () => {
    const onRetry = vi.fn();
    render(
      <>
        <ToastButton error={{ code: 'rate_limited', details: { retry_after_s: 20 } }} options={{ onRetry }} />
        <AuthErrorToaster />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const tryNow = within(onlyToast()).getByRole('button', { name: en.actions.tryNow });
    expect(tryNow).toBeDisabled();
    expect(screen.getByRole('timer')).toHaveTextContent('Retrying in 20 seconds…');
    advance(5000);
    expect(screen.getByRole('timer')).toHaveTextContent('Retrying in 15 seconds…');
    advance(14_000);
    expect(onRetry).not.toHaveBeenCalled();
    expect(tryNow).toBeDisabled();
    advance(1000);
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(onlyToast()).toHaveTextContent(en.retry.retrying);
  });

  it('should count rate_limited down without onRetry too, and say when the user can try again', () => {
    render(
      <>
        <ToastButton error={{ code: 'rate_limited', details: { retry_after_s: 90 } }} />
        <AuthErrorToaster />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('timer')).toHaveTextContent('You can try again in 1 minute 30 seconds.');
    advance(60_000);
    expect(screen.getByRole('timer')).toHaveTextContent('You can try again in 30 seconds.');
  });

  it('should link to the status page from a service_unavailable toast', () => {
    render(
      <AuthErrorProvider statusPageHref="https://status.example.com">
        <ToastButton error={{ code: 'service_unavailable' } satisfies IntelliAuthError} options={{ onRetry: () => {} }} />
        <AuthErrorToaster />
      </AuthErrorProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(within(onlyToast()).getByRole('link', { name: en.actions.checkStatus })).toHaveAttribute('href', 'https://status.example.com/');
  });
});
