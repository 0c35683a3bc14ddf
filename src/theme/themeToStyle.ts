import type { CSSProperties } from 'react';
import type { AuthErrorTheme } from './AuthErrorTheme';

const COLOR_VARS = {
  danger: '--iae-color-danger',
  warning: '--iae-color-warning',
  info: '--iae-color-info',
  success: '--iae-color-success',
  text: '--iae-color-text',
  mutedText: '--iae-color-muted-text',
  surface: '--iae-color-surface',
  border: '--iae-color-border',
  focusRing: '--iae-color-focus-ring',
} as const;

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
  for (const name of Object.keys(COLOR_VARS) as (keyof typeof COLOR_VARS)[]) {
    const value = colors[name];
    if (typeof value === 'string' && value !== '') style[COLOR_VARS[name]] = value;
  }
  if (theme.radius !== undefined) style['--iae-radius'] = length(theme.radius);
  if (theme.fontFamily !== undefined) style['--iae-font-family'] = theme.fontFamily;
  if (theme.fontSize !== undefined) style['--iae-font-size'] = length(theme.fontSize);
  if (theme.spacing !== undefined) style['--iae-spacing'] = length(theme.spacing);
  return style as CSSProperties;
}
