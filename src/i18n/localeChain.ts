// Spanish outside Spain (with Ceuta and Melilla, and the Canaries), Equatorial Guinea and the
// Philippines is the Spanish of the Americas: Latin America and the Caribbean (UN M49 419) and
// the United States, whose Spanish CLDR also counts as Latin American (es-US's parent is es-419).
const NOT_LATIN_AMERICA = /^(ES|EA|IC|GQ|PH)$/;

/**
 * The languages to look a string up in, most specific first, always ending in English:
 * `de-AT` → de-AT, de, en; `es-MX` → es-MX, es-419, es, en; `pt-AO` → pt-AO, pt-PT, pt, pt-BR, en
 * (Portuguese outside Brazil is European; `pt` alone is Brazilian); `zh-HK` → zh-HK, zh-TW, en;
 * `zh` → zh, zh-CN, en; `no` → no, nb, en; `sr-Latn` → sr-Latn, sr, en (Serbian is shipped in
 * Cyrillic, which Serbian readers also read); `tl` → fil, en. Junk gives `['en']`.
 */
export function localeChain(requested: unknown): string[] {
  let locale: Intl.Locale;
  try {
    // Canonical, as Intl.getCanonicalLocales gives it (`DE_at` → de-AT, `tl` → fil); throws for junk.
    locale = new Intl.Locale(typeof requested === 'string' ? requested.replace(/_/g, '-') : '');
  } catch {
    return ['en'];
  }
  const { language, region, script } = locale;
  const chain = [locale.toString()];
  if (script && region) chain.push(`${language}-${region}`);
  if (language === 'zh') {
    const traditional = script === 'Hant' || (!script && (region === 'TW' || region === 'HK' || region === 'MO'));
    chain.push(traditional ? 'zh-TW' : 'zh-CN');
  } else {
    if (language === 'es' && region && !NOT_LATIN_AMERICA.test(region)) chain.push('es-419');
    if (language === 'pt' && region && region !== 'BR') chain.push('pt-PT');
    chain.push(language);
    if (language === 'pt') chain.push('pt-BR');
    if (language === 'no' || language === 'nn') chain.push('nb');
  }
  chain.push('en');
  return [...new Set(chain)];
}
