import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useRef, useState, type FormEvent, type MouseEvent } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { AuthErrorBoundary, type IntelliAuthError } from '../../src';
import { fromResponse } from '../../src/core';
import { expectNoA11yViolations } from '../support/a11y';
import { Captcha, MfaChallenge } from '../support/handoffs';
import { copyOf, toLocale } from '../support/locales';
import { BACKENDS, CORRECT_PASSWORD, MFA_CODE, platformHandlers, platformRequests, resetPlatform, type Backend } from '../support/platform';
import { Card, SignInFields } from '../support/screens';

interface SignInFlowArgs {
  /** What the pretend platform answers. */
  backend: Backend;
  /** How long the account stays locked after 3 wrong passwords. */
  lockoutSeconds: number;
  /** The app's retry (spied): repeats the last sign-in request. */
  onRetry: (error: IntelliAuthError) => void;
  onCountdownEnd: (error: IntelliAuthError) => void;
  onSignedIn: (user: unknown) => void;
}

interface Credentials {
  email: string;
  password: string;
  captcha_token?: string;
}

/**
 * A sign-in page as an app would write it: `fetch`, `fromResponse` for failed responses, the
 * rejected `fetch` itself for network failures, and the error handed to the boundary as a value.
 * The boundary's `onRetry` repeats the last request (automatic retries, captcha solved).
 */
function SignInApp({ backend, lockoutSeconds, onRetry, onCountdownEnd, onSignedIn }: SignInFlowArgs) {
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [user, setUser] = useState<{ name: string } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const last = useRef<Credentials | null>(null);

  useEffect(() => resetPlatform({ backend, lockoutSeconds }), [backend, lockoutSeconds]);

  // The restart outcome links to `#start` (restartHref). Like an SPA router, the app handles its
  // own links without a page load: a fresh sign-in form.
  const onClickCapture = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as Element).closest('a');
    if (link?.getAttribute('href') !== '#start') return;
    event.preventDefault();
    setError(null);
    setAttempt((n) => n + 1);
  };

  const send = async (credentials: Credentials) => {
    last.current = credentials;
    setPending(true);
    try {
      const res = await fetch('/api/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(credentials),
      });
      if (!res.ok) {
        setError(await fromResponse(res));
        return;
      }
      const body = (await res.json()) as { user: { name: string } };
      setError(null);
      setUser(body.user);
      onSignedIn(body.user);
    } catch (thrown) {
      // "TypeError: Failed to fetch": the kit reads it as network_error.
      setError(thrown);
    } finally {
      setPending(false);
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    void send({ email: String(form.get('email')), password: String(form.get('password')) });
  };

  const retry = (failed: IntelliAuthError) => {
    onRetry(failed);
    if (last.current) void send(last.current);
  };

  const verifyMfa = async (code: string) => {
    const mfaToken = (error as IntelliAuthError | null)?.details?.mfa_token;
    const res = await fetch('/api/mfa/verify', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ mfa_token: mfaToken, code }),
    });
    if (!res.ok) return fromResponse(res);
    const body = (await res.json()) as { user: { name: string } };
    setError(null);
    setUser(body.user);
    onSignedIn(body.user);
    return null;
  };

  if (user) {
    return (
      <Card title="Acme">
        <p lang="en" className="demo-success" role="status">
          Welcome back, {user.name}.
        </p>
        <button
          lang="en"
          className="demo-button"
          data-variant="quiet"
          type="button"
          onClick={() => {
            setUser(null);
            resetPlatform({ backend, lockoutSeconds });
          }}
        >
          Sign out
        </button>
      </Card>
    );
  }

  return (
    <Card title="Sign in to Acme">
      <div onClickCapture={onClickCapture}>
        <AuthErrorBoundary
          error={error}
          onRetry={retry}
          onCountdownEnd={onCountdownEnd}
          restartHref="#start"
          supportHref="/help/contact"
          handoffs={{
            mfa: (context) => <MfaChallenge context={context} verify={verifyMfa} onVerified={() => {}} />,
            captcha: (context) => (
              <Captcha
                context={context}
                onSolved={(token) => {
                  if (last.current) last.current = { ...last.current, captcha_token: token };
                }}
              />
            ),
          }}
        >
          <form key={attempt} onSubmit={submit} aria-label="Sign in">
            <SignInFields pending={pending} />
          </form>
        </AuthErrorBoundary>
      </div>
      <p lang="en" className="demo-muted">
        Demo password: “{CORRECT_PASSWORD}”. MFA code: {MFA_CODE}.
      </p>
    </Card>
  );
}

