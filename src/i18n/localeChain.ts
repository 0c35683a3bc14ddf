/**
 * The languages to look a string up in, most specific first, always ending in English:
 * `de-AT` → de-AT, de, en; `pt-PT` → pt-PT, pt, pt-BR, en; `zh-HK` → zh-HK, zh-TW, en;
 * `zh` → zh, zh-CN, en; `no` → no, nb, en. Junk gives `['en']`.
 */
export function localeChain(requested: unknown): string[] {
  let tag: string;
  try {
    [tag = 'en'] = Intl.getCanonicalLocales(typeof requested === 'string' ? requested.replace(/_/g, '-') : 'en');
  } catch {
    return ['en'];
  }
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag);
  } catch {
    return ['en'];
  }
  const { language, region, script } = locale;
  const chain = [tag];
  if (script && region) chain.push(`${language}-${region}`);
  if (language === 'zh') {
    const traditional = script === 'Hant' || (!script && (region === 'TW' || region === 'HK' || region === 'MO'));
    chain.push(traditional ? 'zh-TW' : 'zh-CN');
  } else {
    chain.push(language);
    if (language === 'pt') chain.push('pt-BR');
    if (language === 'no' || language === 'nn') chain.push('nb');
  }
  chain.push('en');
  return [...new Set(chain)];
}
