import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useRef, useState } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { AuthErrorBoundary, type IntelliAuthError } from '../../src';
import { fromResponse } from '../../src/core';
import { AuthErrorToaster, useAuthErrorToast } from '../../src/toast';
import { expectNoA11yViolations } from '../support/a11y';
import { copyOf, toLocale } from '../support/locales';
import { platformHandlers, platformRequests, resetPlatform, SAVE_BACKENDS, type SaveBackend } from '../support/platform';
import { Card, ProfileContent } from '../support/screens';

interface ToastFlowArgs {
  /** What `PUT /api/settings` answers. */
  save: SaveBackend;
  /** Spied: the retry the app hands to the toast. */
  onRetry: (error: IntelliAuthError) => void;
  onSaved: () => void;
}

/**
 * A settings form that saves in the background: a failure becomes a toast
 * (`useAuthErrorToast().toastAuthError(error, { onRetry })`), retried by the kit, and removed by
 * the app once the save goes through.
 */
function SettingsPage({ save: backend, onRetry, onSaved }: ToastFlowArgs) {
  const { toastAuthError } = useAuthErrorToast();
  const dismiss = useRef<(() => void) | null>(null);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  useEffect(() => resetPlatform({ save: backend }), [backend]);

  // One function for the whole retry chain: a failure toasted with it answers the toast's retry in
  // flight, so the toast keeps its run (at most three automatic retries) whatever the code.
  const retry = (error: IntelliAuthError) => {
    onRetry(error);
    void save();
  };
  const save = async () => {
    setStatus('saving');
    try {
      const res = await fetch('/api/settings', { method: 'PUT', body: JSON.stringify({ name: 'Acme Research' }) });
      if (!res.ok) {
        setStatus('idle');
        dismiss.current = toastAuthError(await fromResponse(res), { onRetry: retry });
        return;
      }
      dismiss.current?.();
      dismiss.current = null;
      setStatus('saved');
      onSaved();
    } catch (thrown) {
      setStatus('idle');
      dismiss.current = toastAuthError(thrown, { onRetry: retry });
    }
  };

  return (
    <Card title="Organisation settings">
      <form
        lang="en"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="demo-field">
          <label htmlFor="org-name">Organisation name</label>
          <input id="org-name" name="org-name" defaultValue="Acme Research" />
        </div>
        <div className="demo-actions">
          <button className="demo-button" type="submit" disabled={status === 'saving'}>
            Save changes
          </button>
          {status === 'saved' && (
            <p className="demo-success" role="status">
              Saved.
            </p>
          )}
        </div>
      </form>
    </Card>
  );
}

const meta = {
  title: 'Flows/Toasts',
  component: SettingsPage,
  render: (args) => (
    <>
      <SettingsPage key={args.save} {...args} />
      <AuthErrorToaster position="bottom-end" />
    </>
  ),
  args: { save: 'server-error', onRetry: fn(), onSaved: fn() },
  argTypes: {
    save: { control: 'select', options: Object.keys(SAVE_BACKENDS), labels: SAVE_BACKENDS, description: 'What `PUT /api/settings` answers' },
  },
  parameters: {
    msw: { handlers: platformHandlers },
    docs: {
      description: {
        component:
          '`<AuthErrorToaster>` (from `@intelliauth/react-auth-errors/toast`) shows errors as toasts: those given to `useAuthErrorToast().toastAuthError`, and the transient ones of boundaries under the same provider (`presentation`). One toast per code; it retries, counts down and says what happens next, like the inline outcomes.',
      },
    },
  },
} satisfies Meta<ToastFlowArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

const toastOf = (canvasElement: HTMLElement, code: string) =>
  waitFor(() => {
    const toast = canvasElement.querySelector<HTMLElement>(`.iae-viewport [data-auth-error-code="${code}"]`);
    if (!toast) throw new Error(`no ${code} toast yet`);
    return toast;
  });

