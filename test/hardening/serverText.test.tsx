import { render, screen } from '@testing-library/react';
import { createInstance, type InitOptions } from 'i18next';
import { AuthErrorBoundary, AuthErrorProvider, loadAuthErrorsLocale } from '../../src';

// A field name is the server's text. Whatever the app's i18next instance is configured with, the
// kit puts it into its sentence as it is: never read as a key to look up, a placeholder, a format
// or markup to escape.

const SECRET = 'INTERNAL: admin console at https://admin.internal.example, token abc123';

/** Isolates around a value the server sent (FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE). */
const iso = (text: string) => `\u2068${text}\u2069`;

/** The app's instance, holding a string no user should see, also as a default variable. */
function appI18n(lng: string, options: InitOptions = {}) {
  const instance = createInstance({
    lng,
    fallbackLng: 'en',
    resources: { en: { translation: { secret: SECRET } }, de: { translation: { secret: SECRET } } },
    initAsync: false,
    ...options,
    interpolation: { defaultVariables: { secret: SECRET }, ...options.interpolation },
  });
  void instance.init();
  return instance;
}

const hint = () => screen.getByRole('alert').querySelector('.iae-hint')?.textContent;

/** Field names that would each pull `SECRET` in, or change, if i18next read them under some setting. */
const HOSTILE_NAMES = [
  '$t(translation:secret)',
  '$t(secret)',
  '$t(translation:secret, {"lng": "en"})',
  '$t(authErrors:codes.invalid_credentials)',
  '#(translation:secret)',
  '{{secret}}',
  '{{- secret}}',
  '{{secret, uppercase}}',
  '%{secret}',
  '[[secret]]',
  '{{fields, list}}',
  '<b>&amp;</b>',
  '$& $1 $` $\'',
] as const;

const SETTINGS: Record<string, InitOptions> = {
  'i18next’s defaults': {},
  'skipOnVariables: false': { interpolation: { skipOnVariables: false } },
  'escapeValue: false, skipOnVariables: false': { interpolation: { escapeValue: false, skipOnVariables: false } },
  'prefix %{ and suffix }, skipOnVariables: false': { interpolation: { prefix: '%{', suffix: '}', skipOnVariables: false } },
  'prefix [[ and suffix ]]': { interpolation: { prefix: '[[', suffix: ']]' } },
  'nestingPrefix #( and nestingSuffix ), skipOnVariables: false': { interpolation: { nestingPrefix: '#(', nestingSuffix: ')', skipOnVariables: false } },
  'unescapePrefix !': { interpolation: { unescapePrefix: '!' } },
  'alwaysFormat with a format function': {
    interpolation: { alwaysFormat: true, format: (value: unknown) => String(value).toUpperCase() } as NonNullable<InitOptions['interpolation']>,
  },
};

describe('AuthErrorBoundary: server text put into the kit’s copy', () => {
  beforeAll(async () => {
    await loadAuthErrorsLocale('de');
  });

  it('should not evaluate $t(…) in a field name, even with skipOnVariables: false', () => {
    const { container } = render(
      <AuthErrorProvider i18n={appI18n('en', { interpolation: { skipOnVariables: false } })}>
        <AuthErrorBoundary error={{ code: 'conflict', details: { fields: { '$t(translation:secret)': 'taken' } } }} />
      </AuthErrorProvider>,
    );

    expect(hint()).toBe(`Already in use: ${iso('$t(translation:secret)')}.`);
    expect(container.textContent).not.toContain('INTERNAL');
  });

  it('should not evaluate $t(…) in a field name in German either', () => {
    const { container } = render(
      <AuthErrorProvider i18n={appI18n('de', { interpolation: { skipOnVariables: false } })}>
        <AuthErrorBoundary error={{ code: 'conflict', details: { fields: { email: 'taken', '$t(translation:secret)': 'taken' } } }} />
      </AuthErrorProvider>,
    );

    expect(hint()).toBe(`Bereits verwendet: ${iso('email')} und ${iso('$t(translation:secret)')}.`);
    expect(container.textContent).not.toContain('INTERNAL');
  });

  describe.each(Object.entries(SETTINGS))('with %s', (_, options) => {
    it.each(HOSTILE_NAMES)('should name the field %j exactly as sent', (name) => {
      const { container } = render(
        <AuthErrorProvider i18n={appI18n('en', options)}>
          <AuthErrorBoundary error={{ code: 'conflict', details: { fields: { [name]: 'taken' } } }} />
        </AuthErrorProvider>,
      );

      expect(hint()).toBe(`Already in use: ${iso(name)}.`);
      expect(container.textContent).not.toContain('INTERNAL');
    });

    it('should name every hostile field at once, in order, in German', () => {
      const { container } = render(
        <AuthErrorProvider i18n={appI18n('de', options)}>
          <AuthErrorBoundary error={{ code: 'conflict', details: { fields: Object.fromEntries(HOSTILE_NAMES.map((name) => [name, 'taken'])) } }} />
        </AuthErrorProvider>,
      );

      const names = HOSTILE_NAMES.map(iso);
      expect(hint()).toBe(`Bereits verwendet: ${names.slice(0, -1).join(', ')} und ${names.at(-1)}.`);
      expect(container.textContent).not.toContain('INTERNAL');
    });
  });

  it('should put the app’s field labels in as they are, under a setting that would read them', () => {
    render(
      <AuthErrorProvider i18n={appI18n('en', { interpolation: { skipOnVariables: false } })}>
        <AuthErrorBoundary
          error={{ code: 'conflict', details: { fields: { email: 'taken' } } }}
          fieldLabels={{ email: 'Email $t(translation:secret) {{secret}}' }}
        />
      </AuthErrorProvider>,
    );

    expect(hint()).toBe('Already in use: Email $t(translation:secret) {{secret}}.');
  });
});
