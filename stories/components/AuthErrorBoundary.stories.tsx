import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import { AuthErrorBoundary, useAuthErrorBoundary } from '../../src';
import { APP_LINKS, handlerArgs } from '../support/codeStories';
import { copyOf, toLocale } from '../support/locales';
import { Card, SignInFields } from '../support/screens';

const meta = {
  title: 'Components/AuthErrorBoundary',
  component: AuthErrorBoundary,
  tags: ['autodocs'],
  args: { ...handlerArgs(), ...APP_LINKS },
  argTypes: { error: { control: 'object' }, children: { control: false } },
  parameters: {
    docs: {
      description: {
        component:
          'Takes any auth error (thrown by its children, given as `error`, or sent with `showAuthError`) and renders what the catalogue says, with the behaviour wired: countdowns, retries, token refresh, hand-offs. Every prop can also be set app-wide on `AuthErrorProvider`.',
      },
    },
  },
  render: (args) => (
    <Card title="Sign in to Acme">
      <AuthErrorBoundary {...args}>
        <form aria-label="Sign in" onSubmit={(event) => event.preventDefault()}>
          <SignInFields />
        </form>
      </AuthErrorBoundary>
    </Card>
  ),
} satisfies Meta<typeof AuthErrorBoundary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An error given as a value: inline outcomes render above the children, which stay mounted. */
export const ErrorAsAValue: Story = {
  args: { error: { code: 'invalid_credentials', message: 'password mismatch for usr_8f2k1' } },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveAttribute('data-auth-error-outcome', 'form_error');
    await expect(alert).toHaveTextContent(copyOf(toLocale(globals.locale), 'codes.invalid_credentials'));
    await expect(canvas.getByRole('form', { name: 'Sign in' })).toBeInTheDocument();
    await expect(canvasElement).not.toHaveTextContent('usr_8f2k1');
  },
};

/** Blocking outcomes (sign in again, start over, blocked, configuration, hand-offs) replace the children; the heading takes focus. */
export const BlockingOutcome: Story = {
  args: { error: { code: 'session_revoked' } },
  play: async ({ canvasElement, globals, args, userEvent }) => {
    const canvas = within(canvasElement);
    const locale = toLocale(globals.locale);
    const heading = await canvas.findByRole('heading', { name: copyOf(locale, 'titles.reauthenticate') });
    await waitFor(() => expect(heading).toHaveFocus());
    await expect(canvas.queryByRole('form', { name: 'Sign in' })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: copyOf(locale, 'actions.signIn') }));
    await expect(args.onSignIn).toHaveBeenCalledWith(expect.objectContaining({ code: 'session_revoked' }));
  },
};

function SubmitsAndFails() {
  const { showAuthError } = useAuthErrorBoundary();
  const [pending, setPending] = useState(false);
  return (
    <form
      aria-label="Sign in"
      onSubmit={async (event) => {
        event.preventDefault();
        setPending(true);
        // What a rejected request hands the app: routed into the boundary from an async handler.
        await new Promise((resolve) => setTimeout(resolve, 100));
        setPending(false);
        showAuthError({ code: 'account_locked', details: { retry_after_s: 75 } });
      }}
    >
      <SignInFields pending={pending} />
    </form>
  );
}

/** `useAuthErrorBoundary().showAuthError` from an async submit handler: what the user typed is kept. */
export const FromAnEventHandler: Story = {
  render: (args) => (
    <Card title="Sign in to Acme">
      <AuthErrorBoundary {...args}>
        <SubmitsAndFails />
      </AuthErrorBoundary>
    </Card>
  ),
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Password'), 'typed by the user');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(canvasElement.querySelector('[data-auth-error-code="account_locked"]')).not.toBeNull());
    await expect(canvas.getByLabelText('Password')).toHaveValue('typed by the user');
  },
};

function ThrowsOnContinue() {
  const [step, setStep] = useState(1);
  if (step === 2) throw Object.assign(new Error('flow expired'), { code: 'flow_expired' });
  return (
    <div lang="en">
      <p>Step 1 of 2: choose how to get your code.</p>
      <button className="demo-button" type="button" onClick={() => setStep(2)}>
        Continue
      </button>
    </div>
  );
}

/** A child that throws while rendering: the boundary catches it and shows its outcome instead. */
export const ThrownByAChild: Story = {
  render: (args) => (
    <Card title="Two-step verification">
      <AuthErrorBoundary {...args}>
        <ThrowsOnContinue />
      </AuthErrorBoundary>
    </Card>
  ),
  play: async ({ canvasElement, globals, args, userEvent }) => {
    const canvas = within(canvasElement);
    const locale = toLocale(globals.locale);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    const heading = await canvas.findByRole('heading', { name: copyOf(locale, 'titles.restart') });
    await waitFor(() => expect(heading).toHaveFocus());
    await expect(canvas.getByRole('link', { name: copyOf(locale, 'actions.startOver') })).toHaveAttribute('href', '#start');
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'flow_expired' }), expect.objectContaining({ source: 'thrown' }));
  },
};

/** `renderers` replaces the kit's drawing of one code (here with the app's own alert), keeping its copy and behaviour. */
export const CustomRenderer: Story = {
  args: {
    error: { code: 'invalid_credentials' },
    renderers: {
      invalid_credentials: (state) => (
        <div role="alert" className="demo-card" data-custom-renderer="" lang={state.lang} dir={state.dir}>
          <strong>{state.message}</strong>
        </div>
      ),
    },
  },
  play: async ({ canvasElement, globals }) => {
    const custom = await waitFor(() => {
      const found = canvasElement.querySelector('[data-custom-renderer]');
      if (!found) throw new Error('no custom renderer yet');
      return found;
    });
    await expect(custom).toHaveTextContent(copyOf(toLocale(globals.locale), 'codes.invalid_credentials'));
    await expect(canvasElement.querySelector('.iae-root')).toBeNull();
  },
};
