import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { AuthErrorProvider } from '../../src';
import { AuthErrorToaster, useAuthErrorToast, type ToastAuthErrorOptions } from '../../src/toast';
import en from '../../locales/en/auth-errors.json';
import { onlyToast, toasts } from '../helpers/toasts';

/** Lets a second of fake time pass, settling the promises due in it. */
const tick = (ms = 1000) => act(() => vi.advanceTimersByTimeAsync(ms));

/** `ui` under a provider, with the page's toaster beside it. */
const renderWithToaster = (ui: ReactNode) =>
  render(
    <AuthErrorProvider>
      {ui}
      <AuthErrorToaster />
    </AuthErrorProvider>,
  );

/** A button that toasts `error()` with `options` (a new error object each click). */
function ToastButton({ error, options, label = 'Save' }: { error: () => unknown; options?: ToastAuthErrorOptions; label?: string }) {
  const { toastAuthError } = useAuthErrorToast();
  return (
    <button type="button" onClick={() => toastAuthError(error(), options)}>
      {label}
    </button>
  );
}

const serviceUnavailable = () => ({ code: 'service_unavailable' });
const failedToFetch = () => new TypeError('Failed to fetch');

describe('useAuthErrorToast: a retry chain', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
  });

  it('should make at most three automatic retries when the promise onRetry returns rejects with codes that alternate', async () => {
    let retries = 0;
    const answers = [serviceUnavailable, failedToFetch];
    const save = vi.fn(() => {
      retries += 1;
      return Promise.reject(answers[retries % 2]!());
    });
    renderWithToaster(<ToastButton error={serviceUnavailable} options={{ onRetry: save }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    for (let second = 0; second < 300; second += 1) await tick();
    expect(save).toHaveBeenCalledTimes(3);
    // The third answer (a dropped connection) is shown, waiting for the user.
    const toast = onlyToast();
    expect(toast).toHaveAttribute('data-auth-error-code', 'network_error');
    expect(toast).toHaveAttribute('data-auth-error-state', 'manual');
    expect(toast).not.toHaveTextContent(en.retry.retrying);
    // The manual control is the user's: its answer is shown in the same toast.
    await act(async () => fireEvent.click(within(toast).getByRole('button', { name: en.actions.tryAgain })));
    expect(save).toHaveBeenCalledTimes(4);
    expect(onlyToast()).toHaveAttribute('data-auth-error-code', 'service_unavailable');
  });

  it('should show what a retry rejects with in the toast it answers, whatever its code', async () => {
    const save = vi.fn(() => Promise.reject(failedToFetch()));
    renderWithToaster(<ToastButton error={serviceUnavailable} options={{ onRetry: save }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const toast = onlyToast();
    await tick(500);
    expect(save).toHaveBeenCalledTimes(1);
    expect(onlyToast()).toBe(toast);
    expect(toast).toHaveAttribute('data-auth-error-code', 'network_error');
    expect(toast).toHaveTextContent(en.codes.network_error);
    expect(toast).not.toHaveTextContent(en.retry.retrying);
    // The second attempt of the same run: backoff went on (half of 2 s).
    expect(within(toast).getByRole('timer')).toHaveTextContent('Retrying in 1 second…');
  });

  it('should take the toast away when a later retry of the chain resolves, after the code changed', async () => {
    const save = vi.fn(() => Promise.resolve<unknown>('saved')).mockImplementationOnce(() => Promise.reject(failedToFetch()));
    renderWithToaster(<ToastButton error={serviceUnavailable} options={{ onRetry: save }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await tick(500);
    expect(onlyToast()).toHaveAttribute('data-auth-error-code', 'network_error');
    await tick(30_000);
    expect(save).toHaveBeenCalledTimes(2);
    expect(toasts()).toHaveLength(0);
  });

  it('should keep one run when onRetry toasts its own failure again, with another code, and then resolves', async () => {
    const answers = [serviceUnavailable, failedToFetch];
    // The backend's answer to each save: alternately a 503 and a dropped connection.
    const backend = vi.fn(() => answers[backend.mock.calls.length % 2]!());
    function SaveButton() {
      const { toastAuthError } = useAuthErrorToast();
      // The pattern of useAuthErrorToast's own example: the save toasts its failure and resolves.
      const save = async (): Promise<void> => {
        const failure = backend();
        await Promise.resolve();
        toastAuthError(failure, { onRetry: save });
      };
      return (
        <button type="button" onClick={() => toastAuthError(serviceUnavailable(), { onRetry: save })}>
          Save
        </button>
      );
    }
    renderWithToaster(<SaveButton />);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    for (let second = 0; second < 300; second += 1) await tick();
    expect(backend).toHaveBeenCalledTimes(3);
    const toast = onlyToast();
    expect(toast).toHaveAttribute('data-auth-error-code', 'network_error');
    expect(toast).toHaveAttribute('data-auth-error-state', 'manual');
  });

  it('should leave the toast of another code alone until a retry answers with its code, then fold it into the answer', async () => {
    const save = vi.fn(() => Promise.reject(failedToFetch()));
    renderWithToaster(
      <>
        <ToastButton error={serviceUnavailable} options={{ onRetry: save }} />
        <ToastButton error={() => ({ code: 'network_error' })} label="Load" />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Load' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(toasts().map((toast) => toast.getAttribute('data-auth-error-code'))).toEqual(['network_error', 'service_unavailable']);
    await tick(500);
    // One toast per code: the answer (network_error) updates its own toast, the older one goes.
    const toast = onlyToast();
    expect(toast).toHaveAttribute('data-auth-error-code', 'network_error');
    expect(toast).toHaveAttribute('data-auth-error-state', 'waiting');
  });

  it('should remove the toast with the function toastAuthError returned after a retry answered with another code', async () => {
    let dismiss = () => {};
    const save = vi.fn(() => Promise.reject(failedToFetch()));
    function SaveButton() {
      const { toastAuthError } = useAuthErrorToast();
      return (
        <button type="button" onClick={() => (dismiss = toastAuthError(serviceUnavailable(), { onRetry: save }))}>
          Save
        </button>
      );
    }
    renderWithToaster(<SaveButton />);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await tick(500);
    expect(onlyToast()).toHaveAttribute('data-auth-error-code', 'network_error');
    act(() => dismiss());
    expect(toasts()).toHaveLength(0);
  });

  it('should take the toast away when a retry answers that the request was cancelled', async () => {
    const save = vi.fn(() => Promise.reject(new DOMException('The user aborted a request.', 'AbortError')));
    renderWithToaster(<ToastButton error={serviceUnavailable} options={{ onRetry: save }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await tick(500);
    expect(save).toHaveBeenCalledTimes(1);
    expect(toasts()).toHaveLength(0);
    expect(screen.queryByText(en.retry.retrying)).toBeNull();
  });
});
