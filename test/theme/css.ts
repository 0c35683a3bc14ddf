import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** One style rule of a stylesheet, with the at-rules (`@media …`, `@supports …`) it sits in. */
export interface CssRule {
  selector: string;
  declarations: [property: string, value: string][];
  atRules: string[];
}

/** Just enough CSS parsing for the kit's own stylesheet: comments out, braces matched, no strings with braces. */
export function parseCss(text: string): CssRule[] {
  const source = text.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: CssRule[] = [];
  const open: string[] = [];
  let buffer = '';
  for (const char of source) {
    if (char === '{') {
      open.push(buffer.trim());
      buffer = '';
    } else if (char === '}') {
      const header = open.pop() ?? '';
      const declarations = buffer
        .split(';')
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part): [string, string] => {
          const colon = part.indexOf(':');
          return [part.slice(0, colon).trim(), part.slice(colon + 1).trim()];
        });
      if (!header.startsWith('@') && declarations.length > 0) {
        rules.push({ selector: header.replace(/\s+/g, ' '), declarations, atRules: open.filter((h) => h.startsWith('@')) });
      }
      buffer = '';
    } else {
      buffer += char;
    }
  }
  return rules;
}

export const stylesheet = readFileSync(resolve(__dirname, '../../src/styles.css'), 'utf8');
export const rules = parseCss(stylesheet);

/** The custom properties a rule sets, as an object (`--iae-color-danger` → `#b3261e`). */
export function customProperties(rule: CssRule): Record<string, string> {
  return Object.fromEntries(rule.declarations.filter(([property]) => property.startsWith('--')));
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2 relative luminance of a `#rrggbb` color. */
export function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb color: ${hex}`);
  const [r, g, b] = match.slice(1).map((part) => channel(parseInt(part, 16))) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two `#rrggbb` colors (1 to 21). */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
