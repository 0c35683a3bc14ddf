import type en from '../../locales/en/auth-errors.json';
import { loadAuthErrorsLocale, type AuthErrorProviderProps, type AuthErrorsBundle, type AuthErrorsOverrides, type AuthErrorsResources } from '../../src';

type Resources = NonNullable<AuthErrorProviderProps['resources']>;

describe('AuthErrorProvider resources', () => {
  it('should be the AuthErrorsResources type', () => {
    expectTypeOf<Resources>().toEqualTypeOf<AuthErrorsResources>();
  });

  it('should accept any subset of the English keys, in any language', () => {
    expectTypeOf({
      en: { codes: { invalid_credentials: 'Wrong email or password.' } },
      de: { generic: 'Hoppla.', actions: { tryAgain: 'Nochmal' }, countdown: { retryIn: 'Noch {{time}}.' } },
      'pt-BR': {},
    }).toExtend<Resources>();
  });

  it('should accept every plural form of a counted phrase, not only English’s', () => {
    expectTypeOf({
      ru: { duration: { seconds_one: '{{count, number}} секунда', seconds_few: '{{count, number}} секунды', seconds_many: '{{count, number}} секунд' } },
      ar: { hints: { attemptsRemaining_zero: 'لا محاولات.', attemptsRemaining_two: 'محاولتان.' } },
    }).toExtend<Resources>();
  });

  it('should accept a `_zero` form of every counted phrase, in any language', () => {
    expectTypeOf({
      ja: { hints: { attemptsRemaining_zero: 'これ以上試行できません。' }, duration: { seconds_zero: '0秒' } },
      de: { delivery: { receiver_timeout_zero: 'Keine Antwort.', receiver_timeout_one: '{{count, number}} Sekunde', receiver_timeout_few: 'x' } },
    }).toExtend<Resources>();
  });

  it('should take receiver_timeout only in counted forms, which carry its number', () => {
    // @ts-expect-error: receiver_timeout is counted (`receiver_timeout_one`, `receiver_timeout_other`…)
    const plain: Resources = { en: { delivery: { receiver_timeout: 'No answer.' } } };
    expectTypeOf(plain).toBeObject();
  });

  it('should accept counted forms of the duration compound, which the kit counts by its smaller part', () => {
    expectTypeOf({ he: { duration: { compound: '{{larger}} ו-{{smaller}}', compound_one: '{{larger}} ו{{smaller}}' } } }).toExtend<Resources>();
  });

  it('should reject a key the kit doesn’t have', () => {
    // @ts-expect-error: `invalid_credential` is not a code
    const misspelt: Resources = { en: { codes: { invalid_credential: 'Wrong.' } } };
    // @ts-expect-error: no `errors` section
    const section: Resources = { en: { errors: { network_error: 'Offline.' } } };
    // @ts-expect-error: `seconds` is only counted (`seconds_one`, `seconds_other`…)
    const uncounted: Resources = { de: { duration: { seconds: 'Sekunden' } } };
    // @ts-expect-error: `generic` has no plural forms
    const notCounted: Resources = { de: { generic_other: 'Fehler' } };
    // @ts-expect-error: not a plural category
    const category: Resources = { pl: { duration: { seconds_several: 'sekund' } } };
    expectTypeOf([misspelt, section, uncounted, notCounted, category]).toBeArray();
  });

  it('should reject values that are not strings', () => {
    // @ts-expect-error: a number
    const number: Resources = { en: { generic: 42 } };
    // @ts-expect-error: a section given a string
    const flat: Resources = { en: { codes: 'Something went wrong.' } };
    // @ts-expect-error: a string given a section
    const nested: Resources = { en: { generic: { text: 'Oops.' } } };
    // @ts-expect-error: undefined is not a string (exactOptionalPropertyTypes)
    const missing: Resources = { en: { generic: undefined } };
    // @ts-expect-error: a function
    const fn: Resources = { en: { actions: { tryAgain: () => 'Again' } } };
    expectTypeOf([number, flat, nested, missing, fn]).toBeArray();
  });

  it('should take the bundle loadAuthErrorsLocale resolves with', () => {
    expectTypeOf(loadAuthErrorsLocale).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(loadAuthErrorsLocale).returns.resolves.toEqualTypeOf<AuthErrorsOverrides>();
    expectTypeOf<{ de: AuthErrorsOverrides }>().toExtend<Resources>();
  });
});

describe('AuthErrorsBundle', () => {
  it('should be exactly the shape of the English bundle (locales/en/auth-errors.json)', () => {
    expectTypeOf<typeof en>().toEqualTypeOf<AuthErrorsBundle>();
  });
});
