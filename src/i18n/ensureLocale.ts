import type { i18n as I18n } from 'i18next';
import { AUTH_ERRORS_NAMESPACE } from './AUTH_ERRORS_NAMESPACE';
import { enBundle } from './en';
import { localeChain } from './localeChain';
import { failedToLoad, loadBundle, loadedBundle, shippedLocaleFor } from './shippedBundles';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function paths(node: object, prefix: string[] = []): string[][] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? paths(value as object, [...prefix, key]) : [[...prefix, key]],
  );
}

/** What a complete bundle has: every English key, and for a counted phrase its `_other` form (every language has one). */
const REQUIRED: readonly string[][] = [
  ...new Map(
    paths(enBundle).map((path) => {
      const last = (path.at(-1) as string).replace(PLURAL, '_other');
      const required = [...path.slice(0, -1), last];
      return [required.join('.'), required] as const;
    }),
  ).values(),
];

function read(node: unknown, path: readonly string[]): unknown {
  for (const part of path) {
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

const bundleOf = (i18n: I18n, lng: string): unknown => (i18n.store ? i18n.getResourceBundle(lng, AUTH_ERRORS_NAMESPACE) : undefined);

/** Whether `i18n` holds a string for every key of the kit in `lng` (shipped, the app's own, or given as `resources`). */
function isComplete(i18n: I18n, lng: string): boolean {
  const bundle = bundleOf(i18n, lng);
  return bundle !== undefined && REQUIRED.every((path) => typeof read(bundle, path) === 'string');
}

// The namespace object each instance held right after the kit merged a language into it. A
// different object means the app removed or replaced the bundle since: merge again.
const merged = new WeakMap<I18n, Map<string, unknown>>();

/**
 * Adds a shipped bundle under the kit's namespace without overwriting what is already there
 * (the app's strings and `resources` overrides win), once per namespace object.
 */
function mergeShipped(i18n: I18n, lng: string, bundle: object, silent: boolean): void {
  const done = merged.get(i18n) ?? new Map<string, unknown>();
  merged.set(i18n, done);
  const current = bundleOf(i18n, lng);
  if (current !== undefined && done.get(lng) === current) return;
  i18n.addResourceBundle(lng, AUTH_ERRORS_NAMESPACE, bundle, true, false, { silent });
  done.set(lng, bundleOf(i18n, lng));
}

/**
 * Whether the copy for `requested` can be shown now: there is nothing to load (English, a
 * language the kit doesn't ship), its bundle has loaded (and {@link addLoadedLocale} merged it),
 * its load failed (English stands in), or `i18n` already has a complete bundle for it.
 */
function isLocaleReady(i18n: I18n, requested: unknown): boolean {
  const target = shippedLocaleFor(requested);
  if (target === 'en' || loadedBundle(target) || failedToLoad(target)) return true;
  const chain = localeChain(requested);
  return chain.slice(0, chain.indexOf(target) + 1).some((code) => isComplete(i18n, code));
}

/**
 * Synchronously puts the kit's English bundle into `i18n`, and the shipped bundle that serves
 * `requested` when it has already loaded, under what is already there. `silent` adds without
 * telling the instance's listeners (for use while rendering). Returns {@link isLocaleReady}.
 */
export function addLoadedLocale(i18n: I18n, requested: unknown, silent: boolean): boolean {
  if (!i18n.store) return true;
  mergeShipped(i18n, 'en', enBundle, silent);
  const target = shippedLocaleFor(requested);
  const bundle = target === 'en' ? undefined : loadedBundle(target);
  if (bundle) mergeShipped(i18n, target, bundle, silent);
  return isLocaleReady(i18n, requested);
}

/**
 * Makes sure `i18n` holds the kit's English bundle, and the shipped bundle that serves
 * `requested` (following the fallback chain), loading it on demand. Resolves when done;
 * never rejects (a failed load leaves English in place).
 */
export function ensureLocale(i18n: I18n, requested: unknown): Promise<void> {
  addLoadedLocale(i18n, requested, false);
  const target = shippedLocaleFor(requested);
  // Loaded even when the app already has the language: the kit's bundle fills what it lacks.
  if (!i18n.store || target === 'en' || loadedBundle(target)) return Promise.resolve();
  return loadBundle(target).then(
    () => {
      addLoadedLocale(i18n, requested, false);
    },
    () => undefined,
  );
}
