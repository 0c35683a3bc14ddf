import { render } from '@testing-library/react';
import { createInstance, type i18n as I18n, type InitOptions, type Module } from 'i18next';
import { AUTH_ERRORS_NAMESPACE, AuthErrorBoundary, AuthErrorProvider, loadAuthErrorsLocale } from '../../src';
import de from '../../locales/de/auth-errors.json';
import en from '../../locales/en/auth-errors.json';

// The app's i18next instance is the app's: whatever it is configured with, the kit's copy must
// read the same. Each row is a setting that changes how i18next finds a key or builds a string.

/** Isolates around a value the server sent (FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE). */
const iso = (text: string) => `\u2068${text}\u2069`;

/** What the user reads, in English and German: plural forms, `{{count, number}}`, a duration, the list hint. */
const EXPECTED = {
  en: {
    singular: 'You can try again in 1 minute 1 second.',
    plural: 'You can try again in 2 minutes 5 seconds.',
    attempts: '1,000 attempts left.',
    attempt: '1 attempt left.',
    conflict: `Already in use: ${iso('email')} and ${iso('phone')}.`,
  },
  de: {
    singular: 'Sie können es in 1 Minute und 1 Sekunde erneut versuchen.',
    plural: 'Sie können es in 2 Minuten und 5 Sekunden erneut versuchen.',
    attempts: 'Noch 1.000 Versuche.',
    attempt: 'Noch 1 Versuch.',
    conflict: `Bereits verwendet: ${iso('email')} und ${iso('phone')}.`,
  },
} as const;

const BUNDLES = { en, de };

const shout: Module & { name: string; process: (value: string) => string } = {
  type: 'postProcessor',
  name: 'shout',
  process: (value: string) => value.toUpperCase(),
};

/** An ICU-style format plugin: it rewrites every string it is given, and the keys it looks up. */
const icuLike = {
  type: 'i18nFormat' as const,
  init() {},
  parse: (res: string) => `ICU(${res})`,
  addLookupKeys: (finalKeys: string[]) => finalKeys,
};

/** A formatter module of the app's own: every formatted value comes out as `FMT`. */
const appFormatter = {
  type: 'formatter' as const,
  init() {},
  format: () => 'FMT',
  add() {},
  addCached() {},
};

interface Row {
  /** The settings, merged into the app's init options. */
  options: InitOptions;
  /** Plugins the app uses. */
  use?: Module[];
  /** Done to the instance after init. */
  after?: (instance: I18n) => void;
}

