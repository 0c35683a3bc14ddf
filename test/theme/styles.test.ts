import { darkTheme, lightTheme, themeToStyle, type AuthErrorTheme } from '../../src';
import { contrast, customProperties, rules, stylesheet } from './css';

const PHYSICAL_PROPERTIES = [
  /^(left|right|top|bottom)$/,
  /^(min-|max-)?(width|height)$/,
  /^(margin|padding|border|inset|scroll-margin|scroll-padding)-(left|right|top|bottom)(-|$)/,
  /^border-(top|bottom)-(left|right)-radius$/,
  /^overflow-(x|y)$/,
];
const PHYSICAL_VALUES: Record<string, RegExp> = {
  'text-align': /\b(left|right)\b/,
  float: /\b(left|right)\b/,
  clear: /\b(left|right)\b/,
  resize: /\b(horizontal|vertical)\b/,
};

const declarations = rules.flatMap((rule) => rule.declarations.map(([property, value]) => ({ rule, property, value })));

/** The custom properties of the rule whose selector starts with `selector`, inside exactly these at-rules. */
function tokens(selector: string, atRules: string[] = []): Record<string, string> {
  const rule = rules.find((r) => r.selector.startsWith(selector) && r.atRules.join() === atRules.join() && Object.keys(customProperties(r)).length > 1);
  if (!rule) throw new Error(`no custom properties for ${selector}`);
  return customProperties(rule);
}

/** What a preset sets, in the stylesheet's words (quotes normalised). */
function presetTokens(theme: AuthErrorTheme): Record<string, string> {
  return Object.fromEntries(Object.entries(themeToStyle(theme)).map(([name, value]) => [name, String(value).replace(/"/g, "'")]));
}

describe('styles.css', () => {
  it('should use logical properties only (right-to-left pages mirror)', () => {
    expect(declarations.some(({ property }) => property === 'inset-inline-end')).toBe(true);
    const physical = declarations.filter(
      ({ property, value }) =>
        PHYSICAL_PROPERTIES.some((pattern) => pattern.test(property)) || PHYSICAL_VALUES[property]?.test(value) === true,
    );
    expect(physical.map(({ rule, property, value }) => `${rule.selector} { ${property}: ${value} }`)).toEqual([]);
  });

  it('should animate only for people who have not asked for reduced motion', () => {
    const moving = declarations.filter(({ property }) => /^(animation|transition)(-|$)/.test(property));
    expect(moving.length).toBeGreaterThan(0);
    for (const { rule } of moving) expect(rule.atRules).toContain('@media (prefers-reduced-motion: no-preference)');
  });

  it('should draw outcomes, toasts and their controls in system colors when colors are forced', () => {
    const forced = rules.filter((rule) => rule.atRules.includes('@media (forced-colors: active)'));
    const selectors = forced.flatMap((rule) => rule.selector.split(',').map((part) => part.trim()));
    for (const part of ['.iae-root', '.iae-toast', '.iae-icon', '.iae-button', '.iae-toast-action', '.iae-toast-close', '.iae-link']) {
      expect(selectors).toContain(part);
    }
    for (const [property, value] of forced.flatMap((rule) => rule.declarations)) {
      if (/(^|-)color$|^background|^border$/.test(property)) expect(value).toMatch(/\b(CanvasText|Canvas|ButtonText|ButtonFace|LinkText|GrayText)\b/);
    }
  });

  it('should default to the light preset', () => {
    expect(tokens('.iae-root')).toEqual(presetTokens(lightTheme));
  });

  it('should switch to the dark preset for colorScheme="dark", and for "auto" on a dark system', () => {
    const dark = presetTokens({ colors: darkTheme.colors });
    expect(tokens("[data-color-scheme='dark']")).toEqual(dark);
    expect(tokens("[data-color-scheme='auto']", ['@media (prefers-color-scheme: dark)'])).toEqual(dark);
  });

  it.each([
    ['light', lightTheme],
    ['dark', darkTheme],
  ] as const)('should give every text color at least 4.5:1 contrast on the surface in the %s preset', (_, theme) => {
    const { surface, text, mutedText, danger, warning, info, success } = theme.colors;
    // Body text, hints and countdowns, links and tones; and the primary button's label (surface on info).
    for (const color of [text, mutedText, danger, warning, info, success]) expect(contrast(color, surface)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    ['light', lightTheme],
    ['dark', darkTheme],
  ] as const)('should give the focus ring at least 3:1 contrast on the surface in the %s preset', (_, theme) => {
    expect(contrast(theme.colors.focusRing, theme.colors.surface)).toBeGreaterThanOrEqual(3);
  });

  it('should compute contrast the WCAG way', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('should style every part the components draw', () => {
    const parts = [
      'root',
      'icon',
      'title',
      'message',
      'hint',
      'summary',
      'countdown',
      'actions',
      'button',
      'link',
      'field-error',
      'toast',
      'toast-title',
      'toast-description',
      'toast-action',
      'toast-close',
      'viewport',
    ];
    for (const part of parts) expect(stylesheet).toMatch(new RegExp(`\\.iae-${part}(?![\\w-])`));
  });
});
