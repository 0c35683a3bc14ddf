import type { AuthErrorsOverrides } from './AuthErrorsResources';
import { localeChain } from './localeChain';
import { localeLoaders } from './locales';

// Shared by every i18next instance: each language's module is fetched once per page.
const loaded = new Map<string, AuthErrorsOverrides>();
const pending = new Map<string, Promise<AuthErrorsOverrides>>();
const failed = new Set<string>();

const ships = (code: string) => code === 'en' || Object.prototype.hasOwnProperty.call(localeLoaders, code);

/** The shipped language that serves `requested`: the first of its fallback chain the kit ships (`en` at worst). */
export function shippedLocaleFor(requested: unknown): string {
  return localeChain(requested).find(ships) ?? 'en';
}

/** The bundle of a shipped language other than English once it has loaded, synchronously. */
export function loadedBundle(lng: string): AuthErrorsOverrides | undefined {
  return loaded.get(lng);
}

/** Whether the last attempt to load `lng` failed (its chunk could not be fetched). */
export function failedToLoad(lng: string): boolean {
  return failed.has(lng);
}

/**
 * Loads the bundle of a shipped language other than English, once. Rejects when its chunk
 * cannot be fetched; the next call tries again.
 */
export function loadBundle(lng: string): Promise<AuthErrorsOverrides> {
  const done = loaded.get(lng);
  if (done) return Promise.resolve(done);
  let load = pending.get(lng);
  if (!load) {
    const loader = Object.prototype.hasOwnProperty.call(localeLoaders, lng) ? localeLoaders[lng] : undefined;
    if (!loader) return Promise.reject(new Error(`@intelliauth/react-auth-errors ships no "${lng}" bundle.`));
    load = loader().then(
      (module) => {
        loaded.set(lng, module.default);
        failed.delete(lng);
        pending.delete(lng);
        return module.default;
      },
      (error: unknown) => {
        failed.add(lng);
        pending.delete(lng);
        throw error;
      },
    );
    pending.set(lng, load);
  }
  return load;
}
