import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { useAuthErrorOutcome, type AuthErrorOptions } from '../../src';
import { copyOf, toLocale } from '../support/locales';
import { Card } from '../support/screens';

interface HeadlessArgs extends Pick<AuthErrorOptions, 'onRetry' | 'onChooseAnotherMethod' | 'onResendVerification'> {
  error: unknown;
}

/**
 * An app's own alert, drawn from `useAuthErrorOutcome` with its own markup and classes (the
 * example app's, standing in for shadcn/ui, MUI or Chakra): no kit component, the same behaviour.
 */
function OwnAlert({ error, ...options }: HeadlessArgs) {
  const { outcome, lang, dir, title, message, hint, fields, actions, countdown, retry } = useAuthErrorOutcome(error, options);
  if (outcome.kind === 'none' || (message === null && fields.length === 0)) return null;
  return (
    <div className="demo-own-alert" role={outcome.role ?? undefined} lang={lang} dir={dir} data-testid="own-alert">
      {title && <h2>{title}</h2>}
      {message && <p>{message}</p>}
      {hint && <p className="demo-muted">{hint}</p>}
      {fields.length > 0 && (
        <ul>
          {fields.map((field) => (
            <li key={field.name}>
              <span lang="en">{field.name}</span>: {field.messages.join(' ')}
            </li>
          ))}
        </ul>
      )}
      {countdown && (
        <p className="demo-muted" data-remaining={countdown.remainingS}>
          {countdown.text}
        </p>
      )}
      {retry?.text && <p className="demo-muted">{retry.text}</p>}
      {actions.length > 0 && (
        <div className="demo-actions">
          {actions.map((action, index) =>
            action.type === 'link' ? (
              <a key={action.id} href={action.href}>
                {action.label}
              </a>
            ) : (
              <button
                key={action.id}
                type="button"
                className="demo-button"
                data-variant={index === 0 ? undefined : 'quiet'}
                disabled={action.disabled}
                onClick={action.onSelect}
              >
                {action.label}
              </button>
            ),
          )}
        </div>
      )}
    </div>
  );
}

const meta = {
  title: 'Components/useAuthErrorOutcome (headless)',
  component: OwnAlert,
  tags: ['autodocs'],
  args: { onRetry: fn(), onChooseAnotherMethod: fn(), onResendVerification: fn() },
  argTypes: { error: { control: 'object' } },
  parameters: {
    docs: {
      description: {
        component:
          'The headless layer under the kit’s own drawing: `useAuthErrorOutcome(error, options)` gives the outcome, its copy in the active language, ready-to-wire actions, countdown and retry state. Here an app draws it with its own markup; timers, retries and hand-offs behave exactly as in `AuthErrorBoundary`.',
      },
    },
  },
  render: (args) => (
    <Card title="Sign in to Acme">
      <OwnAlert {...args} />
    </Card>
  ),
} satisfies Meta<typeof OwnAlert>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A 90 s lockout: the copy and a live countdown, ticking in the app's own markup. */
export const Countdown: Story = {
  args: { error: { code: 'account_locked', details: { retry_after_s: 90 } } },
  play: async ({ canvasElement, globals }) => {
    const alert = await within(canvasElement).findByTestId('own-alert');
    await expect(alert).toHaveTextContent(copyOf(toLocale(globals.locale), 'codes.account_locked'));
    const remaining = () => Number(alert.querySelector('[data-remaining]')?.getAttribute('data-remaining'));
    const first = remaining();
    await expect(first).toBeGreaterThan(85);
    await waitFor(() => expect(remaining()).toBeLessThan(first), { timeout: 3000 });
  },
};

/** sms_send_failed: two actions with localised labels, each calling the app's handler with the error. */
export const Actions: Story = {
  args: { error: { code: 'sms_send_failed' } },
  play: async ({ canvasElement, globals, args, userEvent }) => {
    const canvas = within(canvasElement);
    const locale = toLocale(globals.locale);
    await userEvent.click(await canvas.findByRole('button', { name: copyOf(locale, 'actions.useAnotherMethod') }));
    await expect(args.onChooseAnotherMethod).toHaveBeenCalledWith(expect.objectContaining({ code: 'sms_send_failed' }));
    // Trying again hands the error back to the app: the alert goes until the next error.
    await userEvent.click(canvas.getByRole('button', { name: copyOf(locale, 'actions.tryAgain') }));
    await expect(args.onRetry).toHaveBeenCalledWith(expect.objectContaining({ code: 'sms_send_failed' }));
    await waitFor(() => expect(canvas.queryByTestId('own-alert')).toBeNull());
  },
};

/** validation_failed: the server's per-field messages (as text), and the kit's wording for a field it left empty. */
export const FieldErrors: Story = {
  args: {
    error: {
      code: 'validation_failed',
      details: { fields: { email: 'Enter an email address like name@example.com.', display_name: '<b>bold</b>' } },
    },
  },
  play: async ({ canvasElement, globals }) => {
    const alert = await within(canvasElement).findByTestId('own-alert');
    await expect(alert).toHaveTextContent(copyOf(toLocale(globals.locale), 'codes.validation_failed'));
    await expect(alert).toHaveTextContent('email: Enter an email address like name@example.com.');
    await expect(alert).toHaveTextContent('display_name: <b>bold</b>');
    await expect(alert.querySelector('b')).toBeNull();
  },
};
