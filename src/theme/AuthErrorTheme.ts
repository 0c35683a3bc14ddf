/** Design tokens for the kit's outcomes. Every token is optional; unset ones keep the stylesheet's defaults. */
export interface AuthErrorTheme {
  colors?: {
    /** Errors the user must act on. */
    danger?: string;
    /** Waits and countdowns. */
    warning?: string;
    /** Progress, links and primary buttons. */
    info?: string;
    /** Recovered states. */
    success?: string;
    /** Body text. */
    text?: string;
    /** Secondary text (hints, countdowns). */
    mutedText?: string;
    /** Background of an outcome. */
    surface?: string;
    /** Borders and separators. */
    border?: string;
    /** Keyboard focus outline. */
    focusRing?: string;
  };
  /** Corner radius, e.g. `'8px'` (numbers are pixels). */
  radius?: string | number;
  /** Font stack. */
  fontFamily?: string;
  /** Base font size, e.g. `'0.9375rem'` (numbers are pixels). */
  fontSize?: string | number;
  /** Base spacing unit, e.g. `'0.75rem'` (numbers are pixels). */
  spacing?: string | number;
}

/** `light`, `dark`, or `auto` to follow the user's `prefers-color-scheme`. */
export type AuthErrorColorScheme = 'light' | 'dark' | 'auto';
