import type { AuthErrorOptions } from './AuthErrorOptions';

const MERGED_ONE_LEVEL = new Set(['handoffs', 'renderers', 'classNames', 'fieldLabels']);

/** Options from the provider, overridden by a component's own (object options merge one level deep). */
export function mergeOptions(base: AuthErrorOptions, own: AuthErrorOptions): AuthErrorOptions {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(own)) {
    if (value === undefined) continue;
    const inherited = merged[key];
    if (MERGED_ONE_LEVEL.has(key) && typeof inherited === 'object') merged[key] = { ...inherited, ...value };
    else if (key === 'theme' && typeof inherited === 'object') {
      merged[key] = { ...inherited, ...value, colors: { ...(inherited as AuthErrorOptions['theme'])?.colors, ...value.colors } };
    } else merged[key] = value;
  }
  return merged as AuthErrorOptions;
}
