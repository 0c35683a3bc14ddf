import type { AuthErrorOptions } from './AuthErrorOptions';

const MERGED_ONE_LEVEL = new Set(['handoffs', 'renderers', 'classNames', 'fieldLabels', 'theme']);

/** Options from the provider, overridden by a component's own (object options merge one level deep). */
export function mergeOptions(base: AuthErrorOptions, own: AuthErrorOptions): AuthErrorOptions {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(own)) {
    if (value === undefined) continue;
    const inherited = merged[key];
    merged[key] =
      MERGED_ONE_LEVEL.has(key) && typeof inherited === 'object'
        ? { ...inherited, ...value, ...(key === 'theme' && { colors: { ...(inherited as AuthErrorOptions['theme'])?.colors, ...value.colors } }) }
        : value;
  }
  return merged as AuthErrorOptions;
}
