type TextInfo = { direction?: string };

/**
 * The direction CLDR gives a language's script (`rtl` for Arabic, Hebrew, Persian, Urdu…), read
 * from `Intl.Locale` rather than from the kit, so a test can hold the kit to it.
 */
export function directionOf(lng: string): 'ltr' | 'rtl' {
  const locale = new Intl.Locale(lng) as Intl.Locale & { textInfo?: TextInfo; getTextInfo?: () => TextInfo };
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  return info?.direction === 'rtl' ? 'rtl' : 'ltr';
}
