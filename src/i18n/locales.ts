import type { AuthErrorsBundle } from './en';

type Loader = () => Promise<{ default: AuthErrorsBundle }>;

/**
 * Every language the kit ships besides English, each loaded on demand as its own chunk
 * (and published as `@intelliauth/react-auth-errors/locales/<lng>`).
 */
export const localeLoaders: Readonly<Record<string, Loader>> = {};

/** The languages the kit ships, English included. */
export const SHIPPED_LOCALES: readonly string[] = ['en', ...Object.keys(localeLoaders)];
