import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import {
  AuthErrorBoundary,
  catalogue,
  type AuthErrorCode,
  type AuthErrorFamily,
  type AuthErrorOptions,
  type CatalogueEntry,
} from '../../src';
import { DeliveryStatus } from '../../src/delivery';
import { expectNoA11yViolations } from './a11y';
import { DEVELOPER_TEXT, exampleFor, makeError, type CodeExample } from './codeExamples';
import { FAMILY_FILES, codesOf } from './codeStoryFiles';
import { exampleHandoffs } from './handoffs';
import { copyOf, directionOf, messageOf, toLocale } from './locales';
import { MFA_CODE } from './platform';
import { CallbackContent, Card, MfaFields, ProfileContent, SettingsFields, SignInFields, SignUpFields } from './screens';

/** The handlers an app gives the boundary; each one a spy, so the Actions panel and play functions see calls. */
export interface CodeStoryArgs
  extends Pick<
    AuthErrorOptions,
    | 'onRetry'
    | 'onSignIn'
    | 'onRefreshToken'
    | 'onCountdownEnd'
    | 'onResendVerification'
    | 'onResetPassword'
    | 'onChooseAnotherMethod'
    | 'onReload'
    | 'onReset'
    | 'onError'
  > {
  /** The error as the platform sent it. Edit it in Controls. */
  error?: unknown;
}

/** Links an app sets once (here: for every code story). */
export const APP_LINKS = {
  supportHref: '/help/contact',
  statusPageHref: 'https://status.intelliauth.com/',
  restartHref: '#start',
} as const;

const SCREEN_TITLES: Record<CodeExample['screen'], string> = {
  'sign-in': 'Sign in to Acme',
  'sign-up': 'Create your Acme account',
  mfa: 'Two-step verification',
  callback: 'Acme ID',
  profile: 'Your account',
  settings: 'Organisation settings',
  delivery: 'Webhook deliveries',
};

