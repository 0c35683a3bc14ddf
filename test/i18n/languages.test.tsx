import { render, screen, waitFor, within } from '@testing-library/react';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AuthErrorBoundary, AuthErrorProvider } from '../../src';
import en from '../../locales/en/auth-errors.json';
import { directionOf } from '../helpers/direction';

type Bundle = typeof en;

const LOCALES_DIR = resolve(__dirname, '../../locales');
const read = (lng: string) => JSON.parse(readFileSync(resolve(LOCALES_DIR, lng, 'auth-errors.json'), 'utf8')) as Bundle;
const OTHER_LANGUAGES = readdirSync(LOCALES_DIR)
  .filter((lng) => lng !== 'en')
  .sort();

// The countdown must not tick while a bundle loads: the copy is compared to fixed text.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'performance'] });
});

/** A sign-in page with five errors of different kinds, all given as values. */
function SignInErrors({ lng }: { lng: string | undefined }) {
  return (
    <AuthErrorProvider
      {...(lng === undefined ? {} : { lng })}
      onSignIn={() => {}}
      onRetry={() => {}}
      autoRetry={false}
      revealAccountDetails
    >
      <AuthErrorBoundary
        error={{ code: 'invalid_credentials', message: 'Invalid password for this email', details: { remaining_attempts: 3 } }}
      />
      <AuthErrorBoundary error={{ code: 'account_locked', message: 'Locked', details: { retry_after_s: 90 } }} />
      <AuthErrorBoundary error={{ code: 'network_error', message: 'Failed to fetch' }} />
      <AuthErrorBoundary error={{ code: 'validation_failed', message: 'Bad request', details: { fields: { email: '' } } }} />
      <AuthErrorBoundary error={{ code: 'session_expired', message: 'Session expired' }} />
    </AuthErrorProvider>
  );
}

const outcome = (container: HTMLElement, code: string) => {
  const root = container.querySelector<HTMLElement>(`[data-auth-error-code="${code}"]`);
  if (!root) throw new Error(`no outcome rendered for ${code}`);
  return root;
};

/** Renders the page and waits until the copy is in `lang` (its bundle loads on demand). */
async function renderIn(lng: string | undefined, lang: string) {
  const view = render(<SignInErrors lng={lng} />);
  await waitFor(() => expect(outcome(view.container, 'session_expired')).toHaveAttribute('lang', lang));
  return view;
}

/** Every string of the English bundle, and every key, as they would look on screen by mistake. */
const englishStrings = new Set<string>();
const keys = new Set<string>();
(function collect(node: object, prefix: string) {
  for (const [key, value] of Object.entries(node)) {
    if (typeof value === 'string') {
      englishStrings.add(value);
      keys.add(`${prefix}${key}`);
    } else collect(value as object, `${prefix}${key}.`);
  }
})(en, '');

