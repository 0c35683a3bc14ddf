import { createInstance, type InitOptions } from 'i18next';
import { AUTH_ERRORS_NAMESPACE } from '../../src';
import { createKitI18n } from '../../src/i18n/createKitI18n';
import { createTranslator } from '../../src/i18n/createTranslator';
import { enBundle } from '../../src/i18n/en';

const GENERIC = 'Something went wrong. Try again shortly.';

/** An app's own i18next instance, holding whatever bundles the test gives it. */
function appI18n(resources: Record<string, object>, options: InitOptions = {}) {
  const instance = createInstance({
    lng: 'en',
    fallbackLng: 'en',
    resources: Object.fromEntries(Object.entries(resources).map(([lng, bundle]) => [lng, { [AUTH_ERRORS_NAMESPACE]: bundle }])),
    initAsync: false,
    ...options,
  });
  void instance.init();
  return instance;
}

describe(createTranslator, () => {
  describe('English', () => {
    const { t } = createTranslator(createKitI18n());

    it('should give the platform’s copy for a code', () => {
      expect(t('codes.invalid_credentials')).toBe('The email or password is incorrect.');
    });

    it.each([
      [0, '0 seconds'],
      [1, '1 second'],
      [2, '2 seconds'],
      [1000, '1,000 seconds'],
      [1_234_567, '1,234,567 seconds'],
    ])('should pluralise and format the count %i as "%s"', (count, text) => {
      expect(t('duration.seconds', { count })).toBe(text);
    });

    it.each([
      ['duration.minutes', 1, '1 minute'],
      ['duration.hours', 3, '3 hours'],
      ['hints.attemptsRemaining', 1, '1 attempt left.'],
      ['hints.attemptsRemaining', 2, '2 attempts left.'],
    ])('should pluralise %s with count %i', (key, count, text) => {
      expect(t(key, { count })).toBe(text);
    });

    it('should interpolate values', () => {
      expect(t('countdown.retryIn', { time: '5 minutes' })).toBe('You can try again in 5 minutes.');
    });

    it('should format a list', () => {
      expect(t('hints.conflictFields', { fields: ['email', 'username'] })).toBe('Already in use: email and username.');
    });

    it('should not HTML-escape values (React escapes text itself)', () => {
      expect(t('countdown.retryIn', { time: '<b>5</b> & more' })).toBe('You can try again in <b>5</b> & more.');
    });

    it.each(['codes.no_such_code', 'nope', '', 'codes.__proto__', 'codes.toString', 'duration.seconds'])(
      'should give the generic message, never the raw key, for the missing key "%s"',
      (key) => {
        expect(t(key)).toBe(GENERIC);
      },
    );

    it.each(['codes', 'actions', 'duration'])('should give the generic message for "%s", a section rather than a string', (key) => {
      expect(t(key)).toBe(GENERIC);
    });

    it('should read English, left to right', () => {
      const translator = createTranslator(createKitI18n());

      expect(translator.lng).toBe('en');
      expect(translator.dir).toBe('ltr');
    });
  });

  describe('fallback', () => {
    const de = { generic: 'Etwas ist schiefgelaufen.', codes: { network_error: 'Verbindungsproblem.', server_error: '' } };

    it('should use the most specific language that has a bundle', () => {
      const translator = createTranslator(appI18n({ en: enBundle, de }), 'de-AT');

      expect(translator.lng).toBe('de');
      expect(translator.t('codes.network_error')).toBe('Verbindungsproblem.');
    });

    it('should fall back to English for a key the language lacks', () => {
      const { t } = createTranslator(appI18n({ en: enBundle, de }), 'de');

      expect(t('codes.invalid_credentials')).toBe('The email or password is incorrect.');
    });

    it('should fall back to English for an empty override', () => {
      const { t } = createTranslator(appI18n({ en: enBundle, de }), 'de');

      expect(t('codes.server_error')).toBe('Something went wrong on our side. Try again shortly.');
    });

    it('should give the language’s generic message for a key nobody has', () => {
      const { t } = createTranslator(appI18n({ en: enBundle, de }), 'de');

      expect(t('codes.no_such_code')).not.toBe('codes.no_such_code');
    });

    it('should use English when no bundle serves the language', () => {
      const translator = createTranslator(appI18n({ en: enBundle }), 'ja');

      expect(translator.lng).toBe('en');
      expect(translator.t('codes.network_error')).toBe('Connection issue. Check your internet and try again.');
    });

    it('should read the instance’s language when none is requested', () => {
      const translator = createTranslator(appI18n({ en: enBundle, de }, { lng: 'de' }));

      expect(translator.lng).toBe('de');
    });

    it('should say a right-to-left language is right to left', () => {
      expect(createTranslator(appI18n({ en: enBundle, ar: { generic: 'حدث خطأ ما.' } }), 'ar').dir).toBe('rtl');
    });
  });

  describe('an app instance without the kit’s bundle', () => {
    const { t, lng } = createTranslator(appI18n({ en: { translation: { hello: 'Hello' } } }));

    it('should still give the English copy', () => {
      expect(lng).toBe('en');
      expect(t('codes.account_disabled')).toBe('This account has been disabled. Contact your administrator.');
    });

    it('should still pluralise, format numbers and interpolate in English', () => {
      expect(t('duration.seconds', { count: 1 })).toBe('1 second');
      expect(t('duration.seconds', { count: 1500 })).toBe('1,500 seconds');
      expect(t('countdown.retryIn', { time: '2 minutes' })).toBe('You can try again in 2 minutes.');
      expect(t('hints.conflictFields', { fields: ['email', 'phone'] })).toBe('Already in use: email and phone.');
    });

    it('should give the generic message for a missing key', () => {
      expect(t('codes.nope')).toBe(GENERIC);
    });
  });

  it('should not let the app’s missing-key handler put a raw key on screen', () => {
    const i18n = appI18n({ en: enBundle }, { parseMissingKeyHandler: (key: string) => `MISSING ${key}` });

    expect(createTranslator(i18n).t('codes.nope')).toBe(GENERIC);
  });

  it('should not report the kit’s lookups as missing keys to the app', () => {
    const missingKeyHandler = vi.fn();
    const i18n = appI18n({ en: enBundle }, { saveMissing: true, missingKeyHandler });
    createTranslator(i18n).t('codes.nope');

    expect(missingKeyHandler).not.toHaveBeenCalled();
  });

  it('should fall back to English when the instance throws', () => {
    const i18n = appI18n({ en: enBundle });
    vi.spyOn(i18n, 't').mockImplementation(() => {
      throw new Error('broken');
    });

    expect(createTranslator(i18n).t('codes.conflict')).toBe('That resource already exists.');
  });
});