function CodeStoryView({ code, error, args }: { code: AuthErrorCode; error: unknown; args: CodeStoryArgs }) {
  const example = exampleFor(code);
  const { error: _fromArgs, ...handlers } = args;
  const boundary = (children: ReactNode) => (
    <AuthErrorBoundary {...handlers} {...APP_LINKS} handoffs={exampleHandoffs} fieldLabels={{ email: 'Email' }} error={error}>
      {children}
    </AuthErrorBoundary>
  );
  const title = SCREEN_TITLES[example.screen];
  switch (example.screen) {
    case 'sign-in':
      return (
        <Card title={title}>
          {boundary(
            <form onSubmit={(event) => event.preventDefault()}>
              <SignInFields />
            </form>,
          )}
        </Card>
      );
    case 'sign-up':
      return <Card title={title}>{boundary(<SignUpFields />)}</Card>;
    case 'mfa':
      return <Card title={title}>{boundary(<MfaFields />)}</Card>;
    case 'callback':
      return <Card title={title}>{boundary(<CallbackContent />)}</Card>;
    case 'profile':
      return <Card title={title}>{boundary(<ProfileContent />)}</Card>;
    case 'settings':
      return <Card title={title}>{boundary(<SettingsFields />)}</Card>;
    case 'delivery':
      return (
        <Card title={title}>
          <p lang="en" className="demo-muted">
            user.updated → https://hooks.acme.dev/intelliauth · 3 attempts
          </p>
          <DeliveryStatus code={code} />
        </Card>
      );
    default:
      return example.screen satisfies never;
  }
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every handler an app gives the boundary, as spies (`onRefreshToken` succeeds after 300 ms). */
export function handlerArgs() {
  return {
    onRetry: fn(),
    onSignIn: fn(),
    onRefreshToken: fn(() => wait(300)),
    onCountdownEnd: fn(),
    onResendVerification: fn(),
    onResetPassword: fn(),
    onChooseAnotherMethod: fn(),
    onReload: fn(),
    onReset: fn(),
    onError: fn(),
  } satisfies CodeStoryArgs;
}

/** Meta shared by a family's stories. */
export function familyMeta(family: AuthErrorFamily) {
  return {
    args: handlerArgs(),
    argTypes: { error: { control: 'object' } },
    parameters: {
      docs: {
        description: {
          component: `Every ${FAMILY_FILES[family].title} code (${codesOf(family).join(', ')}) with realistic details, as the app’s users see it. Generated from the catalogue.`,
        },
      },
    },
  } satisfies Meta<CodeStoryArgs>;
}

type Ctx = StoryContext<CodeStoryArgs>;

interface Check {
  /** The outcome's root (absent for silent codes, which show nothing). */
  root: HTMLElement | null;
  canvas: ReturnType<typeof within>;
  locale: string;
  /** The kit's label for an action, in the story's language. */
  label: (action: string) => string;
  context: Ctx;
}

const actionButton = ({ root, label }: Check, action: string) => within(root as HTMLElement).getByRole('button', { name: label(action) });

/** What each code's play checks beyond its outcome, copy, language and direction. */
const checks: Partial<Record<AuthErrorCode, (check: Check) => Promise<void>>> = {
  async invalid_credentials({ root, canvas }) {
    await expect(root).toHaveAttribute('role', 'alert');
    // remaining_attempts helps enumerate accounts: hidden unless the app opts in.
    await expect(root?.querySelector('.iae-hint')).toBeNull();
    await expect(canvas.getByLabelText('Password')).toBeVisible();
  },
  async account_disabled(check) {
    await expect(within(check.root as HTMLElement).getByRole('link', { name: check.label('contactSupport') })).toHaveAttribute('href', '/help/contact');
  },
  async account_locked(check) {
    await countsDown(check);
  },
  async email_unverified(check) {
    await check.context.userEvent.click(actionButton(check, 'resendVerification'));
    await expect(check.context.args.onResendVerification).toHaveBeenCalledWith(expect.objectContaining({ code: 'email_unverified' }));
  },
  async password_must_be_reset(check) {
    await check.context.userEvent.click(actionButton(check, 'setNewPassword'));
    await expect(check.context.args.onResetPassword).toHaveBeenCalledWith(expect.objectContaining({ code: 'password_must_be_reset' }));
  },
  async mfa_required(check) {
    const { canvas, context } = check;
    await expect(check.root?.querySelector('.iae-message')).toBeNull();
    await appears(canvas.getByRole('heading', { name: 'Two-step verification' }));
    await context.userEvent.type(canvas.getByLabelText('Authentication code'), MFA_CODE);
    await context.userEvent.click(canvas.getByRole('button', { name: 'Verify' }));
    await handedBack(check, 'mfa_required');
  },
  async mfa_enrolment_required(check) {
    const { canvas, context } = check;
    await appears(canvas.getByText('Scan this code with an authenticator app, then continue.'));
    await context.userEvent.click(canvas.getByRole('button', { name: 'I have set it up' }));
    await handedBack(check, 'mfa_enrolment_required');
  },
  async step_up_required(check) {
    const { canvas, context } = check;
    await expect(check.root?.querySelector('.iae-message')).toBeNull();
    await appears(canvas.getByRole('heading', { name: "Confirm it's you" }));
    await context.userEvent.type(canvas.getByLabelText('Password'), 'hunter2hunter2');
    await context.userEvent.click(canvas.getByRole('button', { name: 'Confirm' }));
    await handedBack(check, 'step_up_required');
  },
  async captcha_required(check) {
    const { canvas, context } = check;
    await expect(check.root?.querySelector('.iae-message')).toBeNull();
    const proceed = canvas.getByRole('button', { name: 'Continue' });
    await expect(proceed).toBeDisabled();
    await context.userEvent.click(canvas.getByLabelText("I'm not a robot"));
    await context.userEvent.click(proceed);
    await handedBack(check, 'captcha_required');
  },
  async invalid_grant(check) {
    await signsIn(check, 'signIn');
  },
  async invalid_scope(check) {
    await check.context.userEvent.click(actionButton(check, 'tryAgain'));
    await expect(check.context.args.onRetry).toHaveBeenCalledWith(expect.objectContaining({ code: 'invalid_scope' }));
  },
  async consent_required(check) {
    await expect(within(check.root as HTMLElement).getByRole('heading')).toHaveTextContent(copyOf(check.locale, 'titles.consent'));
    await signsIn(check, 'continue');
  },
  async state_mismatch(check) {
    await startsOver(check);
  },
  async token_expired({ canvas, context }) {
    const { args } = context;
    await waitFor(() => expect(args.onReset).toHaveBeenCalledWith(expect.objectContaining({ reason: 'refreshed' })));
    await expect(args.onRefreshToken).toHaveBeenCalledTimes(1);
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(canvas.getByText(/Signed in as/)).toBeVisible();
  },
  async session_expired(check) {
    await signsIn(check, 'signIn');
  },
  async session_revoked(check) {
    await signsIn(check, 'signIn');
  },
  async silent_auth_failed({ canvas, context }) {
    await waitFor(() => expect(context.args.onRetry).toHaveBeenCalledTimes(1));
    await expect(context.args.onRetry).toHaveBeenCalledWith(expect.objectContaining({ code: 'silent_auth_failed' }));
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(canvas.getByText(/Signed in as/)).toBeVisible();
  },
  async totp_invalid({ root, canvas }) {
    await expect(root).toHaveAttribute('role', 'alert');
    await expect(canvas.getByLabelText('Verification code')).toBeVisible();
  },
  async webauthn_failed(check) {
    await check.context.userEvent.click(actionButton(check, 'useAnotherMethod'));
    await expect(check.context.args.onChooseAnotherMethod).toHaveBeenCalledWith(expect.objectContaining({ code: 'webauthn_failed' }));
  },
  async sms_send_failed(check) {
    const { args, userEvent } = check.context;
    await userEvent.click(actionButton(check, 'useAnotherMethod'));
    await expect(args.onChooseAnotherMethod).toHaveBeenCalledTimes(1);
    await userEvent.click(actionButton(check, 'tryAgain'));
    await expect(args.onRetry).toHaveBeenCalledWith(expect.objectContaining({ code: 'sms_send_failed' }));
  },
  async sms_rate_limited(check) {
    await countsDown(check);
  },
  async backup_code_invalid({ root, locale }) {
    await expect(root?.querySelector('.iae-hint')).toHaveTextContent(copyOf(locale, 'hints.backupCodeSingleUse'));
  },
  async flow_expired(check) {
    await startsOver(check);
  },
  async flow_invalid(check) {
    await startsOver(check);
  },
  async network_error({ root, context }) {
    // Progress, not an error to act on: an automatic retry is scheduled (backoff up to 1 s).
    await expect(root).toHaveAttribute('role', 'status');
    await waitFor(() => expect(context.args.onRetry).toHaveBeenCalledWith(expect.objectContaining({ code: 'network_error' })), { timeout: 3000 });
  },
  async rate_limited(check) {
    const root = check.root as HTMLElement;
    await expect(root).toHaveAttribute('data-state', 'waiting');
    // Retry-After: 30 has not passed: "Try now" waits too.
    await expect(actionButton(check, 'tryNow')).toBeDisabled();
    await expect(root.querySelector('[role="timer"]')?.textContent).toMatch(/\p{Nd}/u);
    await expect(check.context.args.onRetry).not.toHaveBeenCalled();
  },
  async server_error({ root, locale, context }) {
    // Retried automatically after a backoff of at most 1 s (through the circuit breaker).
    await waitFor(() => expect(context.args.onRetry).toHaveBeenCalledWith(expect.objectContaining({ code: 'server_error' })), { timeout: 3000 });
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'retrying'));
    await expect(within(root as HTMLElement).getByRole('timer')).toHaveTextContent(copyOf(locale, 'retry.retrying'));
  },
  async service_unavailable(check) {
    const root = check.root as HTMLElement;
    await expect(within(root).getByRole('link', { name: check.label('checkStatus') })).toHaveAttribute('href', 'https://status.intelliauth.com/');
    await waitFor(() => expect(check.context.args.onRetry).toHaveBeenCalledWith(expect.objectContaining({ code: 'service_unavailable' })), {
      timeout: 3000,
    });
  },
  async validation_failed({ root, canvas, locale, context }) {
    const summary = within(root as HTMLElement);
    const links = summary.getAllByRole('link');
    await expect(links.map((link) => link.textContent)).toEqual([
      'Enter an email address like name@example.com.',
      'Use at least 12 characters.',
      'Add a number or a symbol.',
      copyOf(locale, 'fields.invalid'),
    ]);
    const email = canvas.getByLabelText('Email');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription('Enter an email address like name@example.com.');
    await expect(canvas.getByLabelText('Display name')).toHaveAccessibleDescription(copyOf(locale, 'fields.invalid'));
    // The summary's links move focus to their field.
    await context.userEvent.click(links[1] as HTMLElement);
    await expect(canvas.getByLabelText('Password')).toHaveFocus();
  },
  async conflict({ root }) {
    await expect(root?.querySelector('.iae-hint')).toHaveTextContent('Email');
    await expect(root).not.toHaveTextContent('already registered');
  },
  async precondition_failed(check) {
    await check.context.userEvent.click(actionButton(check, 'refresh'));
    await expect(check.context.args.onReload).toHaveBeenCalledTimes(1);
  },
  async not_found({ root }) {
    await expect(root).toHaveAttribute('role', 'alert');
    await expect(root?.querySelector('button, a')).toBeNull();
  },
  async permission_denied({ root }) {
    await expect(root).toHaveAttribute('role', 'alert');
    await expect(root?.querySelector('button, a')).toBeNull();
  },
};

