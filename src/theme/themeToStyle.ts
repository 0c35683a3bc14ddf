import type { CSSProperties } from 'react';
import type { AuthErrorTheme } from './AuthErrorTheme';
import { kebab } from './kebab';

const COLORS = ['danger', 'warning', 'info', 'success', 'text', 'mutedText', 'surface', 'border', 'focusRing'] as const;
const SIZES = ['radius', 'fontFamily', 'fontSize', 'spacing'] as const;

const length = (value: string | number) => (typeof value === 'number' ? `${value}px` : value);

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
  const colors = theme.colors ?? {};
  for (const name of COLORS) {
    const value = colors[name];
    if (typeof value === 'string' && value !== '') style[`--iae-color-${kebab(name)}`] = value;
  }
  for (const name of SIZES) {
    const value = theme[name];
    if (value !== undefined) style[`--iae-${kebab(name)}`] = name === 'fontFamily' ? (value as string) : length(value);
  }
  return style as CSSProperties;
}
