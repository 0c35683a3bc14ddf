import type { CSSProperties } from 'react';
import type { AuthErrorTheme } from './AuthErrorTheme';
import { kebab } from './kebab';

type ColorToken = keyof NonNullable<AuthErrorTheme['colors']>;
// Every color token, written out rather than read off the light preset, so that an app that never
// imports the presets does not bundle them (a test checks the list against the presets).
const COLORS = ['danger', 'warning', 'info', 'success', 'text', 'mutedText', 'surface', 'border', 'focusRing'] as const satisfies readonly ColorToken[];
const SIZES = ['radius', 'fontFamily', 'fontSize', 'spacing'] as const;

/**
 * Maps theme tokens to the kit's CSS custom properties (prefix `--iae-`), for an element's
 * `style`. Unset tokens are left out so the stylesheet's defaults (and color scheme) apply.
 *
 * @example
 * themeToStyle({ colors: { danger: '#c00' }, radius: 4 })
 * // { '--iae-color-danger': '#c00', '--iae-radius': '4px' }
 */
export function themeToStyle(theme: AuthErrorTheme | undefined): CSSProperties {
  const style: Record<string, string> = {};
  if (!theme) return style;
  for (const name of COLORS) {
    const value = theme.colors?.[name];
    if (typeof value === 'string' && value !== '') style[`--iae-color-${kebab(name)}`] = value;
  }
  for (const name of SIZES) {
    const value = theme[name];
    // Numbers are pixels, except for the font stack, which is no length.
    if (value !== undefined) style[`--iae-${kebab(name)}`] = typeof value === 'number' && name !== 'fontFamily' ? `${value}px` : (value as string);
  }
  return style as CSSProperties;
}
