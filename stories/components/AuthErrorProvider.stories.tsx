import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { AuthErrorBoundary, AuthErrorProvider } from '../../src';
import { copyOf, directionOf, toLocale } from '../support/locales';
import { STORY_THEMES, toThemeName } from '../support/themes';
import { Card, ProfileContent } from '../support/screens';

const OVERRIDE = 'Your Acme session has ended. Sign in again to pick up where you left off.';

const meta = {
  title: 'Components/AuthErrorProvider',
  component: AuthErrorProvider,
  tags: ['autodocs'],
  args: {
    onSignIn: fn(),
    supportHref: '/help/contact',
    resources: { en: { codes: { session_expired: OVERRIDE } } },
  },
  argTypes: { children: { control: false }, i18n: { control: false } },
  parameters: {
    docs: {
      description: {
        component:
          'App-wide options for every boundary below it, the language of the copy (`lng`, or the app’s own i18next instance), string overrides (`resources`), and state shared between boundaries: one token refresh, one circuit breaker. Optional: a boundary without a provider works in English.',
      },
    },
  },
  // Its own provider (and its own i18next instance, loading the language on demand), inside the
  // toolbar's: the nearest provider wins.
  render: (args, { globals }) => (
    <AuthErrorProvider lng={toLocale(globals.locale)} {...STORY_THEMES[toThemeName(globals.theme)].provider} {...args}>
      <Card title="Your account">
        <AuthErrorBoundary error={{ code: 'session_expired' }}>
          <ProfileContent />
        </AuthErrorBoundary>
      </Card>
      <Card title="Billing">
        <AuthErrorBoundary error={{ code: 'account_disabled' }}>
          <p lang="en">Invoices and payment methods.</p>
        </AuthErrorBoundary>
      </Card>
    </AuthErrorProvider>
  ),
} satisfies Meta<typeof AuthErrorProvider>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * `onSignIn` and `supportHref` set once for the whole app; an English override of one string
 * (`resources`); the toolbar's language loaded on demand.
 */
export const AppWideOptions: Story = {
  play: async ({ canvasElement, globals, args, userEvent }) => {
    const locale = toLocale(globals.locale);
    const expired = canvasElement.querySelector<HTMLElement>('[data-auth-error-code="session_expired"]') as HTMLElement;
    await waitFor(() => expect(expired).toHaveAttribute('lang', locale), { timeout: 3000 });
    await expect(expired).toHaveAttribute('dir', directionOf(locale));
    await expect(expired).toHaveTextContent(locale === 'en' ? OVERRIDE : copyOf(locale, 'codes.session_expired'));
    await userEvent.click(within(expired).getByRole('button', { name: copyOf(locale, 'actions.signIn') }));
    await expect(args.onSignIn).toHaveBeenCalledWith(expect.objectContaining({ code: 'session_expired' }));
    const disabled = canvasElement.querySelector<HTMLElement>('[data-auth-error-code="account_disabled"]') as HTMLElement;
    await expect(within(disabled).getByRole('link', { name: copyOf(locale, 'actions.contactSupport') })).toHaveAttribute('href', '/help/contact');
  },
};