const meta = {
  title: 'Flows/Sign-in',
  render: (args) => <SignInApp key={`${args.backend}:${args.lockoutSeconds}`} {...args} />,
  args: {
    backend: 'normal',
    lockoutSeconds: 90,
    onRetry: fn(),
    onCountdownEnd: fn(),
    onSignedIn: fn(),
  },
  argTypes: {
    backend: {
      control: 'select',
      options: Object.keys(BACKENDS),
      labels: BACKENDS,
      description: 'What the mocked platform API answers',
    },
    lockoutSeconds: { control: { type: 'number', min: 1, max: 3600 } },
  },
  parameters: {
    msw: { handlers: platformHandlers },
    docs: {
      description: {
        component:
          'A sign-in form against a mocked IntelliAuth API (Mock Service Worker: nothing leaves the browser). Pick what the backend answers with the **backend** control, then sign in.',
      },
    },
  },
} satisfies Meta<SignInFlowArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

type Play = NonNullable<Story['play']>;
type PlayContext = Parameters<Play>[0];

/** Types a password, submits, and waits for the platform's answer. */
async function signIn({ canvasElement, userEvent }: PlayContext, password: string) {
  const canvas = within(canvasElement);
  const form = canvas.getByRole('form', { name: 'Sign in' });
  const field = within(form).getByLabelText('Password');
  await userEvent.clear(field);
  await userEvent.type(field, password);
  const sent = platformRequests().length;
  await userEvent.click(within(form).getByRole('button', { name: 'Sign in' }));
  await waitFor(() => expect(platformRequests().length).toBeGreaterThan(sent));
  await waitFor(() => expect(canvas.queryByRole('button', { name: 'Signing in…' })).toBeNull());
}

async function outcome(canvasElement: HTMLElement, code: string) {
  return waitFor(() => {
    const root = canvasElement.querySelector<HTMLElement>(`[data-auth-error-code="${code}"]`);
    if (!root) throw new Error(`no ${code} outcome yet`);
    return root;
  });
}

async function welcomed(canvasElement: HTMLElement, timeout = 1000) {
  await waitFor(() => expect(within(canvasElement).getByText(/Welcome back, Ada Lovelace/)).toBeVisible(), { timeout });
}

/** Two wrong passwords, then the third locks the account: a live countdown above the form. */
export const WrongPasswordThenLockout: Story = {
  play: async (context) => {
    const { canvasElement, globals, step } = context;
    const locale = toLocale(globals.locale);
    await step('A wrong password: a form error, the form stays', async () => {
      await signIn(context, 'password1');
      const root = await outcome(canvasElement, 'invalid_credentials');
      await expect(root).toHaveAttribute('role', 'alert');
      await expect(root).toHaveTextContent(copyOf(locale, 'codes.invalid_credentials'));
    });
    await step('The third wrong password locks the account for 90 s', async () => {
      await signIn(context, 'password2');
      await signIn(context, 'password3');
      const root = await outcome(canvasElement, 'account_locked');
      await expect(root).toHaveAttribute('data-auth-error-outcome', 'countdown');
      await expect(root).toHaveTextContent(copyOf(locale, 'codes.account_locked'));
      const timer = within(root).getByRole('timer');
      const first = timer.textContent;
      await waitFor(() => expect(timer.textContent).not.toBe(first), { timeout: 2500 });
      await expect(within(canvasElement).getByRole('form', { name: 'Sign in' })).toBeInTheDocument();
      await expectNoA11yViolations();
    });
  },
};

/** A 3-second lockout runs out: "You can try again now", `onCountdownEnd` fires once, and the right password works. */
export const LockoutEndsThenSignIn: Story = {
  args: { lockoutSeconds: 3 },
  play: async (context) => {
    const { canvasElement, globals, args, step } = context;
    const locale = toLocale(globals.locale);
    for (const password of ['nope-1', 'nope-2', 'nope-3']) await signIn(context, password);
    const root = await outcome(canvasElement, 'account_locked');
    await step('The countdown ends', async () => {
      await waitFor(() => expect(root).toHaveAttribute('data-state', 'done'), { timeout: 5000 });
      await expect(within(root).getByRole('timer')).toHaveTextContent(copyOf(locale, 'countdown.ready'));
      await expect(args.onCountdownEnd).toHaveBeenCalledTimes(1);
    });
    await step('The right password signs in', async () => {
      await signIn(context, CORRECT_PASSWORD);
      await welcomed(canvasElement);
      await expect(args.onSignedIn).toHaveBeenCalledTimes(1);
    });
  },
};