describe('AuthErrorProvider: the copy in each shipped language', () => {
  describe.each(OTHER_LANGUAGES)('%s', (lng) => {
    const bundle = read(lng);
    const number = (n: number) => new Intl.NumberFormat(lng).format(n);

    it(`should set lang="${lng}" and dir="${directionOf(lng)}" on every outcome root`, async () => {
      const { container } = await renderIn(lng, lng);
      const roots = container.querySelectorAll('[data-auth-error-outcome]');
      expect(roots).toHaveLength(5);
      for (const root of roots) {
        expect(root).toHaveAttribute('lang', lng);
        expect(root).toHaveAttribute('dir', directionOf(lng));
      }
    });

    it('should show the language’s copy, never English, a raw key, a placeholder or the server’s message', async () => {
      const { container } = await renderIn(lng, lng);
      const texts = [...container.querySelectorAll('[data-auth-error-outcome] :is(p, h2, li, button, a)')].map((node) => node.textContent ?? '');

      expect(texts.length).toBeGreaterThanOrEqual(12);
      for (const text of texts) {
        expect(text.trim()).not.toBe('');
        expect(englishStrings.has(text), `"${text}" is English`).toBe(false);
        expect(keys.has(text), `"${text}" is a key`).toBe(false);
        expect(text).not.toMatch(/\{\{|\}\}|\b(codes|titles|actions|hints|fields|countdown|duration)\.[a-z]/);
      }
      expect(container).not.toHaveTextContent(/Invalid password|Failed to fetch|Bad request|Session expired|Locked/);
    });

    it('should show each code’s message from the language’s bundle', async () => {
      const { container } = await renderIn(lng, lng);

      expect(outcome(container, 'invalid_credentials')).toHaveTextContent(bundle.codes.invalid_credentials);
      expect(outcome(container, 'account_locked')).toHaveTextContent(bundle.codes.account_locked);
      expect(outcome(container, 'network_error')).toHaveTextContent(bundle.codes.network_error);
      expect(outcome(container, 'validation_failed')).toHaveTextContent(bundle.codes.validation_failed);
      expect(outcome(container, 'session_expired')).toHaveTextContent(bundle.codes.session_expired);
    });

    it('should label the actions and headings in the language', async () => {
      const { container } = await renderIn(lng, lng);

      expect(within(outcome(container, 'session_expired')).getByRole('button')).toHaveTextContent(bundle.actions.signIn);
      expect(within(outcome(container, 'network_error')).getByRole('button')).toHaveTextContent(bundle.actions.tryAgain);
      const summary = outcome(container, 'validation_failed');
      expect(within(summary).getByRole('heading')).toHaveTextContent(bundle.titles.field_errors);
      expect(within(summary).getByRole('link')).toHaveTextContent(bundle.fields.invalid);
    });

    it('should count down in the language, with its numbers', async () => {
      const { container } = await renderIn(lng, lng);
      const timer = within(outcome(container, 'account_locked')).getByRole('timer');
      const [before = '', after = ''] = bundle.countdown.retryIn.split('{{time}}');

      // 90 s: "1 minute 30 seconds" in the language, inside its "You can try again in …" sentence.
      expect(timer.textContent?.startsWith(before)).toBe(true);
      expect(timer.textContent?.endsWith(after)).toBe(true);
      expect(timer).toHaveTextContent(number(30));
    });

    it('should pluralise the attempts left with the language’s rules and numbers', async () => {
      const { container } = await renderIn(lng, lng);
      const category = new Intl.PluralRules(lng).select(3);
      const hints = bundle.hints as Record<string, string>;
      const template = hints[`attemptsRemaining_${category}`] ?? '';

      expect(template).not.toBe('');
      expect(outcome(container, 'invalid_credentials')).toHaveTextContent(template.replace('{{count, number}}', number(3)));
    });
  });

  describe.each(['en', ...OTHER_LANGUAGES])('%s with no attempts left', (lng) => {
    const bundle = lng === 'en' ? en : read(lng);
    const hints = bundle.hints as Record<string, string>;

    // Where CLDR gives the language a `zero` category of its own (Latvian: 0, 10–20, 30…), `_zero`
    // is that plural form and counts; elsewhere it is the optional wording for exactly 0.
    const cldrZero = new Intl.PluralRules(lng).resolvedOptions().pluralCategories.includes('zero');
    it(
      hints.attemptsRemaining_zero && !cldrZero
        ? 'should say so with its `_zero` form, not "0 attempts"'
        : 'should count 0 with the plural form Intl.PluralRules gives for 0',
      async () => {
        const { container } = render(
          <AuthErrorProvider lng={lng} revealAccountDetails>
            <AuthErrorBoundary error={{ code: 'invalid_credentials', details: { remaining_attempts: 0 } }} />
          </AuthErrorProvider>,
        );
        await waitFor(() => expect(outcome(container, 'invalid_credentials')).toHaveAttribute('lang', lng));
        const zero = cldrZero ? undefined : hints.attemptsRemaining_zero;
        const counted = (hints[`attemptsRemaining_${new Intl.PluralRules(lng).select(0)}`] ?? '').replace('{{count, number}}', new Intl.NumberFormat(lng).format(0));

        expect(outcome(container, 'invalid_credentials')).toHaveTextContent(zero ?? counted);
        if (zero) expect(outcome(container, 'invalid_credentials')).not.toHaveTextContent(/[0０]/);
      },
    );
  });

  // Every language but lv (where `zero` is a CLDR category that keeps the count) and uk and el (at
  // their 2 kB size budget).
  it.each(OTHER_LANGUAGES.filter((lng) => !['lv', 'uk', 'el'].includes(lng)))('should not tell a %s user they may try 0 more times', (lng) => {
    expect((read(lng).hints as Record<string, string>).attemptsRemaining_zero).toBeTruthy();
  });

  it.each(['ar', 'fa', 'he', 'ur'])('should lay %s out right to left and English left to right', async (lng) => {
    const { container } = await renderIn(lng, lng);
    expect(outcome(container, 'network_error')).toHaveAttribute('dir', 'rtl');

    const english = render(<SignInErrors lng="en" />);
    expect(outcome(english.container, 'network_error')).toHaveAttribute('dir', 'ltr');
  });

  it('should format numbers for the region asked for when the copy is in its language (ar-EG: Arabic-Indic digits)', async () => {
    const { container } = await renderIn('ar-EG', 'ar');
    const ar = read('ar');

    expect(outcome(container, 'account_locked')).toHaveTextContent(ar.codes.account_locked);
    expect(within(outcome(container, 'account_locked')).getByRole('timer')).toHaveTextContent('٣٠');
    expect(outcome(container, 'invalid_credentials')).toHaveTextContent('٣');
  });

  it.each([
    ['bn', '৩০', '৩'],
    ['fa', '۳۰', '۳'],
  ])('should write %s numbers in the language’s own digits (%s, %s)', async (lng, thirty, three) => {
    const { container } = await renderIn(lng, lng);

    expect(within(outcome(container, 'account_locked')).getByRole('timer')).toHaveTextContent(thirty);
    expect(outcome(container, 'invalid_credentials')).toHaveTextContent(three);
  });

  it('should write Urdu numbers as Intl does: Latin digits in ur, Eastern Arabic digits in ur-IN', async () => {
    const pk = await renderIn('ur', 'ur');
    expect(within(outcome(pk.container, 'account_locked')).getByRole('timer')).toHaveTextContent('30');
    pk.unmount();

    const { container } = await renderIn('ur-IN', 'ur');
    expect(within(outcome(container, 'account_locked')).getByRole('timer')).toHaveTextContent('۳۰');
    expect(outcome(container, 'invalid_credentials')).toHaveTextContent('۳ کوششیں باقی ہیں۔');
  });
});

