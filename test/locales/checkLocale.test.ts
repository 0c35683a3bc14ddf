import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkGlossary, checkLocale, flatten, mixedScriptWords, placeholders } from '../../bin/check-locale.mjs';
import en from '../../locales/en/auth-errors.json';
import enGlossary from '../../locales/en/glossary.json';
import { localeLoaders } from '../../src/i18n/locales';
import { SHIPPED_LOCALES } from '../../src/i18n/shippedLocales';

const LOCALES_DIR = resolve(__dirname, '../../locales');
const LOCALES = readdirSync(LOCALES_DIR).sort();
const read = (lng: string, file = 'auth-errors.json'): Record<string, unknown> => JSON.parse(readFileSync(resolve(LOCALES_DIR, lng, file), 'utf8'));
const glossaryOf = (lng: string) => (existsSync(resolve(LOCALES_DIR, lng, 'glossary.json')) ? read(lng, 'glossary.json') : undefined);

/** The stems of the English bundle's counted phrases (`duration.hours`, `hints.attemptsRemaining`). */
const PLURAL_STEMS = [...flatten(en).keys()].filter((key) => key.endsWith('_other')).map((key) => key.slice(0, -'_other'.length));

describe('the shipped locales', () => {
  it('should include English and the 46 other shipped languages', () => {
    expect(LOCALES).toEqual([
      'ar', 'bg', 'bn', 'ca', 'cs', 'da', 'de', 'el', 'en', 'es', 'es-419', 'et', 'fa', 'fi', 'fil', 'fr',
      'he', 'hi', 'hr', 'hu', 'id', 'it', 'ja', 'ko', 'lt', 'lv', 'ms', 'nb', 'nl', 'pl', 'pt-BR', 'pt-PT',
      'ro', 'ru', 'sk', 'sl', 'sr', 'sv', 'sw', 'ta', 'th', 'tr', 'uk', 'ur', 'vi', 'zh-CN', 'zh-TW',
    ]);
  });

  it('should load every folder under locales/ but English on demand, and nothing else', () => {
    expect(Object.keys(localeLoaders).sort()).toEqual(LOCALES.filter((lng) => lng !== 'en'));
    expect([...SHIPPED_LOCALES].sort()).toEqual(LOCALES.filter((lng) => lng !== 'en'));
  });

  it.each(LOCALES)('should have a glossary for %s that names its register (how the copy addresses the user)', (lng) => {
    expect(glossaryOf(lng), `locales/${lng}/glossary.json`).toBeDefined();
    expect(glossaryOf(lng)?.register, `locales/${lng}/glossary.json "register"`).toEqual(expect.stringMatching(/\S/));
  });

  it.each(LOCALES)('should find %s saying each term the way its glossary does, where English says it and nowhere else', (lng) => {
    expect(checkGlossary(en, read(lng), lng, enGlossary, glossaryOf(lng))).toEqual([]);
  });

  it.each(LOCALES)('should find no problem in %s: same keys and placeholders as English, every plural form', (lng) => {
    expect(checkLocale(en, read(lng), lng)).toEqual([]);
  });

  it.each(LOCALES)('should have every plural form Intl.PluralRules gives %s, and no other but an optional `_zero`', (lng) => {
    const keys = flatten(read(lng));
    const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
    for (const stem of PLURAL_STEMS) {
      const forms = [...keys.keys()].filter((key) => key.startsWith(`${stem}_`)).map((key) => key.slice(stem.length + 1));
      const required = forms.filter((form) => form !== 'zero' || categories.includes('zero'));
      expect(required.sort(), stem).toEqual([...categories].sort());
    }
  });
});

