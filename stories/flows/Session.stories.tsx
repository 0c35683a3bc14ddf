import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { AuthErrorBoundary, useAuthErrorBoundary, type AuthErrorResetDetails, type IntelliAuthError } from '../../src';
import { fromResponse } from '../../src/core';
import { expectNoA11yViolations } from '../support/a11y';
import { copyOf, toLocale } from '../support/locales';
import { CORRECT_PASSWORD, DEMO_USER, platformHandlers, platformRequests, resetPlatform } from '../support/platform';
import { Card, SignInFields } from '../support/screens';

interface SessionFlowArgs {
  /** Whether the platform gives a new access token. */
  refresh: 'succeeds' | 'fails';
  /** Spied: what the app's `onRefreshToken` is called with, and when. */
  onRefreshToken: () => void;
  /** Spied: the boundary's "Sign in" button. */
  onSignIn: (error: IntelliAuthError) => void;
  onReset: (details: AuthErrorResetDetails) => void;
}

/** The app's token store. */
const tokens = { access: 'at_expired' };

type Loaded = { ok: true; profile: typeof DEMO_USER } | { ok: false; error: unknown };

async function fetchProfile(): Promise<Loaded> {
  try {
    const res = await fetch('/api/me', { headers: { authorization: `Bearer ${tokens.access}` } });
    // 401 with `WWW-Authenticate: Bearer error="invalid_token"`: fromResponse says token_expired.
    if (!res.ok) return { ok: false, error: await fromResponse(res) };
    return { ok: true, profile: (await res.json()) as typeof DEMO_USER };
  } catch (thrown) {
    return { ok: false, error: thrown };
  }
}

/** A signed-in page that loads the profile; failures go to the boundary with `showAuthError`. */
function Profile({ reload }: { reload: number }) {
  const { showAuthError } = useAuthErrorBoundary();
  // The latest showAuthError, without fetching again when its identity changes: the page loads
  // when it mounts and when `reload` changes (after a refresh), nothing else.
  const show = useRef(showAuthError);
  useEffect(() => {
    show.current = showAuthError;
  });
  const [profile, setProfile] = useState<typeof DEMO_USER | null>(null);
  useEffect(() => {
    let current = true;
    void fetchProfile().then((loaded) => {
      if (!current) return;
      if (loaded.ok) setProfile(loaded.profile);
      else show.current(loaded.error);
    });
    return () => {
      current = false;
    };
  }, [reload]);
  if (!profile) {
    return (
      <p lang="en" className="demo-muted" role="status">
        Loading your profile…
      </p>
    );
  }
  return (
    <div lang="en">
      <p>
        Signed in as <strong>{profile.name}</strong> ({profile.email}).
      </p>
      <p className="demo-muted">Your plan: Team · 12 seats.</p>
    </div>
  );
}

function SignInAgain({ onSignedIn }: { onSignedIn: () => void }) {
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    setPending(true);
    try {
      const res = await fetch('/api/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: form.get('email'), password: form.get('password') }),
      });
      if (!res.ok) return setError(await fromResponse(res));
      tokens.access = ((await res.json()) as { access_token: string }).access_token;
      onSignedIn();
    } catch (thrown) {
      setError(thrown);
    } finally {
      setPending(false);
    }
  };
  return (
    <Card title="Sign in to Acme">
      <AuthErrorBoundary error={error}>
        <form aria-label="Sign in" onSubmit={submit}>
          <SignInFields pending={pending} />
        </form>
      </AuthErrorBoundary>
    </Card>
  );
}

/**
 * The access token has expired when the page loads. `onRefreshToken` asks the platform for a new
 * one; on success the boundary clears the error (`onReset` with reason `refreshed`) and the page
 * loads again; on failure it shows "Sign in again".
 */