const ROWS: Record<string, Row> = {
  'i18next’s defaults (escapeValue: true)': { options: {} },
  'escapeValue: false': { options: { interpolation: { escapeValue: false } } },
  'a custom escape function': { options: { interpolation: { escapeValue: true, escape: (text: string) => `[${text}]` } } },
  'prefix %{ and suffix }': { options: { interpolation: { prefix: '%{', suffix: '}' } } },
  'prefix [[ and suffix ]] with escapeValue: false': { options: { interpolation: { prefix: '[[', suffix: ']]', escapeValue: false } } },
  'formatSeparator |': { options: { interpolation: { formatSeparator: '|' } } },
  'unescapePrefix !': { options: { interpolation: { unescapePrefix: '!' } } },
  'unescapeSuffix !': { options: { interpolation: { unescapeSuffix: '!' } } },
  'nestingPrefix #( and nestingSuffix )': { options: { interpolation: { nestingPrefix: '#(', nestingSuffix: ')' } } },
  'nestingOptionsSeparator ;': { options: { interpolation: { nestingOptionsSeparator: ';' } } },
  'skipOnVariables: false': { options: { interpolation: { skipOnVariables: false } } },
  'maxReplaces: 1': { options: { interpolation: { maxReplaces: 1 } } },
  'alwaysFormat with a format function (untyped since i18next 24, still read)': {
    options: { interpolation: { alwaysFormat: true, format: (value: unknown) => `<${String(value)}>` } as NonNullable<InitOptions['interpolation']> },
  },
  'defaultVariables naming the kit’s placeholders': {
    options: { interpolation: { defaultVariables: { time: 'TIME', fields: 'FIELDS', count: 7, larger: 'L', smaller: 'S' } } },
  },
  'a missingInterpolationHandler': { options: { missingInterpolationHandler: () => 'MISSING' } },
  'a formatter module of the app’s own': { options: {}, use: [appFormatter as unknown as Module] },
  'a custom list and number format added to the built-in formatter': {
    options: {},
    after: (instance) => {
      instance.services.formatter?.add('list', () => 'LIST');
      instance.services.formatter?.add('number', () => 'NUMBER');
    },
  },
  'an i18nFormat plugin (ICU)': { options: {}, use: [icuLike as unknown as Module] },
  'keySeparator: false': { options: { keySeparator: false } },
  'keySeparator /': { options: { keySeparator: '/' } },
  'nsSeparator: false': { options: { nsSeparator: false } },
  'nsSeparator .': { options: { nsSeparator: '.' } },
  'pluralSeparator |': { options: { pluralSeparator: '|' } },
  'contextSeparator #': { options: { contextSeparator: '#' } },
  'returnNull: true': { options: { returnNull: true } },
  'returnEmptyString: false': { options: { returnEmptyString: false } },
  'returnObjects: true': { options: { returnObjects: true } },
  'returnDetails: true': { options: { returnDetails: true } },
  'joinArrays +': { options: { joinArrays: '+' } },
  'postProcess shout': { options: { postProcess: ['shout'] }, use: [shout] },
  'postProcess shout with postProcessPassResolved': { options: { postProcess: 'shout', postProcessPassResolved: true }, use: [shout] },
  'load: languageOnly': { options: { load: 'languageOnly' } },
  'load: currentOnly': { options: { load: 'currentOnly' } },
  'lowerCaseLng: true': { options: { lowerCaseLng: true } },
  'cleanCode: true': { options: { cleanCode: true } },
  'supportedLngs en, de': { options: { supportedLngs: ['en', 'de'] } },
  'supportedLngs with nonExplicitSupportedLngs': { options: { supportedLngs: ['en', 'de'], nonExplicitSupportedLngs: true } },
  'fallbackLng fr': { options: { fallbackLng: 'fr' } },
  'fallbackLng: false': { options: { fallbackLng: false } },
  'defaultNS and fallbackNS of the app': { options: { defaultNS: 'app', fallbackNS: 'translation', ns: ['app', 'translation'] } },
  'saveMissing with a missingKeyHandler': { options: { saveMissing: true, missingKeyHandler: () => {} } },
  'parseMissingKeyHandler': { options: { parseMissingKeyHandler: (key: string) => `MISSING ${key}` } },
  'appendNamespaceToMissingKey': { options: { appendNamespaceToMissingKey: true, parseMissingKeyHandler: (key: string) => key } },
  'ignoreJSONStructure: false': { options: { ignoreJSONStructure: false } },
  'overloadTranslationOptionHandler': { options: { overloadTranslationOptionHandler: () => ({ defaultValue: 'OVERLOADED' }) } },
  'every setting at once': {
    options: {
      keySeparator: false,
      nsSeparator: '.',
      pluralSeparator: '|',
      contextSeparator: '#',
      returnNull: true,
      returnEmptyString: false,
      returnObjects: true,
      postProcess: ['shout'],
      load: 'currentOnly',
      lowerCaseLng: true,
      fallbackLng: false,
      parseMissingKeyHandler: (key: string) => `MISSING ${key}`,
      ignoreJSONStructure: false,
      interpolation: { prefix: '%{', suffix: '}', nestingPrefix: '#(', nestingSuffix: ')', skipOnVariables: false, formatSeparator: '|', maxReplaces: 1 },
    },
    use: [shout],
  },
};

