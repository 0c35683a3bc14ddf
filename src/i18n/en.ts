import en from '../../locales/en/auth-errors.json';
import type { AuthErrorsBundle } from './AuthErrorsBundle';

/** The English bundle: the source of every key, and the last step of every fallback chain. */
export const enBundle: AuthErrorsBundle = en;