/** The save fails with a 500: a toast says so and retries with backoff; the second save works and the toast goes. */
export const SaveFailsThenRetries: Story = {
  play: async ({ canvasElement, globals, args, userEvent }) => {
    const locale = toLocale(globals.locale);
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Save changes' }));
    const toast = await toastOf(canvasElement, 'server_error');
    await expect(toast).toHaveAttribute('lang', locale);
    await expect(toast).toHaveTextContent(copyOf(locale, 'codes.server_error'));
    await expectNoA11yViolations();
    await waitFor(() => expect(within(canvasElement).getByText('Saved.')).toBeInTheDocument(), { timeout: 4000 });
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(canvasElement.querySelector('.iae-viewport [data-auth-error-code]')).toBeNull());
    await expect(platformRequests()).toEqual(['PUT /api/settings', 'PUT /api/settings']);
  },
};

/** 429 with `Retry-After: 3`: the toast counts down with "Try now" held, then the retry goes out by itself. */
export const RateLimitedCountdown: Story = {
  args: { save: 'rate-limited' },
  play: async ({ canvasElement, globals, args, userEvent }) => {
    const locale = toLocale(globals.locale);
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Save changes' }));
    const toast = await toastOf(canvasElement, 'rate_limited');
    await expect(within(toast).getByRole('button', { name: copyOf(locale, 'actions.tryNow') })).toBeDisabled();
    const timer = within(toast).getByRole('timer');
    const first = timer.textContent;
    await waitFor(() => expect(timer.textContent).not.toBe(first), { timeout: 2500 });
    await expectNoA11yViolations();
    await waitFor(() => expect(within(canvasElement).getByText('Saved.')).toBeInTheDocument(), { timeout: 6000 });
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/** Not allowed: nothing to retry, so the toast waits for the user to dismiss it. */
export const PermissionDeniedDismissed: Story = {
  args: { save: 'permission-denied' },
  play: async ({ canvasElement, globals, args, userEvent }) => {
    const locale = toLocale(globals.locale);
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Save changes' }));
    const toast = await toastOf(canvasElement, 'permission_denied');
    await expect(toast).toHaveTextContent(copyOf(locale, 'codes.permission_denied'));
    await expectNoA11yViolations();
    await userEvent.click(within(toast).getByRole('button', { name: copyOf(locale, 'actions.dismiss') }));
    await waitFor(() => expect(canvasElement.querySelector('.iae-viewport [data-auth-error-code]')).toBeNull());
    await expect(args.onRetry).not.toHaveBeenCalled();
  },
};

function ProfileOffline({ onRetry }: Pick<ToastFlowArgs, 'onRetry'>) {
  // What `fetch` rejected with, kept as the app's state.
  const [error] = useState(() => new TypeError('Failed to fetch'));
  return (
    <Card title="Your account">
      <AuthErrorBoundary error={error} onRetry={onRetry}>
        <ProfileContent />
      </AuthErrorBoundary>
    </Card>
  );
}

/** A boundary with a toaster mounted: network_error shows as a toast (`presentation: 'auto'`), the page stays as it is. */
export const FromABoundary: Story = {
  render: (args) => (
    <>
      <ProfileOffline onRetry={args.onRetry} />
      <AuthErrorToaster position="bottom-end" />
    </>
  ),
  play: async ({ canvasElement, globals, args }) => {
    const locale = toLocale(globals.locale);
    const toast = await toastOf(canvasElement, 'network_error');
    await expect(toast).toHaveTextContent(copyOf(locale, 'codes.network_error'));
    await expect(canvasElement.querySelectorAll('[data-auth-error-code="network_error"]')).toHaveLength(1);
    await expect(within(canvasElement).getByText(/Signed in as/)).toBeVisible();
    await waitFor(() => expect(args.onRetry).toHaveBeenCalledWith(expect.objectContaining({ code: 'network_error' })), { timeout: 3000 });
  },
};
