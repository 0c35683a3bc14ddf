import { safeHref } from '../../src';

/** Server text a hostile or compromised backend might send, in any field. */
export const MARKUP = [
  '<img src=x onerror="alert(1)">',
  '<script>alert(2)</script>',
  '"><svg onload=alert(3)>',
  '<a href="javascript:alert(4)">click</a>',
  '<iframe srcdoc="<script>alert(5)</script>"></iframe>',
  '<style>*{display:none}</style>',
  '{{constructor.constructor("alert(6)")()}}',
  '$t(codes.invalid_credentials)',
  '{{count}} {{- fields}}',
  '&lt;b&gt;escaped&lt;/b&gt;',
] as const;

/** The elements the kit draws. Anything else in its output was injected. */
const KIT_TAGS = new Set(['DIV', 'P', 'SPAN', 'BDI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'LI', 'A', 'BUTTON']);
/** The attributes the kit sets. An `on*` handler, `src` or `srcdoc` was injected. */
const KIT_ATTRIBUTE = /^(role|class|style|lang|dir|href|type|disabled|tabindex|id|aria-[a-z]+|data-[a-z-]+)$/;

/**
 * What in `root` the kit did not create: unknown elements, unknown attributes, links whose
 * `href` the URL policy refuses. Empty when the markup is the kit's own.
 */
export function foreignMarkup(root: Element): string[] {
  const found: string[] = [];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (!KIT_TAGS.has(element.tagName)) found.push(`<${element.tagName.toLowerCase()}>`);
    for (const { name, value } of Array.from(element.attributes)) {
      if (!KIT_ATTRIBUTE.test(name)) found.push(`${element.tagName.toLowerCase()}[${name}]`);
      if (name === 'href' && safeHref(value) !== value) found.push(`a[href=${JSON.stringify(value)}]`);
    }
  }
  return found;
}

/** Text a user must never read: leaked JavaScript values. */
export const LEAKED_VALUE = /NaN|Infinity|undefined|\[object \w+\]|function \w*\(|native code/;