describe('AuthErrorProvider: which language serves a request', () => {
  it.each([
    ['de-AT', 'de'],
    ['de-CH', 'de'],
    ['pt', 'pt-BR'],
    ['zh-HK', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['zh', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['nn', 'nb'],
    ['no', 'nb'],
    ['fr-CA', 'fr'],
    ['es-ES', 'es'],
    ['en-GB', 'en'],
  ])('should show %s in the %s bundle', async (requested, bundleLng) => {
    const { container } = await renderIn(requested, bundleLng);
    const expected = bundleLng === 'en' ? en : read(bundleLng);

    expect(outcome(container, 'network_error')).toHaveTextContent(expected.codes.network_error);
  });

  // Regional languages added with their bundles: each runs once locales/<lng>/ is there.
  describe.each([
    ['pt-PT', 'pt-PT'],
    ['pt-AO', 'pt-PT'],
    ['pt-MZ', 'pt-PT'],
    ['es-MX', 'es-419'],
    ['es-AR', 'es-419'],
    ['es-US', 'es-419'],
    ['sr-Latn', 'sr'],
    ['sr-ME', 'sr'],
    ['tl', 'fil'],
    ['ms-MY', 'ms'],
    ['ms-SG', 'ms'],
  ])('%s', (requested, bundleLng) => {
    it.skipIf(!OTHER_LANGUAGES.includes(bundleLng))(`should show it in the ${bundleLng} bundle`, async () => {
      const { container } = await renderIn(requested, bundleLng);

      expect(outcome(container, 'network_error')).toHaveTextContent(read(bundleLng).codes.network_error);
    });
  });

  it.each(['xx', '', 'not a language', '--', 'x-klingon', 'zz-ZZ'])('should show English for the unknown language %j', async (requested) => {
    const { container } = render(<SignInErrors lng={requested} />);

    expect(outcome(container, 'network_error')).toHaveAttribute('lang', 'en');
    expect(outcome(container, 'network_error')).toHaveTextContent(en.codes.network_error);
    expect(screen.getAllByRole('button', { name: en.actions.tryAgain })).toHaveLength(1);
  });

  it('should show English without a provider and with a provider given no language', () => {
    const bare = render(<AuthErrorBoundary error={{ code: 'network_error' }} />);
    expect(outcome(bare.container, 'network_error')).toHaveAttribute('lang', 'en');
    bare.unmount();

    const { container } = render(<SignInErrors lng={undefined} />);
    expect(outcome(container, 'network_error')).toHaveAttribute('lang', 'en');
    expect(outcome(container, 'network_error')).toHaveTextContent(en.codes.network_error);
  });
});
