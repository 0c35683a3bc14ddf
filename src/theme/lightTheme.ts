import type { AuthErrorTheme } from './AuthErrorTheme';

/** The light preset (also the stylesheet's defaults). Every text color has at least 4.5:1 contrast on `surface`. */
export const lightTheme = {
  colors: {
    danger: '#b3261e',
    warning: '#8a4b00',
    info: '#0b57d0',
    success: '#146c2e',
    text: '#1f1f1f',
    mutedText: '#545d66',
    surface: '#ffffff',
    border: '#c4c9cf',
    focusRing: '#0b57d0',
  },
  radius: '8px',
  fontFamily: 'system-ui, sans-serif',
  fontSize: '0.9375rem',
  spacing: '0.75rem',
} as const satisfies AuthErrorTheme;