function SessionApp({ refresh, onRefreshToken, onSignIn, onReset }: SessionFlowArgs) {
  const [signedOut, setSignedOut] = useState(false);
  const [reload, setReload] = useState(0);
  useEffect(() => {
    resetPlatform({ refresh });
    tokens.access = 'at_expired';
  }, [refresh]);

  const refreshToken = async () => {
    onRefreshToken();
    const res = await fetch('/api/token/refresh', { method: 'POST' });
    // Rejecting tells the kit the session is gone (here: invalid_grant, the refresh token was revoked).
    if (!res.ok) throw await fromResponse(res);
    tokens.access = ((await res.json()) as { access_token: string }).access_token;
  };

  if (signedOut) return <SignInAgain onSignedIn={() => setSignedOut(false)} />;
  return (
    <Card title="Your account">
      <AuthErrorBoundary
        onRefreshToken={refreshToken}
        onSignIn={(error) => {
          onSignIn(error);
          // A real app would call loginWithRedirect(); here, the sign-in page.
          setSignedOut(true);
        }}
        onReset={(details) => {
          onReset(details);
          if (details.reason === 'refreshed') setReload((n) => n + 1);
        }}
      >
        <Profile reload={reload} />
      </AuthErrorBoundary>
    </Card>
  );
}

const meta = {
  title: 'Flows/Session',
  render: (args) => <SessionApp key={args.refresh} {...args} />,
  args: { refresh: 'succeeds', onRefreshToken: fn(), onSignIn: fn(), onReset: fn() },
  argTypes: {
    refresh: { control: 'inline-radio', options: ['succeeds', 'fails'], description: 'What `/api/token/refresh` answers' },
  },
  parameters: {
    msw: { handlers: platformHandlers },
    docs: {
      description: {
        component:
          'token_expired is never shown: the boundary calls `onRefreshToken` (once, however many requests failed) and keeps the page. When the refresh fails, the user is asked to sign in again.',
      },
    },
  },
} satisfies Meta<SessionFlowArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The refresh works: the profile loads without the user seeing anything. */
export const TokenRefreshSucceeds: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByText(DEMO_USER.name)).toBeVisible(), { timeout: 3000 });
    await expect(args.onRefreshToken).toHaveBeenCalledTimes(1);
    await expect(args.onReset).toHaveBeenCalledWith(expect.objectContaining({ reason: 'refreshed' }));
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(platformRequests()).toEqual(['GET /api/me', 'POST /api/token/refresh', 'GET /api/me']);
  },
};

/** The refresh token was revoked: "Sign in again" takes the page (and focus); signing in brings the profile back. */
export const TokenRefreshFailsThenSignInAgain: Story = {
  args: { refresh: 'fails' },
  play: async ({ canvasElement, args, globals, userEvent, step }) => {
    const canvas = within(canvasElement);
    const locale = toLocale(globals.locale);
    const root = await waitFor(
      () => {
        const found = canvasElement.querySelector<HTMLElement>('[data-auth-error-outcome="reauthenticate"]');
        if (!found) throw new Error('no reauthenticate outcome yet');
        return found;
      },
      { timeout: 3000 },
    );
    await step('The session is over: a blocking outcome with focus on its heading', async () => {
      await expect(args.onRefreshToken).toHaveBeenCalledTimes(1);
      await expect(root).toHaveAttribute('data-auth-error-code', 'session_expired');
      await expect(root).toHaveTextContent(copyOf(locale, 'codes.session_expired'));
      const heading = within(root).getByRole('heading', { name: copyOf(locale, 'titles.reauthenticate') });
      await waitFor(() => expect(heading).toHaveFocus());
      await expectNoA11yViolations();
    });
    await step('Sign in again', async () => {
      await userEvent.click(within(root).getByRole('button', { name: copyOf(locale, 'actions.signIn') }));
      await expect(args.onSignIn).toHaveBeenCalledTimes(1);
      const form = await canvas.findByRole('form', { name: 'Sign in' });
      await userEvent.type(within(form).getByLabelText('Password'), CORRECT_PASSWORD);
      await userEvent.click(within(form).getByRole('button', { name: 'Sign in' }));
      await waitFor(() => expect(canvas.getByText(DEMO_USER.name)).toBeVisible(), { timeout: 3000 });
    });
  },
};
