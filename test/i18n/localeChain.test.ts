import { localeChain } from '../../src/i18n/localeChain';

describe(localeChain, () => {
  it.each([
    ['en', ['en']],
    ['en-US', ['en-US', 'en']],
    ['de', ['de', 'en']],
    ['de-AT', ['de-AT', 'de', 'en']],
    ['fr-CA', ['fr-CA', 'fr', 'en']],
    ['pt', ['pt', 'pt-BR', 'en']],
    ['pt-PT', ['pt-PT', 'pt', 'pt-BR', 'en']],
    ['pt-BR', ['pt-BR', 'pt', 'en']],
    ['zh', ['zh', 'zh-CN', 'en']],
    ['zh-CN', ['zh-CN', 'en']],
    ['zh-SG', ['zh-SG', 'zh-CN', 'en']],
    ['zh-TW', ['zh-TW', 'en']],
    ['zh-HK', ['zh-HK', 'zh-TW', 'en']],
    ['zh-MO', ['zh-MO', 'zh-TW', 'en']],
    ['zh-Hant', ['zh-Hant', 'zh-TW', 'en']],
    ['zh-Hans', ['zh-Hans', 'zh-CN', 'en']],
    ['zh-Hant-HK', ['zh-Hant-HK', 'zh-HK', 'zh-TW', 'en']],
    ['sr-Latn-RS', ['sr-Latn-RS', 'sr-RS', 'sr', 'en']],
    ['no', ['no', 'nb', 'en']],
    ['nn', ['nn', 'nb', 'en']],
  ])('should look %s up in %j', (requested, chain) => {
    expect(localeChain(requested)).toEqual(chain);
  });

  it.each([
    ['de_AT', ['de-AT', 'de', 'en']],
    ['DE-at', ['de-AT', 'de', 'en']],
    ['ZH-hk', ['zh-HK', 'zh-TW', 'en']],
  ])('should canonicalise %s', (requested, chain) => {
    expect(localeChain(requested)).toEqual(chain);
  });

  it.each([undefined, null, '', '   ', 'not a locale', '--', 'x', 42, {}, ['de'], Symbol('de')])(
    'should fall back to English for %s',
    (requested) => {
      expect(localeChain(requested)).toEqual(['en']);
    },
  );

  it('should always end in English, once', () => {
    for (const requested of ['en-GB', 'de', 'zh-HK', 'pt-PT', 'ar-EG']) {
      const chain = localeChain(requested);
      expect(chain.at(-1)).toBe('en');
      expect(chain.filter((code) => code === 'en')).toHaveLength(1);
    }
  });
});
