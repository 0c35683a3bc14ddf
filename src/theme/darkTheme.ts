import type { AuthErrorTheme } from './AuthErrorTheme';
import { lightTheme } from './lightTheme';

/** The dark preset. Every text color has at least 4.5:1 contrast on `surface`. */
export const darkTheme = {
  ...lightTheme,
  colors: {
    danger: '#ffb4ab',
    warning: '#f0bf6c',
    info: '#a8c7fa',
    success: '#7fd992',
    text: '#e8eaed',
    mutedText: '#b4bcc4',
    surface: '#1b1d21',
    border: '#4a5058',
    focusRing: '#a8c7fa',
  },
} as const satisfies AuthErrorTheme;
