/** Options for {@link safeHref}. */
export interface SafeHrefOptions {
  /**
   * Where the URL came from. `app`: configured by the app (relative references and any
   * http(s) URL). `incoming`: arrived with an error or in the page address (`error_uri`, a return
   * address): same-origin only, other origins only when listed in `allowedOrigins`.
   * @defaultValue 'app'
   */
  source?: 'app' | 'incoming';
  /** Origins (`https://id.example.com`) an incoming URL may point at besides the page's own. */
  allowedOrigins?: readonly string[];
  /** The page's origin. @defaultValue `window.location.origin` in a browser */
  origin?: string;
}

/* eslint-disable no-control-regex -- matching control characters is the point here */
// What the WHATWG URL parser strips: leading/trailing C0 controls and spaces; tabs and newlines anywhere.
const EDGE_CONTROLS = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const TAB_OR_NEWLINE = /[\t\n\r]/g;
const OTHER_CONTROLS = /[\u0000-\u001f\u007f]/;
const SCHEME = /^[a-z][a-z\d+.-]*:/i;
// `http:host` and `https:/host`: a browser reads them relative to the page when its scheme matches.
const HTTP_WITHOUT_AUTHORITY = /^https?:(?!\/\/)/i;
const RELATIVE = /^(\/(?!\/)|\.\.?\/|[?#])/;
/* eslint-enable no-control-regex */

/**
 * The one URL policy for every link the kit renders or navigates to. Returns the URL to use, or
 * `undefined` when it is refused. Never throws.
 *
 * Accepts relative references (`/path`, `./x`, `../x`, `?q`, `#id`) and absolute `http:`/`https:`
 * URLs (for `incoming` URLs: same origin or `allowedOrigins` only). Refuses every other scheme
 * (`javascript:`, `data:`, `vbscript:`…, in any case, with tabs or newlines hidden inside),
 * protocol-relative `//host`, `http:` / `https:` without `//` (`https:evil.example`), backslashes
 * (`/\host`), control characters and credentials in the authority (`https://user:pass@host`).
 *
 * @example
 * safeHref('/sign-in') // '/sign-in'
 * safeHref(' JaVa\tScRiPt:alert(1)') // undefined
 */
export function safeHref(value: unknown, options: SafeHrefOptions = {}): string | undefined {
  if (typeof value !== 'string' || value.length > 4096) return undefined;
  const href = value.replace(EDGE_CONTROLS, '').replace(TAB_OR_NEWLINE, '');
  if (href === '' || href.includes('\\') || OTHER_CONTROLS.test(href)) return undefined;
  if (RELATIVE.test(href)) return href;
  if (!SCHEME.test(href) || HTTP_WITHOUT_AUTHORITY.test(href)) return undefined;

  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username !== '' || url.password !== '') {
    return undefined;
  }
  if (options.source === 'incoming') {
    const own = options.origin ?? (typeof window !== 'undefined' ? window.location?.origin : undefined);
    if (url.origin !== own && !options.allowedOrigins?.includes(url.origin)) return undefined;
  }
  return url.href;
}
