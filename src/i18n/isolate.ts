/**
 * Server text to put inside one of the kit's sentences, between FIRST STRONG ISOLATE and POP
 * DIRECTIONAL ISOLATE, so nothing in it (a RIGHT-TO-LEFT OVERRIDE, say) can reorder the words
 * around it, in a left-to-right or a right-to-left language. Isolate marks of its own, which could
 * close the kit's isolate early or keep it open, and paragraph separators, which would end every
 * isolate, become spaces.
 */
export const isolate = (text: string): string =>
  // U+001C–U+001E are paragraph separators to the bidi algorithm, like \n, \r, U+0085 and U+2029.
  // eslint-disable-next-line no-control-regex
  `\u2068${text.replace(/[\n\r\u001c-\u001e\u0085\u2029\u2066-\u2069]/g, ' ')}\u2069`;
