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

  describe('Portuguese: European outside Brazil, Brazilian for Brazil and for `pt` alone', () => {
    it.each([
      ['pt-PT', ['pt-PT', 'pt', 'pt-BR', 'en']],
      ['pt-AO', ['pt-AO', 'pt-PT', 'pt', 'pt-BR', 'en']],
      ['pt-MZ', ['pt-MZ', 'pt-PT', 'pt', 'pt-BR', 'en']],
      ['pt-CV', ['pt-CV', 'pt-PT', 'pt', 'pt-BR', 'en']],
      ['pt-GW', ['pt-GW', 'pt-PT', 'pt', 'pt-BR', 'en']],
      ['pt-TL', ['pt-TL', 'pt-PT', 'pt', 'pt-BR', 'en']],
      ['pt-MO', ['pt-MO', 'pt-PT', 'pt', 'pt-BR', 'en']],
      ['pt-CH', ['pt-CH', 'pt-PT', 'pt', 'pt-BR', 'en']],
      ['pt', ['pt', 'pt-BR', 'en']],
      ['pt-BR', ['pt-BR', 'pt', 'en']],
      ['pt-Latn-BR', ['pt-Latn-BR', 'pt-BR', 'pt', 'en']],
    ])('should look %s up in %j', (requested, chain) => {
      expect(localeChain(requested)).toEqual(chain);
    });
  });

  describe('Spanish: Latin American (UN M49 region 419, and the United States) through es-419', () => {
    // UN M49 419: Latin America and the Caribbean, its three sub-regions and every country in them.
    const M49_419 = [
      ...['005', '013', '029'],
      ...['AR', 'BO', 'BV', 'BR', 'CL', 'CO', 'EC', 'FK', 'GF', 'GY', 'PY', 'PE', 'GS', 'SR', 'UY', 'VE'],
      ...['BZ', 'CR', 'SV', 'GT', 'HN', 'MX', 'NI', 'PA'],
      ...['AI', 'AG', 'AW', 'BS', 'BB', 'BQ', 'VG', 'KY', 'CU', 'CW', 'DM', 'DO', 'GD', 'GP', 'HT', 'JM', 'MQ', 'MS', 'PR', 'BL', 'KN', 'LC', 'MF', 'VC', 'SX', 'TT', 'TC', 'VI'],
    ];

    it.each([...M49_419, 'US'])('should look es-%s up in es-419 before es', (region) => {
      expect(localeChain(`es-${region}`)).toEqual([`es-${region}`, 'es-419', 'es', 'en']);
    });

    it.each([
      ['es-419', ['es-419', 'es', 'en']],
      ['es', ['es', 'en']],
      ['es-ES', ['es-ES', 'es', 'en']],
      ['es-GQ', ['es-GQ', 'es', 'en']],
      ['es-PH', ['es-PH', 'es', 'en']],
      ['es-EA', ['es-EA', 'es', 'en']],
      ['es-Latn-MX', ['es-Latn-MX', 'es-MX', 'es-419', 'es', 'en']],
      ['es_MX', ['es-MX', 'es-419', 'es', 'en']],
    ])('should look %s up in %j', (requested, chain) => {
      expect(localeChain(requested)).toEqual(chain);
    });
  });

  describe('Serbian, Filipino, Malay, Norwegian', () => {
    it.each([
      ['sr', ['sr', 'en']],
      ['sr-RS', ['sr-RS', 'sr', 'en']],
      ['sr-Cyrl', ['sr-Cyrl', 'sr', 'en']],
      ['sr-Latn', ['sr-Latn', 'sr', 'en']],
      ['sh', ['sr-Latn', 'sr', 'en']],
      ['sr-ME', ['sr-ME', 'sr', 'en']],
      ['hr', ['hr', 'en']],
      ['bs', ['bs', 'en']],
      ['fil', ['fil', 'en']],
      ['fil-PH', ['fil-PH', 'fil', 'en']],
      ['tl', ['fil', 'en']],
      ['tl-PH', ['fil-PH', 'fil', 'en']],
      ['ms', ['ms', 'en']],
      ['ms-MY', ['ms-MY', 'ms', 'en']],
      ['ms-SG', ['ms-SG', 'ms', 'en']],
      ['ms-BN', ['ms-BN', 'ms', 'en']],
      ['zsm', ['ms', 'en']],
      ['nb-NO', ['nb-NO', 'nb', 'en']],
      ['nn-NO', ['nn-NO', 'nn', 'nb', 'en']],
      ['no-NO', ['no-NO', 'no', 'nb', 'en']],
    ])('should look %s up in %j', (requested, chain) => {
      expect(localeChain(requested)).toEqual(chain);
    });
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
