import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkLocale, flatten, placeholders } from '../../bin/check-locale.mjs';
import en from '../../locales/en/auth-errors.json';

const LOCALES_DIR = resolve(__dirname, '../../locales');
const LOCALES = readdirSync(LOCALES_DIR).sort();
const read = (lng: string): Record<string, unknown> => JSON.parse(readFileSync(resolve(LOCALES_DIR, lng, 'auth-errors.json'), 'utf8'));

/** The stems of the English bundle's counted phrases (`duration.hours`, `hints.attemptsRemaining`). */
const PLURAL_STEMS = [...flatten(en).keys()].filter((key) => key.endsWith('_other')).map((key) => key.slice(0, -'_other'.length));

describe('the shipped locales', () => {
  it('should include English, the 25 other languages of the issue and the languages added since', () => {
    expect(LOCALES).toEqual(
      ['ar', 'bn', 'cs', 'da', 'de', 'el', 'en', 'es', 'fa', 'fi', 'fr', 'he', 'hi', 'id', 'it', 'ja', 'ko', 'ms', 'nb', 'nl', 'pl', 'pt-BR', 'ru', 'sv', 'sw', 'ta', 'th', 'tr', 'uk', 'ur', 'vi', 'zh-CN', 'zh-TW'],
    );
  });

  it.each(LOCALES)('should find no problem in %s: same keys and placeholders as English, every plural form', (lng) => {
    expect(checkLocale(en, read(lng), lng)).toEqual([]);
  });

  it.each(LOCALES)('should have every plural form Intl.PluralRules gives %s, and no other', (lng) => {
    const keys = flatten(read(lng));
    const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
    for (const stem of PLURAL_STEMS) {
      const forms = [...keys.keys()].filter((key) => key.startsWith(`${stem}_`)).map((key) => key.slice(stem.length + 1));
      expect(forms.sort(), stem).toEqual([...categories].sort());
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

  it('should ask only for `other` in a language without plurals', () => {
    expect(checkLocale(base, { ...de, duration: { seconds_other: '{{count, number}}秒' } }, 'ja')).toEqual([]);
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
