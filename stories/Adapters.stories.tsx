import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, within } from 'storybook/test';
import { AuthErrorBoundary } from '../src';
import { fromAuth0Error } from '../src/adapters/auth0';
import { fromClerkError } from '../src/adapters/clerk';
import { fromCognitoError } from '../src/adapters/cognito';
import { fromFirebaseError } from '../src/adapters/firebase';
import { fromSupabaseError } from '../src/adapters/supabase';
import { APP_LINKS } from './support/codeStories';
import { copyOf, toLocale } from './support/locales';
import { Card, SignInFields, SignUpFields } from './support/screens';

// Each provider's error, shaped as its SDK throws it (the class's name, code, status and fields).

/** What Supabase's client returns for a password its policy refuses (auth-js AuthWeakPasswordError). */
function supabaseWeakPassword() {
  return Object.assign(new Error('Password should contain at least one character of each: abcdefghijklmnopqrstuvwxyz.'), {
    name: 'AuthWeakPasswordError',
    status: 422,
    code: 'weak_password',
    reasons: ['characters'],
  });
}

/** Clerk's Frontend API error once account lockout has locked the user (403). */
const CLERK_USER_LOCKED = {
  code: 'user_locked',
  message: 'Account locked',
  long_message: 'Your account is locked. You will be able to try again in 30 minutes.',
  meta: { lockout_expires_in_seconds: 1800 },
};

/** What Clerk's Frontend API answers then, as JSON (what your own `fetch` would read). */
function clerkUserLockedBody() {
  return { errors: [CLERK_USER_LOCKED], meta: {} };
}

/**
 * What @clerk/clerk-js throws for that answer (a ClerkAPIResponseError): its ClerkAPIError keeps
 * only some meta keys (clerk/javascript packages/shared/src/errors/clerkApiError.ts), so the
 * lockout's length is gone.
 */
function clerkUserLocked() {
  const json = CLERK_USER_LOCKED;
  return Object.assign(new Error('Error'), {
    name: 'ClerkAPIResponseError',
    clerkError: true,
    code: 'api_response_error',
    status: 403,
    retryAfter: undefined,
    errors: [
      {
        code: json.code,
        message: json.message,
        longMessage: json.long_message,
        meta: {
          paramName: undefined,
          sessionId: undefined,
          emailAddresses: undefined,
          identifiers: undefined,
          zxcvbn: undefined,
          plan: undefined,
          isPlanUpgradePossible: undefined,
          seatsQuantityToAdd: undefined,
          seatsQuantity: undefined,
        },
      },
    ],
  });
}

/** What auth0-spa-js throws when the Authentication API answers too_many_attempts (a GenericError). */
function auth0TooManyAttempts() {
  return Object.assign(new Error('Your account has been blocked after multiple consecutive login attempts.'), {
    error: 'too_many_attempts',
    error_description: 'Your account has been blocked after multiple consecutive login attempts.',
  });
}

/** What Firebase throws for a disabled user (a FirebaseError). */
function firebaseUserDisabled() {
  return Object.assign(new Error('Firebase: Error (auth/user-disabled).'), { name: 'FirebaseError', code: 'auth/user-disabled', customData: { appName: '[DEFAULT]' } });
}

/** What Amplify throws for a wrong password (an AuthError named after Cognito's exception). */
function cognitoWrongPassword() {
  return Object.assign(new Error('Incorrect username or password.'), {
    name: 'NotAuthorizedException',
    recoverySuggestion: 'Check your username and password.',
    metadata: { httpStatusCode: 400, requestId: 'f1b1c8c5-5f0e-4f0a-9a8e-1b2c3d4e5f60' },
  });
}

function SignInScreen({ error, children = <SignInFields /> }: { error: unknown; children?: ReactNode }) {
  return (
    <Card title="Sign in to Acme">
      <AuthErrorBoundary {...APP_LINKS} error={error}>
        {children}
      </AuthErrorBoundary>
    </Card>
  );
}

