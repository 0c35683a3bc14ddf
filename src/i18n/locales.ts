import type { AuthErrorsOverrides } from './AuthErrorsResources';

/** A language's bundle: every key of the English one, with that language's plural forms. */
type Loader = () => Promise<{ default: AuthErrorsOverrides }>;

/**
 * Every language the kit ships besides English, each loaded on demand as its own chunk
 * (and published as `@intelliauth/react-auth-errors/locales/<lng>`).
 */
export const localeLoaders: Readonly<Record<string, Loader>> = {
  ar: () => import('../../locales/ar/auth-errors.json'),
  bg: () => import('../../locales/bg/auth-errors.json'),
  bn: () => import('../../locales/bn/auth-errors.json'),
  ca: () => import('../../locales/ca/auth-errors.json'),
  cs: () => import('../../locales/cs/auth-errors.json'),
  da: () => import('../../locales/da/auth-errors.json'),
  de: () => import('../../locales/de/auth-errors.json'),
  el: () => import('../../locales/el/auth-errors.json'),
  es: () => import('../../locales/es/auth-errors.json'),
  'es-419': () => import('../../locales/es-419/auth-errors.json'),
  et: () => import('../../locales/et/auth-errors.json'),
  fa: () => import('../../locales/fa/auth-errors.json'),
  fi: () => import('../../locales/fi/auth-errors.json'),
  fil: () => import('../../locales/fil/auth-errors.json'),
  fr: () => import('../../locales/fr/auth-errors.json'),
  he: () => import('../../locales/he/auth-errors.json'),
  hi: () => import('../../locales/hi/auth-errors.json'),
  hr: () => import('../../locales/hr/auth-errors.json'),
  hu: () => import('../../locales/hu/auth-errors.json'),
  id: () => import('../../locales/id/auth-errors.json'),
  it: () => import('../../locales/it/auth-errors.json'),
  ja: () => import('../../locales/ja/auth-errors.json'),
  ko: () => import('../../locales/ko/auth-errors.json'),
  lt: () => import('../../locales/lt/auth-errors.json'),
  lv: () => import('../../locales/lv/auth-errors.json'),
  ms: () => import('../../locales/ms/auth-errors.json'),
  nb: () => import('../../locales/nb/auth-errors.json'),
  nl: () => import('../../locales/nl/auth-errors.json'),
  pl: () => import('../../locales/pl/auth-errors.json'),
  'pt-BR': () => import('../../locales/pt-BR/auth-errors.json'),
  'pt-PT': () => import('../../locales/pt-PT/auth-errors.json'),
  ro: () => import('../../locales/ro/auth-errors.json'),
  ru: () => import('../../locales/ru/auth-errors.json'),
  sk: () => import('../../locales/sk/auth-errors.json'),
  sl: () => import('../../locales/sl/auth-errors.json'),
  sr: () => import('../../locales/sr/auth-errors.json'),
  sv: () => import('../../locales/sv/auth-errors.json'),
  sw: () => import('../../locales/sw/auth-errors.json'),
  ta: () => import('../../locales/ta/auth-errors.json'),
  th: () => import('../../locales/th/auth-errors.json'),
  tr: () => import('../../locales/tr/auth-errors.json'),
  uk: () => import('../../locales/uk/auth-errors.json'),
  ur: () => import('../../locales/ur/auth-errors.json'),
  vi: () => import('../../locales/vi/auth-errors.json'),
  'zh-CN': () => import('../../locales/zh-CN/auth-errors.json'),
  'zh-TW': () => import('../../locales/zh-TW/auth-errors.json'),
};
