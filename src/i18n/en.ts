import en from '../../locales/en/auth-errors.json';

/** The English bundle: the source of every key, and the last step of every fallback chain. */
export const enBundle = en;

/** The shape of a complete locale bundle, taken from the English one. */
export type AuthErrorsBundle = typeof en;