/** The app's instance in `lng`, with its own strings next to the kit's. */
function appI18n(lng: string, row: Row) {
  const instance = createInstance({
    lng,
    fallbackLng: 'en',
    resources: { en: { translation: { hello: 'Hello' } }, de: { translation: { hello: 'Hallo' } } },
    initAsync: false,
    ...row.options,
  });
  for (const module of row.use ?? []) instance.use(module);
  void instance.init();
  row.after?.(instance);
  return instance;
}

function Page({ i18n }: { i18n: I18n }) {
  return (
    <AuthErrorProvider i18n={i18n}>
      <AuthErrorBoundary error={{ code: 'account_locked', details: { retry_after_s: 61 } }} />
      <AuthErrorBoundary error={{ code: 'sms_rate_limited', details: { retry_after_s: 125 } }} />
      <AuthErrorBoundary error={{ code: 'invalid_credentials', details: { remaining_attempts: 1000 } }} revealAccountDetails />
      <AuthErrorBoundary error={{ code: 'invalid_credentials', details: { remaining_attempts: 1 } }} revealAccountDetails />
      <AuthErrorBoundary error={{ code: 'conflict', details: { fields: { email: 'taken', phone: 'taken' } } }} />
    </AuthErrorProvider>
  );
}

const roots = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('[data-auth-error-code]')).map((root) => ({
    lang: root.getAttribute('lang'),
    message: root.querySelector('.iae-message')?.textContent,
    hint: root.querySelector('.iae-hint')?.textContent,
    timer: root.querySelector('[role="timer"]')?.textContent,
  }));

describe('AuthErrorProvider with an app instance: the kit’s copy whatever the instance’s settings', () => {
  beforeAll(async () => {
    await loadAuthErrorsLocale('de');
  });

  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  describe.each(Object.entries(ROWS))('%s', (_, row) => {
    it.each(['en', 'de'] as const)('should show the kit’s %s copy: plural forms, numbers, durations and the list hint', (lng) => {
      const copy = EXPECTED[lng];
      const bundle = BUNDLES[lng];
      const { container } = render(<Page i18n={appI18n(lng, row)} />);

      expect(roots(container)).toEqual([
        { lang: lng, message: bundle.codes.account_locked, hint: undefined, timer: copy.singular },
        { lang: lng, message: bundle.codes.sms_rate_limited, hint: undefined, timer: copy.plural },
        { lang: lng, message: bundle.codes.invalid_credentials, hint: copy.attempts, timer: undefined },
        { lang: lng, message: bundle.codes.invalid_credentials, hint: copy.attempt, timer: undefined },
        { lang: lng, message: bundle.codes.conflict, hint: copy.conflict, timer: undefined },
      ]);
    });
  });

  it('should show the kit’s English copy, not keys, when the app shows keys (lng: cimode)', () => {
    const { container } = render(<Page i18n={appI18n('cimode', { options: {} })} />);

    expect(roots(container).map(({ lang, hint }) => ({ lang, hint }))).toEqual([
      { lang: 'en', hint: undefined },
      { lang: 'en', hint: undefined },
      { lang: 'en', hint: EXPECTED.en.attempts },
      { lang: 'en', hint: EXPECTED.en.attempt },
      { lang: 'en', hint: EXPECTED.en.conflict },
    ]);
  });

  it('should not report the kit’s lookups to the app’s missing-key handler', () => {
    const missingKeyHandler = vi.fn();
    render(<Page i18n={appI18n('de', { options: { saveMissing: true, missingKeyHandler } })} />);

    expect(missingKeyHandler).not.toHaveBeenCalled();
  });

  it('should still use the app’s own override of a kit string, even when its instance has no key separator', () => {
    const i18n = appI18n('de', { options: { keySeparator: false } });
    i18n.addResourceBundle('de', AUTH_ERRORS_NAMESPACE, { 'codes.invalid_credentials': 'Flach überschrieben.' }, true, true);
    const { container } = render(<Page i18n={i18n} />);

    expect(roots(container)[2]?.message).toBe('Flach überschrieben.');
  });
});
