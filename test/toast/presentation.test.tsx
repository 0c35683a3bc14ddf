import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { AuthErrorBoundary, AuthErrorProvider } from '../../src';
import { AuthErrorToaster } from '../../src/toast';
import en from '../../locales/en/auth-errors.json';
import { allowConsole } from '../helpers/console';
import { onlyToast, toasts } from '../helpers/toasts';

const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));

/** Outcome roots drawn inline by the boundary (not toasts). */
const inlineOutcomes = () => document.querySelectorAll('[data-auth-error-outcome]:not(li)');

function Throws({ error }: { error: unknown }): never {
  throw error;
}

describe('AuthErrorBoundary: presentation', () => {
  beforeEach(() => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
  });

  it.each(['network_error', 'rate_limited', 'server_error', 'service_unavailable'])(
    'should show %s as a toast and nothing inline when a toaster is mounted',
    (code) => {
      render(
        <AuthErrorProvider>
          <AuthErrorBoundary error={{ code }}>
            <p>the form</p>
          </AuthErrorBoundary>
          <AuthErrorToaster />
        </AuthErrorProvider>,
      );
      expect(onlyToast()).toHaveAttribute('data-auth-error-code', code);
      expect(inlineOutcomes()).toHaveLength(0);
      expect(screen.getByText('the form')).toBeInTheDocument();
    },
  );

  it('should show transient errors inline when no toaster is mounted', () => {
    render(<AuthErrorBoundary error={{ code: 'network_error' }} />);
    expect(screen.getByRole('alert')).toHaveTextContent(en.codes.network_error);
  });

  it('should show errors that are not transient inline by default', () => {
    render(
      <AuthErrorProvider>
        <AuthErrorBoundary error={{ code: 'invalid_credentials' }} />
        <AuthErrorToaster />
      </AuthErrorProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(en.codes.invalid_credentials);
    expect(toasts()).toHaveLength(0);
  });

  it('should keep transient errors inline with presentation="inline"', () => {
    render(
      <AuthErrorProvider>
        <AuthErrorBoundary error={{ code: 'network_error' }} presentation="inline" />
        <AuthErrorToaster />
      </AuthErrorProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(en.codes.network_error);
    expect(toasts()).toHaveLength(0);
  });

  it('should take presentation from the provider', () => {
    render(
      <AuthErrorProvider presentation="inline">
        <AuthErrorBoundary error={{ code: 'network_error' }} />
        <AuthErrorToaster />
      </AuthErrorProvider>,
    );
    expect(toasts()).toHaveLength(0);
  });

  it('should show any inline outcome as a toast with presentation="toast"', () => {
    render(
      <AuthErrorProvider presentation="toast">
        <AuthErrorBoundary error={{ code: 'invalid_credentials' }} />
        <AuthErrorToaster />
      </AuthErrorProvider>,
    );
    expect(onlyToast()).toHaveTextContent(en.codes.invalid_credentials);
    expect(inlineOutcomes()).toHaveLength(0);
  });

  it('should keep field errors beside their fields with presentation="toast"', () => {
    render(
      <AuthErrorProvider presentation="toast">
        <AuthErrorBoundary error={{ code: 'validation_failed', details: { fields: { email: 'Enter an email address.' } } }} />
        <AuthErrorToaster />
      </AuthErrorProvider>,
    );
    expect(toasts()).toHaveLength(0);
    expect(screen.getByRole('link', { name: 'Enter an email address.' })).toBeInTheDocument();
  });

  it('should still replace the children with blocking outcomes with presentation="toast"', () => {
    render(
      <AuthErrorProvider presentation="toast">
        <AuthErrorBoundary error={{ code: 'state_mismatch' }}>
          <p>the form</p>
        </AuthErrorBoundary>
        <AuthErrorToaster />
      </AuthErrorProvider>,
    );
    expect(toasts()).toHaveLength(0);
    expect(screen.queryByText('the form')).toBeNull();
    expect(screen.getByRole('heading', { name: en.titles.restart })).toBeInTheDocument();
  });

  it('should replace the children with a thrown transient error, not toast it', () => {
    allowConsole('error');
    render(
      <AuthErrorProvider>
        <AuthErrorBoundary>
          <Throws error={{ code: 'network_error' }} />
        </AuthErrorBoundary>
        <AuthErrorToaster />
      </AuthErrorProvider>,
    );
    expect(toasts()).toHaveLength(0);
    expect(screen.getByRole('alert')).toHaveTextContent(en.codes.network_error);
  });

  it("should retry with the boundary's onRetry, with backoff, from the toast", () => {
    vi.useFakeTimers();
    const onRetry = vi.fn();
    render(
      <AuthErrorProvider>
        <AuthErrorBoundary error={{ code: 'network_error' }} onRetry={onRetry} />
        <AuthErrorToaster />
      </AuthErrorProvider>,
    );
    expect(within(onlyToast()).getByRole('timer')).toHaveTextContent('Retrying in 1 second…');
    advance(500);
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(onRetry).toHaveBeenCalledWith(expect.objectContaining({ code: 'network_error' }));
    expect(onlyToast()).toHaveTextContent(en.retry.retrying);
  });

  it('should report the error to onError once', () => {
    const onError = vi.fn();
    render(
      <AuthErrorProvider>
        <AuthErrorBoundary error={{ code: 'service_unavailable' }} onError={onError} />
        <AuthErrorToaster />
      </AuthErrorProvider>,
    );
    expect(onlyToast()).toBeInTheDocument();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'service_unavailable' }), expect.objectContaining({ source: 'value' }));
  });

  it("should remove the toast when the boundary's error clears", () => {
    const { rerender } = render(
      <AuthErrorProvider>
        <AuthErrorBoundary error={{ code: 'network_error' }} />
        <AuthErrorToaster />
      </AuthErrorProvider>,
    );
    expect(toasts()).toHaveLength(1);
    rerender(
      <AuthErrorProvider>
        <AuthErrorBoundary error={null} />
        <AuthErrorToaster />
      </AuthErrorProvider>,
    );
    expect(toasts()).toHaveLength(0);
  });

  it('should update the same toast, in place, when the error comes again or the boundary re-renders', () => {
    vi.useFakeTimers();
    const onRetry = vi.fn();
    function Page() {
      const [error, setError] = useState<unknown>({ code: 'network_error' });
      return (
        <AuthErrorProvider>
          <AuthErrorBoundary error={error} onRetry={() => onRetry()} />
          <AuthErrorBoundary error={{ code: 'server_error' }} />
          <button type="button" onClick={() => setError({ code: 'network_error' })}>
            Fail again
          </button>
          <AuthErrorToaster />
        </AuthErrorProvider>
      );
    }
    render(<Page />);
    const [network, server] = toasts();
    expect(network).toHaveAttribute('data-auth-error-code', 'network_error');
    expect(server).toHaveAttribute('data-auth-error-code', 'server_error');
    advance(500);
    expect(network).toHaveTextContent(en.retry.retrying);
    fireEvent.click(screen.getByRole('button', { name: 'Fail again' }));
    expect(toasts()).toEqual([network, server]);
    expect(network).toHaveAttribute('data-auth-error-state', 'waiting');
    advance(30_000);
    expect(onRetry).toHaveBeenCalledTimes(2);
  });

  it("should clear the boundary's error when the toast is dismissed, and show the next one", () => {
    const onReset = vi.fn();
    function Page() {
      const [error, setError] = useState<unknown>({ code: 'service_unavailable' });
      return (
        <AuthErrorProvider>
          <AuthErrorBoundary error={error} onReset={onReset} />
          <button type="button" onClick={() => setError({ code: 'service_unavailable' })}>
            Fail again
          </button>
          <AuthErrorToaster />
        </AuthErrorProvider>
      );
    }
    render(<Page />);
    fireEvent.click(within(onlyToast()).getByRole('button', { name: en.actions.dismiss }));
    expect(toasts()).toHaveLength(0);
    expect(inlineOutcomes()).toHaveLength(0);
    expect(onReset).toHaveBeenCalledWith(expect.objectContaining({ reason: 'imperative', error: expect.objectContaining({ code: 'service_unavailable' }) }));
    fireEvent.click(screen.getByRole('button', { name: 'Fail again' }));
    expect(toasts()).toHaveLength(1);
  });

  it('should move an inline error into a toaster that mounts later, and back when it unmounts', () => {
    function Page({ toaster }: { toaster: boolean }) {
      return (
        <AuthErrorProvider>
          <AuthErrorBoundary error={{ code: 'network_error' }} />
          {toaster && <AuthErrorToaster />}
        </AuthErrorProvider>
      );
    }
    const { rerender } = render(<Page toaster={false} />);
    expect(inlineOutcomes()).toHaveLength(1);
    rerender(<Page toaster />);
    expect(inlineOutcomes()).toHaveLength(0);
    expect(toasts()).toHaveLength(1);
    rerender(<Page toaster={false} />);
    expect(inlineOutcomes()).toHaveLength(1);
    expect(screen.getByRole('alert')).toHaveTextContent(en.codes.network_error);
  });

  it("should use the boundary's look in its toast", () => {
    render(
      <AuthErrorProvider theme={{ colors: { danger: '#aa0000' } }}>
        <AuthErrorBoundary error={{ code: 'network_error' }} theme={{ radius: 2 }} className="checkout-error" colorScheme="dark" />
        <AuthErrorToaster />
      </AuthErrorProvider>,
    );
    const toast = onlyToast();
    expect(toast).toHaveClass('checkout-error');
    expect(toast).toHaveAttribute('data-color-scheme', 'dark');
    expect(toast.style.getPropertyValue('--iae-color-danger')).toBe('#aa0000');
    expect(toast.style.getPropertyValue('--iae-radius')).toBe('2px');
  });

  it('should render inline on the server, and hand over to the toaster after hydration without a mismatch', () => {
    const page = (
      <AuthErrorProvider>
        <AuthErrorBoundary error={{ code: 'network_error' }}>
          <p>the form</p>
        </AuthErrorBoundary>
        <AuthErrorToaster />
      </AuthErrorProvider>
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(page);
    expect(container.querySelector('[data-auth-error-code="network_error"]')).toHaveAttribute('role', 'alert');
    document.body.append(container);
    let root: ReturnType<typeof hydrateRoot> | undefined;
    act(() => {
      root = hydrateRoot(container, page);
    });
    expect(inlineOutcomes()).toHaveLength(0);
    expect(onlyToast()).toHaveAttribute('data-auth-error-code', 'network_error');
    expect(screen.getByText('the form')).toBeInTheDocument();
    act(() => root?.unmount());
    container.remove();
  });
});