describe(checkLocale, () => {
  const base = {
    generic: 'Something went wrong.',
    codes: { locked: 'Try again in {{time}}.', conflict: 'Already in use: {{fields, list}}.' },
    duration: { seconds_one: '{{count, number}} second', seconds_other: '{{count, number}} seconds' },
    a11y: { notifications: 'Notifications ({hotkey})' },
  };
  const de = {
    generic: 'Etwas ist schiefgelaufen.',
    codes: { locked: 'Versuchen Sie es in {{time}} erneut.', conflict: 'Bereits verwendet: {{fields, list}}.' },
    duration: { seconds_one: '{{count, number}} Sekunde', seconds_other: '{{count, number}} Sekunden' },
    a11y: { notifications: 'Benachrichtigungen ({hotkey})' },
  };

  it('should find nothing wrong with a complete bundle', () => {
    expect(checkLocale(base, de, 'de')).toEqual([]);
  });

  it('should report a missing key', () => {
    expect(checkLocale(base, { ...de, codes: { conflict: de.codes.conflict } }, 'de')).toEqual([
      { kind: 'missing', key: 'codes.locked', message: 'is missing' },
    ]);
  });

  it('should report a key English doesn’t have, and a section replaced by a string', () => {
    expect(checkLocale(base, { ...de, codes: { ...de.codes, lockd: 'Gesperrt.' }, extra: 'x' }, 'de')).toEqual([
      { kind: 'extra', key: 'codes.lockd', message: 'is not in the base bundle' },
      { kind: 'extra', key: 'extra', message: 'is not in the base bundle' },
    ]);
    expect(checkLocale(base, { ...de, a11y: 'Benachrichtigungen' }, 'de')).toEqual([
      { kind: 'missing', key: 'a11y.notifications', message: 'is missing' },
      { kind: 'extra', key: 'a11y', message: 'is not in the base bundle' },
    ]);
  });

  it.each([
    ['lacks', 'Versuchen Sie es später erneut.', 'lacks the placeholder {{time}}'],
    ['renames', 'Versuchen Sie es in {{zeit}} erneut.', 'lacks the placeholder {{time}}'],
    ['adds', 'Versuchen Sie es in {{time}} erneut, {{name}}.', 'has a placeholder the base does not: {{name}}'],
  ])('should report a string that %s a placeholder', (_, text, message) => {
    expect(checkLocale(base, { ...de, codes: { ...de.codes, locked: text } }, 'de')).toContainEqual({ kind: 'placeholder', key: 'codes.locked', message });
  });

  it('should report a placeholder whose format differs, but not its spacing', () => {
    const unformatted = { ...de, codes: { ...de.codes, conflict: 'Bereits verwendet: {{fields}}.' } };
    expect(checkLocale(base, unformatted, 'de')).toEqual([
      { kind: 'placeholder', key: 'codes.conflict', message: 'lacks the placeholder {{fields, list}}' },
      { kind: 'placeholder', key: 'codes.conflict', message: 'has a placeholder the base does not: {{fields}}' },
    ]);
    expect(checkLocale(base, { ...de, codes: { ...de.codes, conflict: 'Bereits verwendet: {{ fields,list }}.' } }, 'de')).toEqual([]);
  });

  it('should check single-brace placeholders too ({hotkey})', () => {
    expect(checkLocale(base, { ...de, a11y: { notifications: 'Benachrichtigungen' } }, 'de')).toEqual([
      { kind: 'placeholder', key: 'a11y.notifications', message: 'lacks the placeholder {{hotkey}}' },
    ]);
  });

  it('should report each plural form the language needs and lacks, naming its categories', () => {
    const ru = { ...de, duration: { seconds_one: '{{count, number}} секунда', seconds_other: '{{count, number}} секунды' } };
    expect(checkLocale(base, ru, 'ru')).toEqual([
      { kind: 'plural', key: 'duration.seconds_few', message: 'is missing (ru uses the plural categories few, many, one, other)' },
      { kind: 'plural', key: 'duration.seconds_many', message: 'is missing (ru uses the plural categories few, many, one, other)' },
    ]);
  });

  it('should report a plural form the language doesn’t have', () => {
    const withFew = { ...de, duration: { ...de.duration, seconds_few: '{{count, number}} Sekunden' } };
    expect(checkLocale(base, withFew, 'de')).toEqual([{ kind: 'extra', key: 'duration.seconds_few', message: 'de has no "few" plural category' }]);
  });

  it('should let a language count a phrase English doesn’t, with its own categories only', () => {
    const join = { ...base, duration: { ...base.duration, compound: '{{larger}} {{smaller}}' } };
    const he = { ...de, duration: { seconds_one: 'שנייה', seconds_two: 'שתי שניות', seconds_other: '{{count, number}} שניות' } };
    const heJoin = { ...he, duration: { ...he.duration, compound: '{{larger}} ו-{{smaller}}', compound_one: '{{larger}} ו{{smaller}}' } };
    expect(checkLocale(join, heJoin, 'he')).toEqual([]);
    expect(checkLocale(join, { ...heJoin, duration: { ...heJoin.duration, compound_few: '{{larger}} {{smaller}}' } }, 'he')).toEqual([
      { kind: 'extra', key: 'duration.compound_few', message: 'he has no "few" plural category' },
    ]);
    expect(checkLocale(join, { ...heJoin, duration: { ...heJoin.duration, compound_two: '{{larger}}' } }, 'he')).toEqual([
      { kind: 'placeholder', key: 'duration.compound_two', message: 'lacks the placeholder {{smaller}}' },
    ]);
    const { compound: _plain, ...withoutPlain } = heJoin.duration;
    expect(checkLocale(join, { ...heJoin, duration: withoutPlain }, 'he')).toEqual([{ kind: 'missing', key: 'duration.compound', message: 'is missing' }]);
  });

  it('should accept a `_zero` form in every language, and ask for it in none that lacks the category', () => {
    const withZero = { ...de, duration: { ...de.duration, seconds_zero: 'Keine Sekunden' } };
    expect(checkLocale(base, withZero, 'de')).toEqual([]);
    expect(checkLocale(base, { ...de, duration: { seconds_zero: '没有', seconds_other: '{{count, number}} 秒' } }, 'zh-CN')).toEqual([]);
    expect(checkLocale(base, { ...de, duration: { ...de.duration, seconds_zero: 'Keine {{counts}}' } }, 'de')).toEqual([
      { kind: 'placeholder', key: 'duration.seconds_zero', message: 'has a placeholder the base does not: {{counts}}' },
    ]);
  });

  it('should ask only for `other` in a language without plurals', () => {
    expect(checkLocale(base, { ...de, duration: { seconds_other: '{{count, number}}초' } }, 'ko')).toEqual([]);
  });

  it('should let the forms for one and two spell the number out, and no other form', () => {
    const he = { ...de, duration: { seconds_one: 'שנייה', seconds_two: 'שתי שניות', seconds_other: '{{count, number}} שניות' } };
    expect(checkLocale(base, he, 'he')).toEqual([]);
    const ru = { ...de, duration: { seconds_one: 'секунда', seconds_few: 'секунды', seconds_many: '{{count, number}} секунд', seconds_other: '{{count, number}} секунды' } };
    expect(checkLocale(base, ru, 'ru')).toEqual([{ kind: 'placeholder', key: 'duration.seconds_few', message: 'lacks the placeholder {{count, number}}' }]);
  });

  it('should report empty strings and values that are not strings', () => {
    expect(checkLocale(base, { ...de, generic: '  ', codes: { ...de.codes, locked: 42 } }, 'de')).toEqual([
      { kind: 'empty', key: 'generic', message: 'is empty' },
      { kind: 'invalid', key: 'codes.locked', message: 'is not a string' },
    ]);
    expect(checkLocale(base, { ...de, codes: { ...de.codes, locked: ['a'] } }, 'de')).toContainEqual({
      kind: 'invalid',
      key: 'codes.locked',
      message: 'is not a string',
    });
  });

  it.each([null, 'text', ['a'], 42])('should report a bundle that is not an object (%j)', (bundle) => {
    expect(checkLocale(base, bundle, 'de')).toEqual([{ kind: 'invalid', key: '', message: 'the bundle is not a JSON object' }]);
  });

  it('should report a language tag Intl cannot read, and still check the keys', () => {
    expect(checkLocale(base, { ...de, duration: {} }, 'not a tag!')).toEqual([
      { kind: 'invalid', key: '', message: '"not a tag!" is not a language tag Intl.PluralRules understands' },
      { kind: 'plural', key: 'duration.seconds_other', message: 'is missing' },
    ]);
  });

  it('should find the shipped English complete against itself', () => {
    expect(checkLocale(en, en, 'en')).toEqual([]);
  });

  describe('spacing between CJK and Latin letters or digits', () => {
    const cjkBase = { codes: { mfa: 'Set up MFA.', locked: 'Try again in {{time}}.', conflict: 'Already in use: {{fields, list}}.' }, duration: { seconds_other: '{{count, number}} seconds' } };
    const ja = { codes: { mfa: 'MFAの設定が必要です。', locked: '{{time}}後に再試行できます。', conflict: '{{fields, list}} は使用中です。' }, duration: { seconds_other: '{{count, number}}秒' } };
    const zh = { codes: { mfa: '您需要先设置 MFA。', locked: '请在 {{time}}后重试。', conflict: '以下信息已被使用：{{fields, list}}。' }, duration: { seconds_other: '{{count, number}} 秒' } };

    it('should report a space in Japanese, which writes none', () => {
      expect(checkLocale(cjkBase, ja, 'ja')).toEqual([]);
      expect(checkLocale(cjkBase, { ...ja, codes: { ...ja.codes, mfa: 'MFA の設定が必要です。' } }, 'ja')).toEqual([
        { kind: 'spacing', key: 'codes.mfa', message: 'has a space between Japanese and Latin letters or digits: "A の"' },
      ]);
    });

    it('should count a placeholder as what fills it: digits for a count, a number and a unit for a time', () => {
      expect(checkLocale(cjkBase, { ...ja, codes: { ...ja.codes, locked: '再試行は {{time}}後にできます。' } }, 'ja')).toEqual([
        { kind: 'spacing', key: 'codes.locked', message: 'has a space between Japanese and Latin letters or digits: "は 0"' },
      ]);
      expect(checkLocale(cjkBase, { ...ja, duration: { seconds_other: '{{count, number}} 秒' } }, 'ja')).toEqual([
        { kind: 'spacing', key: 'duration.seconds_other', message: 'has a space between Japanese and Latin letters or digits: "0 秒"' },
      ]);
    });

    it('should say nothing about the neighbours of a list, which could be anything', () => {
      expect(checkLocale(cjkBase, { ...ja, codes: { ...ja.codes, conflict: '{{fields, list}}は使用中です。' } }, 'ja')).toEqual([]);
    });

    it('should report a missing space in Chinese, which writes one on each side', () => {
      expect(checkLocale(cjkBase, zh, 'zh-CN')).toEqual([]);
      expect(checkLocale(cjkBase, { ...zh, codes: { ...zh.codes, locked: '请在{{time}}后重试。' } }, 'zh-TW')).toEqual([
        { kind: 'spacing', key: 'codes.locked', message: 'has no space between Chinese and Latin letters or digits: "在0"' },
      ]);
      expect(checkLocale(cjkBase, { ...zh, duration: { seconds_other: '{{count, number}}秒' } }, 'zh')).toEqual([
        { kind: 'spacing', key: 'duration.seconds_other', message: 'has no space between Chinese and Latin letters or digits: "0秒"' },
      ]);
    });

    it('should report a space next to full-width punctuation', () => {
      expect(checkLocale(cjkBase, { ...zh, codes: { ...zh.codes, mfa: '您需要先设置 MFA 。' } }, 'zh-CN')).toEqual([
        { kind: 'spacing', key: 'codes.mfa', message: 'has a space next to full-width punctuation: "A 。"' },
      ]);
    });

    it('should leave the spacing of other languages alone', () => {
      expect(checkLocale(cjkBase, { ...ja, codes: { ...ja.codes, mfa: 'MFA の 10秒' } }, 'id')).toEqual([]);
      expect(checkLocale(cjkBase, { ...zh, codes: { ...zh.codes, locked: '{{time}} 후에 다시 시도하세요.' } }, 'ko')).toEqual([]);
    });
  });

  describe('words mixing Latin letters with Cyrillic, Greek, Arabic or Hebrew ones', () => {
    const codeBase = { codes: { invalid: 'Code not accepted.', send: 'Sending the code failed.' }, hints: { single: 'Each backup code works once.' } };
    // Serbian as it shipped before: "кôд" with a Latin ô (U+00F4) inside a Cyrillic word.
    const srLatinO = { codes: { invalid: 'К\u00F4д није прихваћен.', send: 'Слање к\u00F4да није успело.' }, hints: { single: 'Сваки резервни к\u00F4д важи само једном.' } };
    const sr = { codes: { invalid: 'Код није прихваћен.', send: 'Слање кода није успело.' }, hints: { single: 'Сваки резервни код важи само једном.' } };

    it('should report a Cyrillic word with a Latin letter in it (Serbian "кôд"), and not the Cyrillic spelling', () => {
      expect(checkLocale(codeBase, srLatinO, 'sr')).toEqual([
        { kind: 'script', key: 'codes.invalid', message: 'has a word mixing Latin letters with Cyrillic ones: "Кôд"' },
        { kind: 'script', key: 'codes.send', message: 'has a word mixing Latin letters with Cyrillic ones: "кôда"' },
        { kind: 'script', key: 'hints.single', message: 'has a word mixing Latin letters with Cyrillic ones: "кôд"' },
      ]);
      expect(checkLocale(codeBase, sr, 'sr')).toEqual([]);
    });

    it('should report a Latin look-alike in a Greek, Arabic or Hebrew word, in any language', () => {
      expect(mixedScriptWords('Δοκιμ\u0061στε ξανά.')).toEqual([['Δοκιμaστε', 'Greek']]);
      expect(mixedScriptWords('كلمة المرور o\u063A')).toEqual([['oغ', 'Arabic']]);
      expect(mixedScriptWords('נס\u0075 שוב')).toEqual([['נסu', 'Hebrew']]);
      expect(checkLocale({ a: 'Try again.' }, { a: 'Попр\u006Fбуйте снова.' }, 'xx')).toEqual([
        { kind: 'script', key: 'a', message: 'has a word mixing Latin letters with Cyrillic ones: "Попрoбуйте"' },
      ]);
    });

    it('should leave Latin next to another script alone: acronyms, hyphenated words, codes, placeholders, combining accents', () => {
      expect(mixedScriptWords('Настройте MFA. Ошибка TLS-соединения (5xx). Осталось {{count, number}}\u00A0попыток.')).toEqual([]);
      expect(mixedScriptWords('احراز هویت چندعاملی (MFA) می\u200Cشود')).toEqual([]);
      expect(mixedScriptWords('Webhookの配信 кo\u0302д')).toEqual([['кo\u0302д', 'Cyrillic']]);
      expect(mixedScriptWords('ко\u0302д')).toEqual([]);
    });
  });
});