for (const code of ['invalid_redirect_uri', 'invalid_client', 'unauthorized_client', 'pkce_required'] as const) {
  checks[code] = async (check) => {
    await expect(within(check.root as HTMLElement).getByRole('link', { name: check.label('contactSupport') })).toHaveAttribute('href', '/help/contact');
  };
}
for (const code of ['step_blocked', 'step_timeout', 'step_error'] as const) {
  checks[code] = async (check) => {
    await expect(within(check.root as HTMLElement).getByRole('link', { name: check.label('contactSupport') })).toHaveAttribute('href', '/help/contact');
  };
}
for (const code of ['receiver_5xx', 'receiver_4xx', 'receiver_timeout', 'receiver_tls_failed', 'dlq_max_attempts'] as const) {
  checks[code] = async ({ root, label }) => {
    await expect(within(root as HTMLElement).getByRole('link', { name: label('troubleshoot') })).toHaveAttribute(
      'href',
      'https://docs.intelliauth.com/troubleshooting/webhook-delivery-failures',
    );
  };
}

/** Visible once the outcome's entrance animation (opacity from 0) has run. */
async function appears(element: HTMLElement) {
  await waitFor(() => expect(element).toBeVisible());
}

/** The countdown's text changes as time passes (90 s → 89 s…). */
async function countsDown({ root }: Check) {
  await expect(root).toHaveAttribute('role', 'status');
  await expect(root).toHaveAttribute('data-state', 'counting');
  const timer = (root as HTMLElement).querySelector('[role="timer"]') as HTMLElement;
  const first = timer.textContent;
  await expect(first).toMatch(/\p{Nd}/u);
  await waitFor(() => expect(timer.textContent).not.toBe(first), { timeout: 2500 });
}