/** The password is right; the platform wants a second factor: the app's MFA screen takes over, then signs in. */
export const MfaHandOffThenSuccess: Story = {
  args: { backend: 'mfa' },
  play: async (context) => {
    const { canvasElement, globals, userEvent, step } = context;
    const canvas = within(canvasElement);
    const locale = toLocale(globals.locale);
    await signIn(context, CORRECT_PASSWORD);
    const root = await outcome(canvasElement, 'mfa_required');
    await step('The hand-off replaces the form, with no copy of the kit', async () => {
      await expect(root).toHaveAttribute('data-auth-error-outcome', 'handoff');
      await expect(root.querySelector('.iae-message')).toBeNull();
      await expect(canvas.queryByRole('form', { name: 'Sign in' })).toBeNull();
    });
    const code = await canvas.findByLabelText('Authentication code');
    await expectNoA11yViolations();
    await step('A wrong code: the MFA screen shows totp_invalid', async () => {
      await userEvent.type(code, '000000');
      await userEvent.click(canvas.getByRole('button', { name: 'Verify' }));
      const wrong = await outcome(canvasElement, 'totp_invalid');
      await expect(wrong).toHaveTextContent(copyOf(locale, 'codes.totp_invalid'));
      await expectNoA11yViolations();
    });
    await step('The right code signs in', async () => {
      await userEvent.clear(code);
      await userEvent.type(code, MFA_CODE);
      await userEvent.click(canvas.getByRole('button', { name: 'Verify' }));
      await welcomed(canvasElement);
      await expect(platformRequests()).toEqual(['POST /api/sign-in', 'POST /api/mfa/verify', 'POST /api/mfa/verify']);
    });
  },
};

/** Bot protection asks for a captcha: the app's captcha UI, then the same request again with its token. */
export const CaptchaThenSuccess: Story = {
  args: { backend: 'captcha' },
  play: async (context) => {
    const { canvasElement, userEvent, args } = context;
    const canvas = within(canvasElement);
    await signIn(context, CORRECT_PASSWORD);
    await outcome(canvasElement, 'captcha_required');
    const human = await canvas.findByLabelText("I'm not a robot");
    await expectNoA11yViolations();
    await userEvent.click(human);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(args.onRetry).toHaveBeenCalledWith(expect.objectContaining({ code: 'captcha_required' }));
    await welcomed(canvasElement);
    await expect(platformRequests()).toEqual(['POST /api/sign-in', 'POST /api/sign-in']);
  },
};

/** The OAuth state did not match: never retried; "Start over" leads back to a fresh form, which then works. */
export const RestartAfterStateMismatch: Story = {
  args: { backend: 'state-mismatch' },
  play: async (context) => {
    const { canvasElement, globals, userEvent, args, step } = context;
    const locale = toLocale(globals.locale);
    await signIn(context, CORRECT_PASSWORD);
    const root = await outcome(canvasElement, 'state_mismatch');
    await step('A blocking outcome: it replaces the form and its heading takes focus', async () => {
      await expect(root).toHaveAttribute('data-auth-error-outcome', 'restart');
      const heading = within(root).getByRole('heading', { name: copyOf(locale, 'titles.restart') });
      await waitFor(() => expect(heading).toHaveFocus());
      await expect(args.onRetry).not.toHaveBeenCalled();
      await expectNoA11yViolations();
    });
    await step('Start over, then sign in', async () => {
      await userEvent.click(within(root).getByRole('link', { name: copyOf(locale, 'actions.startOver') }));
      await within(canvasElement).findByRole('form', { name: 'Sign in' });
      await signIn(context, CORRECT_PASSWORD);
      await welcomed(canvasElement);
    });
  },
};

/** The connection drops twice: "Retrying in N s…", retried automatically with backoff, then signed in. */
export const NetworkFailureWithAutoRetry: Story = {
  args: { backend: 'network-failure' },
  play: async (context) => {
    const { canvasElement, globals, args } = context;
    const locale = toLocale(globals.locale);
    await signIn(context, CORRECT_PASSWORD);
    const root = await outcome(canvasElement, 'network_error');
    await expect(root).toHaveAttribute('role', 'status');
    await expect(root).toHaveTextContent(copyOf(locale, 'codes.network_error'));
    await expectNoA11yViolations();
    // Backoff with full jitter: at most 1 s, then 2 s.
    await welcomed(canvasElement, 6000);
    await expect(args.onRetry).toHaveBeenCalledTimes(2);
    await expect(platformRequests()).toEqual(['POST /api/sign-in', 'POST /api/sign-in', 'POST /api/sign-in']);
  },
};

/** 429 with `Retry-After: 3`: "Try now" stays disabled until it has passed, then the retry goes out by itself. */
export const RateLimitedRetryAfter: Story = {
  args: { backend: 'rate-limited' },
  play: async (context) => {
    const { canvasElement, globals, args } = context;
    const locale = toLocale(globals.locale);
    await signIn(context, CORRECT_PASSWORD);
    const root = await outcome(canvasElement, 'rate_limited');
    await expect(within(root).getByRole('button', { name: copyOf(locale, 'actions.tryNow') })).toBeDisabled();
    await expect(args.onRetry).not.toHaveBeenCalled();
    await expectNoA11yViolations();
    await welcomed(canvasElement, 6000);
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};