describe(checkGlossary, () => {
  const base = {
    codes: {
      locked: 'Too many attempts. Try again in {{time}}.',
      network: 'Connection issue. Try again.',
      expired: 'Your session has ended. Sign in to continue.',
      wrong: 'The email or password is incorrect.',
    },
    actions: { signIn: 'Sign in' },
    hints: { left_one: '{{count, number}} attempt left.', left_other: '{{count, number}} attempts left.' },
  };
  const baseGlossary = { terms: { signIn: ['sign in', 'sign-in'], password: ['password'], tryAgain: ['try again'] } };
  const fr = {
    codes: {
      locked: 'Trop de tentatives. Réessayez dans {{time}}.',
      network: 'Problème de réseau. Réessayez.',
      expired: 'Votre session a pris fin. Connectez-vous pour continuer.',
      wrong: 'L’adresse e-mail ou le mot de passe est incorrect.',
    },
    actions: { signIn: 'Se connecter' },
    hints: { left_one: 'Il reste {{count, number}} tentative.', left_many: 'Il reste {{count, number}} tentatives.', left_other: 'Il reste {{count, number}} tentatives.' },
  };
  const glossary = { terms: { signIn: ['connect', 'connexion'], password: ['mot de passe'], tryAgain: ['réessa'] } };

  it('should find nothing wrong where every term is the approved one', () => {
    expect(checkGlossary(base, fr, 'fr', baseGlossary, glossary)).toEqual([]);
  });

  it('should report a string that lacks a term the base uses, naming the approved forms', () => {
    const target = { ...fr, codes: { ...fr.codes, expired: 'Votre session a pris fin. Identifiez-vous pour continuer.' } };
    expect(checkGlossary(base, target, 'fr', baseGlossary, glossary)).toEqual([
      { kind: 'term', key: 'codes.expired', message: 'lacks the term signIn ("connect", "connexion"): the base says "sign in"' },
    ]);
  });

  it('should report a term the base does not use in that string (a network connection called a sign-in)', () => {
    const target = { ...fr, codes: { ...fr.codes, network: 'Problème de connexion. Réessayez.' } };
    expect(checkGlossary(base, target, 'fr', baseGlossary, glossary)).toEqual([
      { kind: 'term', key: 'codes.network', message: 'says "connexion" (signIn), a term the base does not use here' },
    ]);
  });

  it('should match forms case-insensitively, as the language lower-cases, and as substrings (stems)', () => {
    const tr = { ...fr, codes: { ...fr.codes, wrong: 'E-POSTA VEYA ŞİFRE YANLIŞ.' }, actions: { signIn: 'GİRİŞ YAP' } };
    const trGlossary = { terms: { ...glossary.terms, signIn: ['giriş', 'connect'], password: ['şifre'] } };
    expect(checkGlossary(base, tr, 'tr', baseGlossary, trGlossary)).toEqual([]);
  });

  it('should check each plural form against the base’s form for that count, or its `other`', () => {
    const target = { ...fr, hints: { ...fr.hints, left_many: 'Réessayez {{count, number}} fois.' } };
    expect(checkGlossary(base, target, 'fr', baseGlossary, glossary)).toEqual([
      { kind: 'term', key: 'hints.left_many', message: 'says "réessa" (tryAgain), a term the base does not use here' },
    ]);
  });

  it('should count a form inside a longer form of another term as that term only', () => {
    const da = { ...fr, codes: { ...fr.codes, wrong: 'E-mailadressen eller adgangskoden er forkert.' } };
    const daGlossary = { terms: { ...glossary.terms, password: ['adgangskode'], oneTimeCode: ['kode'] } };
    const withCode = { ...baseGlossary, terms: { ...baseGlossary.terms, oneTimeCode: ['code'] } };
    expect(checkGlossary(base, da, 'da', withCode, daGlossary)).toEqual([]);
    const code = { ...da, codes: { ...da.codes, wrong: 'Koden eller adgangskoden er forkert.' } };
    expect(checkGlossary(base, code, 'da', withCode, daGlossary)).toEqual([
      { kind: 'term', key: 'codes.wrong', message: 'says "kode" (oneTimeCode), a term the base does not use here' },
    ]);
  });

  it('should not read placeholders as words', () => {
    const withPlaceholder = { ...base, codes: { ...base.codes, expired: 'Your {{password}} session has ended. Sign in to continue.' } };
    const target = { ...fr, codes: { ...fr.codes, expired: 'Votre session {{password}} a pris fin. Connectez-vous pour continuer.' } };
    expect(checkGlossary(withPlaceholder, target, 'fr', baseGlossary, glossary)).toEqual([]);
  });

  it('should skip the terms a key’s exception names, and report an exception that is not needed', () => {
    const target = { ...fr, codes: { ...fr.codes, network: 'Problème de connexion. Réessayez.' } };
    expect(checkGlossary(base, target, 'fr', baseGlossary, { ...glossary, exceptions: { 'codes.network': ['signIn'] } })).toEqual([]);
    expect(checkGlossary(base, fr, 'fr', baseGlossary, { ...glossary, exceptions: { 'codes.network': ['signIn'] } })).toEqual([
      { kind: 'glossary', key: 'codes.network', message: 'has an exception for signIn that is not needed' },
    ]);
  });

  it('should report an exception for a key or a term that does not exist', () => {
    expect(checkGlossary(base, fr, 'fr', baseGlossary, { ...glossary, exceptions: { 'codes.nope': ['signIn'], 'codes.network': ['mfa'], 'codes.locked': [] } })).toEqual([
      { kind: 'glossary', key: 'codes.nope', message: 'has an exception but is not a key of the bundle' },
      { kind: 'glossary', key: 'codes.network', message: 'has an exception for an unknown term: "mfa"' },
      { kind: 'glossary', key: 'codes.locked', message: 'has an exception that is not a list of terms' },
    ]);
  });

  it('should report a glossary form with a word mixing scripts, which would ask every string for it', () => {
    const sr = { ...fr, codes: { ...fr.codes, wrong: 'Имејл адреса или лозинка нису тачни.' } };
    const srGlossary = { terms: { ...glossary.terms, password: ['лозинк', 'л\u00F4зинк'] } };
    expect(checkGlossary(base, sr, 'sr', baseGlossary, srGlossary)).toContainEqual({
      kind: 'glossary',
      key: '',
      message: 'the glossary\'s term "password" has a form with a word mixing Latin letters with Cyrillic ones: "лôзинк"',
    });
  });

  it('should report a term the glossary lacks, and one the base glossary does not have', () => {
    const { tryAgain: _, ...withoutTryAgain } = glossary.terms;
    expect(checkGlossary(base, fr, 'fr', baseGlossary, { terms: { ...withoutTryAgain, mfa: ['MFA'] } })).toEqual([
      { kind: 'glossary', key: '', message: 'the glossary lacks the term "tryAgain"' },
      { kind: 'glossary', key: '', message: 'the glossary has a term the base glossary does not: "mfa"' },
    ]);
  });

  it.each([null, {}, { terms: [] }, { terms: 'x' }])('should report a glossary without terms (%j), and check nothing else', (bad) => {
    expect(checkGlossary(base, fr, 'fr', baseGlossary, bad)).toEqual([{ kind: 'glossary', key: '', message: 'the fr glossary has no "terms" object' }]);
  });

  it.each([[''], [42], [['formal']]])('should report a register that is not a description (%j)', (register) => {
    expect(checkGlossary(base, fr, 'fr', baseGlossary, { ...glossary, register })).toEqual([
      { kind: 'glossary', key: '', message: 'the glossary\'s "register" is not a description of how the copy addresses the user ("formal (Sie)")' },
    ]);
    expect(checkGlossary(base, fr, 'fr', baseGlossary, { ...glossary, register: 'formal (vous)' })).toEqual([]);
  });

  it.each([[[]], [['']], ['mot de passe'], [[42]]])('should report a term whose forms are not a list of strings (%j)', (forms) => {
    expect(checkGlossary(base, fr, 'fr', baseGlossary, { terms: { ...glossary.terms, password: forms } })).toEqual([
      { kind: 'glossary', key: '', message: 'the fr glossary’s term "password" is not a list of forms (non-empty strings)'.replace('’', "'") },
    ]);
  });
});

describe(placeholders, () => {
  it('should normalise spacing and keep the format', () => {
    expect([...placeholders('{{ count,number }} of {{total}} ({hotkey}) {{ fields , list }}')]).toEqual([
      'count, number',
      'total',
      'hotkey',
      'fields, list',
    ]);
  });
});
