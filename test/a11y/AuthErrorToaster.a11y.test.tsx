import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { AuthErrorBoundary, AuthErrorProvider } from '../../src';
import { AuthErrorToaster, useAuthErrorToast } from '../../src/toast';
import en from '../../locales/en/auth-errors.json';
import { countAnnouncements, countPageAnnouncements } from './liveRegion';

const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));

function ToastButton({ error, onRetry, label = 'Save' }: { error: unknown; onRetry?: () => void; label?: string }) {
  const { toastAuthError } = useAuthErrorToast();
  return (
    <button type="button" onClick={() => toastAuthError(error, onRetry ? { onRetry } : {})}>
      {label}
    </button>
  );
}

const toasterAnnouncer = () => document.querySelector('[data-auth-error-announcer]') as HTMLElement;
/** The text of every live region in the page but the kit's own (Radix's would be `role="status"`). */
const otherLiveRegions = () =>
  [...document.querySelectorAll('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"]')]
    .filter((node) => !node.hasAttribute('data-auth-error-announcer'))
    .map((node) => node.textContent?.replace(/\s+/g, ' ').trim());

describe('AuthErrorToaster: accessibility', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
  });

  it('should have its polite live region before any toast appears', () => {
    render(<AuthErrorToaster />);
    expect(toasterAnnouncer()).toHaveAttribute('aria-live', 'polite');
    expect(toasterAnnouncer()).toHaveTextContent('');
  });

  it("should announce a toast once when it appears, with its label, text and action, through the page's live region", () => {
    render(
      <>
        <ToastButton error={{ code: 'network_error' }} onRetry={() => {}} />
        <AuthErrorToaster />
      </>,
    );
    const heard = countPageAnnouncements();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    advance(50);
    expect(heard()).toBe(1);
    expect(toasterAnnouncer().textContent).toBe(`${en.a11y.notification} ${en.codes.network_error} Retrying in 1 second… ${en.actions.tryNow}`);
    expect(otherLiveRegions()).toEqual([]);
    advance(5000);
    expect(heard()).toBe(1);
  });

  it('should announce a new toast once under StrictMode', () => {
    render(
      <StrictMode>
        <ToastButton error={{ code: 'conflict' }} />
        <AuthErrorToaster />
      </StrictMode>,
    );
    const heard = countPageAnnouncements();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    advance(50);
    expect(heard()).toBe(1);
    expect(toasterAnnouncer().textContent).toBe(`${en.a11y.notification} ${en.codes.conflict}`);
  });

  it('should announce a countdown in a toast when it starts and when it ends, once each', () => {
    render(
      <>
        <ToastButton error={{ code: 'account_locked', details: { retry_after_s: 30 } }} />
        <AuthErrorToaster />
      </>,
    );
    const heard = countAnnouncements(toasterAnnouncer());
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    advance(50);
    // The start: the new toast, said once.
    expect(heard()).toBe(1);
    expect(toasterAnnouncer().textContent).toBe(`${en.a11y.notification} ${en.codes.account_locked} You can try again in 30 seconds.`);
    advance(29_950);
    expect(heard()).toBe(2);
    expect(toasterAnnouncer()).toHaveTextContent(en.countdown.ready);
    advance(60_000);
    expect(heard()).toBe(2);
    expect(otherLiveRegions()).toEqual([]);
  });

  it('should announce at most three toasts a minute for the whole page, and keep every toast readable in the labelled region', () => {
    const codes = [
      'network_error',
      'rate_limited',
      'server_error',
      'service_unavailable',
      'permission_denied',
      'account_locked',
      'invalid_credentials',
      'session_expired',
      'totp_invalid',
      'state_mismatch',
    ] as const;
    render(
      <AuthErrorProvider>
        {codes.map((code) => (
          <ToastButton key={code} error={{ code }} label={code} />
        ))}
        <ToastButton error={{ code: 'conflict' }} label="conflict" />
        <AuthErrorToaster />
      </AuthErrorProvider>,
    );
    const heard = countPageAnnouncements();
    for (const code of codes) {
      fireEvent.click(screen.getByRole('button', { name: code }));
      // In steps: what appears for a moment (a live region of its own) is in the page long enough to be heard.
      for (let ms = 0; ms < 1000; ms += 50) advance(50);
      heard();
    }
    expect(heard()).toBe(3);
    // Not announced, still there to read: the newest three toasts, in the notifications landmark.
    const region = screen.getByRole('region', { name: 'Notifications (F8)' });
    const shown = within(region).getAllByRole('listitem');
    expect(shown.map((toast) => toast.getAttribute('data-auth-error-code'))).toEqual(['session_expired', 'totp_invalid', 'state_mismatch']);
    expect(shown[2]).toHaveTextContent(en.codes.state_mismatch);
    // A minute later the page may speak again.
    advance(60_000);
    fireEvent.click(screen.getByRole('button', { name: 'conflict' }));
    advance(50);
    expect(heard()).toBe(4);
    expect(toasterAnnouncer()).toHaveTextContent(en.codes.conflict);
  });

  it("should announce the end of a boundary's countdown in the boundary's live region", () => {
    render(
      <AuthErrorProvider presentation="toast">
        <AuthErrorBoundary error={{ code: 'sms_rate_limited', details: { retry_after_s: 10 } }} />
        <AuthErrorToaster />
      </AuthErrorProvider>,
    );
    const boundaryAnnouncer = document.querySelectorAll('[data-auth-error-announcer]')[0] as HTMLElement;
    const heard = countAnnouncements(boundaryAnnouncer);
    advance(10_000);
    expect(heard()).toBe(1);
    expect(boundaryAnnouncer).toHaveTextContent(en.countdown.ready);
  });

  it('should name every control from the locale bundle and hide decorative glyphs', () => {
    render(
      <AuthErrorProvider statusPageHref="https://status.example.com">
        <ToastButton error={{ code: 'service_unavailable' }} onRetry={() => {}} />
        <AuthErrorToaster />
      </AuthErrorProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const toast = within(screen.getByRole('region', { name: 'Notifications (F8)' })).getByRole('listitem');
    expect(within(toast).getAllByRole('button').map((button) => button.getAttribute('aria-label') ?? button.textContent)).toEqual([
      en.actions.tryNow,
      en.actions.dismiss,
    ]);
    expect(within(toast).getByRole('link', { name: en.actions.checkStatus })).toBeInTheDocument();
    for (const glyph of toast.querySelectorAll('.iae-icon, .iae-toast-close > span')) expect(glyph).toHaveAttribute('aria-hidden', 'true');
  });

  it('should not take focus from the user when a toast appears, and let F8 reach the toasts', () => {
    render(
      <>
        <input aria-label="Email" />
        <ToastButton error={{ code: 'network_error' }} />
        <AuthErrorToaster />
      </>,
    );
    const input = screen.getByLabelText('Email');
    input.focus();
    act(() => (screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).click());
    expect(input).toHaveFocus();
    fireEvent.keyDown(document, { key: 'F8', code: 'F8' });
    expect(screen.getByRole('list')).toHaveFocus();
  });
});