const meta = {
  title: 'Adapters',
  component: SignInScreen,
  parameters: {
    docs: {
      description: {
        component:
          "Another provider's error, passed through its adapter (`@intelliauth/react-auth-errors/adapters/<provider>`) into `<AuthErrorBoundary error={…}>`: the kit's copy in the toolbar's language, never the provider's text.",
      },
    },
  },
  argTypes: { error: { control: false }, children: { control: false } },
} satisfies Meta<typeof SignInScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

/** `fromSupabaseError(AuthWeakPasswordError)`: validation_failed on the password field, with the kit's field copy. */
export const Supabase: Story = {
  args: { error: fromSupabaseError(supabaseWeakPassword()), children: <SignUpFields /> },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const locale = toLocale(globals.locale);
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveAttribute('data-auth-error-code', 'validation_failed');
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByLabelText('Password')).toHaveAccessibleDescription(copyOf(locale, 'fields.invalid'));
    await expect(canvasElement).not.toHaveTextContent('abcdefghijklmnopqrstuvwxyz');
  },
};

/** `fromClerkError(ClerkAPIResponseError user_locked)`: account_locked; the SDK's error has no lockout length, so there is no timer. */
export const Clerk: Story = {
  args: { error: fromClerkError(clerkUserLocked()) },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const locale = toLocale(globals.locale);
    const status = await canvas.findByRole('status');
    await expect(status).toHaveAttribute('data-auth-error-code', 'account_locked');
    await expect(status).toHaveAttribute('data-auth-error-outcome', 'countdown');
    await expect(status).toHaveTextContent(copyOf(locale, 'codes.account_locked'));
    await expect(status).not.toHaveAttribute('data-state', 'counting');
    await expect(canvasElement).not.toHaveTextContent('Your account is locked');
  },
};

/** `fromClerkError` of the Frontend API's own JSON (your `fetch`): a countdown of its `meta.lockout_expires_in_seconds`. */
export const ClerkFrontendApiBody: Story = {
  name: 'Clerk, Frontend API body',
  args: { error: fromClerkError(clerkUserLockedBody()) },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const status = await canvas.findByRole('status');
    await expect(status).toHaveAttribute('data-auth-error-outcome', 'countdown');
    await expect(status).toHaveTextContent(copyOf(toLocale(globals.locale), 'codes.account_locked'));
    await expect(status).toHaveAttribute('data-state', 'counting');
    await expect(canvasElement).not.toHaveTextContent('Your account is locked');
  },
};

/** `fromAuth0Error(too_many_attempts)`: account_locked; Auth0 gives no duration, so there is no timer. */
export const Auth0: Story = {
  name: 'Auth0',
  args: { error: fromAuth0Error(auth0TooManyAttempts()) },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const locale = toLocale(globals.locale);
    const status = await canvas.findByRole('status');
    await expect(status).toHaveAttribute('data-auth-error-code', 'account_locked');
    await expect(status).toHaveTextContent(copyOf(locale, 'codes.account_locked'));
    await expect(canvasElement).not.toHaveTextContent('multiple consecutive login attempts');
  },
};

/** `fromFirebaseError(auth/user-disabled)`: account_disabled replaces the form, with a support link. */
export const Firebase: Story = {
  args: { error: fromFirebaseError(firebaseUserDisabled()) },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const locale = toLocale(globals.locale);
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(copyOf(locale, 'codes.account_disabled'));
    await expect(within(alert).getByRole('link', { name: copyOf(locale, 'actions.contactSupport') })).toHaveAttribute('href', APP_LINKS.supportHref);
    await expect(canvas.queryByLabelText('Password')).toBeNull();
  },
};

/** `fromCognitoError(NotAuthorizedException)`: "Incorrect username or password." is invalid_credentials, the form stays. */
export const Cognito: Story = {
  args: { error: fromCognitoError(cognitoWrongPassword()) },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveAttribute('data-auth-error-code', 'invalid_credentials');
    await expect(alert).toHaveTextContent(copyOf(toLocale(globals.locale), 'codes.invalid_credentials'));
    await expect(canvas.getByLabelText('Password')).toBeVisible();
    await expect(canvasElement).not.toHaveTextContent('Incorrect username or password.');
  },
};
