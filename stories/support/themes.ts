import { darkTheme, type AuthErrorColorScheme, type AuthErrorTheme } from '../../src';

/**
 * An example brand, built only from the `theme` prop's tokens: a violet primary, softer corners,
 * roomier spacing. Every text color keeps at least 4.5:1 contrast on its surface.
 */
export const brandTheme = {
  colors: {
    danger: '#a3123a',
    warning: '#7a4a00',
    info: '#5a2ca0',
    success: '#1d6b35',
    text: '#211633',
    mutedText: '#574d6b',
    surface: '#fcfaff',
    border: '#d6cce8',
    focusRing: '#5a2ca0',
  },
  radius: 14,
  fontFamily: '"Avenir Next", "Segoe UI", system-ui, sans-serif',
  fontSize: '1rem',
  spacing: '0.875rem',
} as const satisfies AuthErrorTheme;

export type ThemeName = 'light' | 'dark' | 'brand';

export const THEME_NAMES: readonly ThemeName[] = ['light', 'dark', 'brand'];

interface StoryTheme {
  /** What the toolbar shows. */
  title: string;
  /** Passed to `<AuthErrorProvider>` (light: nothing, the stylesheet's defaults). */
  provider: { theme?: AuthErrorTheme; colorScheme?: AuthErrorColorScheme };
  /** The page behind the story (and the example app's own colors, in stories/support/example.css). */
  page: { background: string; color: string; colorScheme: 'light' | 'dark' };
}

export const STORY_THEMES: Readonly<Record<ThemeName, StoryTheme>> = {
  light: {
    title: 'Light',
    provider: {},
    page: { background: '#f6f7f9', color: '#1f1f1f', colorScheme: 'light' },
  },
  dark: {
    title: 'Dark',
    provider: { theme: darkTheme, colorScheme: 'dark' },
    page: { background: '#101114', color: '#e8eaed', colorScheme: 'dark' },
  },
  brand: {
    title: 'Brand (example)',
    provider: { theme: brandTheme },
    page: { background: '#f3eefc', color: '#211633', colorScheme: 'light' },
  },
};

/** A toolbar value, checked: anything unknown is `light`. */
export function toThemeName(value: unknown): ThemeName {
  return THEME_NAMES.includes(value as ThemeName) ? (value as ThemeName) : 'light';
}
