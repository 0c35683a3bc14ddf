import { act, render, screen } from '@testing-library/react';
import { AuthErrorBoundary, AuthErrorProvider } from '../../src';
import { AuthErrorToaster, useAuthErrorToast } from '../../src/toast';
import en from '../../locales/en/auth-errors.json';
import { toasts } from '../helpers/toasts';

const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));

let online = true;
function goOnline() {
  online = true;
  act(() => {
    window.dispatchEvent(new Event('online'));
  });
}


describe('AuthErrorBoundary: offline', () => {
  beforeEach(() => {
    online = false;
    vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
  });

  it('should say the browser is offline instead of counting down, and not retry meanwhile', () => {
    const onRetry = vi.fn();
    render(<AuthErrorBoundary error={{ code: 'network_error' }} onRetry={onRetry} />);
    const root = document.querySelector('[data-auth-error-code="network_error"]');
    expect(root).toHaveAttribute('data-state', 'offline');
    expect(root).toHaveTextContent(en.retry.offline);
    expect(root).toHaveAttribute('role', 'status');
    advance(120_000);
    expect(onRetry).not.toHaveBeenCalled();
  });

  it('should retry as soon as the browser is back online', () => {
    const onRetry = vi.fn();
    render(<AuthErrorBoundary error={{ code: 'network_error' }} onRetry={onRetry} />);
    goOnline();
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('timer')).toHaveTextContent(en.retry.retrying);
  });

  it('should retry on online with automatic retry off too', () => {
    const onRetry = vi.fn();
    render(<AuthErrorBoundary error={{ code: 'network_error' }} onRetry={onRetry} autoRetry={false} />);
    expect(screen.getByRole('timer')).toHaveTextContent(en.retry.offline);
    goOnline();
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('should announce that the browser is offline through the live region', () => {
    render(<AuthErrorBoundary error={{ code: 'network_error' }} onRetry={() => {}} />);
    expect(document.querySelector('[data-auth-error-announcer]')).toHaveTextContent(en.retry.offline);
  });

  it('should not talk about being offline for other errors', () => {
    render(<AuthErrorBoundary error={{ code: 'server_error' }} onRetry={() => {}} />);
    expect(screen.queryByText(en.retry.offline)).toBeNull();
  });
});

describe('AuthErrorToaster: offline', () => {
  beforeEach(() => {
    online = false;
    vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
  });

  it("should say so in a boundary's toast, and retry with the boundary's onRetry when back online", () => {
    const onRetry = vi.fn();
    render(
      <AuthErrorProvider>
        <AuthErrorBoundary error={{ code: 'network_error' }} onRetry={onRetry} />
        <AuthErrorToaster />
      </AuthErrorProvider>,
    );
    const [toast] = toasts();
    expect(toast).toHaveAttribute('data-auth-error-state', 'offline');
    expect(toast).toHaveTextContent(en.retry.offline);
    advance(120_000);
    expect(onRetry).not.toHaveBeenCalled();
    goOnline();
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(toast).toHaveTextContent(en.retry.retrying);
  });

  it('should say so in a toast from toastAuthError, and retry when back online', () => {
    const onRetry = vi.fn();
    function Save() {
      const { toastAuthError } = useAuthErrorToast();
      return (
        <button type="button" onClick={() => toastAuthError(new TypeError('Failed to fetch'), { onRetry })}>
          Save
        </button>
      );
    }
    render(
      <AuthErrorProvider>
        <Save />
        <AuthErrorToaster />
      </AuthErrorProvider>,
    );
    act(() => screen.getByRole('button', { name: 'Save' }).click());
    const [toast] = toasts();
    expect(toast).toHaveTextContent(en.retry.offline);
    goOnline();
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