/** The hand-off finished: the app's `onRetry` ran and the form is back. */
async function handedBack({ context }: Check, code: AuthErrorCode) {
  await expect(context.args.onRetry).toHaveBeenCalledWith(expect.objectContaining({ code }));
  await waitFor(() => expect(context.canvasElement.querySelector(`[data-auth-error-code="${code}"]`)).toBeNull());
}

async function signsIn(check: Check, action: 'signIn' | 'continue') {
  await check.context.userEvent.click(actionButton(check, action));
  await expect(check.context.args.onSignIn).toHaveBeenCalledTimes(1);
}

async function startsOver({ root, label }: Check) {
  await expect(within(root as HTMLElement).getByRole('link', { name: label('startOver') })).toHaveAttribute('href', '#start');
}

/** Outcomes that stand in for the page take focus (their heading), so keyboard and screen-reader users land on them. */
const BLOCKING = new Set<CatalogueEntry['outcome']>(['restart', 'reauthenticate', 'blocked', 'config_error']);

/** The story of one code: its example, on its screen, with a play that checks what the user sees. */
export function codeStory(code: AuthErrorCode): StoryObj<CodeStoryArgs> {
  const example = exampleFor(code);
  const entry: CatalogueEntry = catalogue[code];
  const fromArgs = typeof example.error !== 'function';
  return {
    ...(fromArgs ? { args: { error: example.error } } : {}),
    loaders: fromArgs ? [] : [async () => ({ error: await makeError(example) })],
    parameters: {
      code,
      docs: { description: { story: `\`${code}\` → ${entry.outcome}. ${example.when}` } },
    },
    render: (args, { loaded }) => <CodeStoryView code={code} args={args} error={fromArgs ? args.error : loaded.error} />,
    play: async (context) => {
      const { canvasElement, globals } = context;
      const locale = toLocale(globals.locale);
      const canvas = within(canvasElement);
      const selector = `[data-auth-error-code="${code}"]`;
      let root: HTMLElement | null = null;
      if (entry.outcome === 'silent') {
        // Handled without UI (refreshed, retried): nothing of the kit's on screen.
        await wait(50);
        await expect(canvasElement.querySelector('[data-auth-error-outcome]')).toBeNull();
      } else {
        root = await waitFor(() => {
          const found = canvasElement.querySelector<HTMLElement>(selector);
          if (!found) throw new Error(`no outcome root for ${code}`);
          return found;
        });
        await expect(root).toHaveAttribute('data-auth-error-outcome', entry.outcome);
        await expect(root).toHaveAttribute('lang', locale);
        await expect(root).toHaveAttribute('dir', directionOf(locale));
        if (entry.display !== 'hidden') {
          await expect(root).toHaveTextContent(messageOf(locale, code));
        }
        if (BLOCKING.has(entry.outcome)) {
          const heading = within(root).getByRole('heading');
          await waitFor(() => expect(heading).toHaveFocus());
        }
      }
      for (const secret of [DEVELOPER_TEXT, ...(example.secrets ?? [])]) {
        await expect(canvasElement).not.toHaveTextContent(secret);
      }
      // The outcome as it first appears (the checks below may clear it; the addon checks the end).
      await expectNoA11yViolations();
      await checks[code]?.({ root, canvas, locale, label: (action) => copyOf(locale, `actions.${action}`), context });
    },
  };
}
