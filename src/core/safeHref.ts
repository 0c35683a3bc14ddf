import { devWarn } from '../dev';

/** Options for {@link safeHref}. */
export interface SafeHrefOptions {
  /**
   * Where the URL came from. `app`: configured by the app (relative references and any
   * http(s) URL). `incoming`: arrived with an error or in the page address (`error_uri`, a return
   * address): same-origin only, other origins only when listed in `allowedOrigins`.
   * @defaultValue 'app'
   */
  source?: 'app' | 'incoming';
  /**
   * Origins (`https://id.example.com`) an incoming URL may point at besides the page's own.
   * Compared as origins: `https://ID.example.com:443/` is `https://id.example.com`. An entry that
   * is not an origin (a path, a query, credentials, another scheme, not a URL) never matches, and
   * says so in development.
   */
  allowedOrigins?: readonly string[];
  /** The page's origin, compared like `allowedOrigins`. @defaultValue `window.location.origin` in a browser */
  origin?: string;
}

/* eslint-disable no-control-regex -- matching control characters is the point here */
// What the WHATWG URL parser strips: leading/trailing C0 controls and spaces; tabs and newlines anywhere.
const STRIPPED = /^[\0-\x20]+|[\0-\x20]+$|[\t\n\r]/g;
// A relative reference, or (group 1) an absolute http(s) URL: any other scheme is refused, and so
// are `http:host` and `https:/host`, which a browser reads relative to the page when its scheme matches.
// Then no other control character and no backslash, anywhere.
const ALLOWED = /^(?:\/(?!\/)|\.\.?\/|[?#]|(https?:\/\/))[^\0-\x1f\x7f\\]*$/i;
/* eslint-enable no-control-regex */
const MAX_LENGTH = 4096;
// Relative references are resolved against it only to measure them.
const BASE = 'http://h';

/**
 * The `origin` option (`own`) or an `allowedOrigins` entry as an origin, or `undefined` (and a
 * development warning) when it is not one.
 */
function originOf(entry: unknown, own?: boolean): string | undefined {
  try {
    const url = new URL(entry as string);
    // No credentials, path, query or fragment: nothing but the origin; http(s) only (ws: and
    // ftp: have origins too, and other schemes `null`).
    if (url.href === `${url.origin}/` && url.origin.startsWith('http')) return url.origin;
  } catch {
    // Not a URL: warned below.
  }
  if (process.env.NODE_ENV !== 'production') {
    const shown = typeof entry === 'string' ? JSON.stringify(entry.slice(0, 80)) : typeof entry;
    devWarn(`safeHref: the ${own ? 'origin' : 'allowedOrigins entry'} ${shown} is not an origin (https://host or https://host:port), so no URL matches it.`);
  }
  return undefined;
}

/**
 * The one URL policy for every link the kit renders or navigates to. Returns the URL to use, or
 * `undefined` when it is refused. Never throws.
 *
 * Accepts relative references (`/path`, `./x`, `../x`, `?q`, `#id`) and absolute `http:`/`https:`
 * URLs (for `incoming` URLs: same origin or `allowedOrigins` only). Refuses every other scheme
 * (`javascript:`, `data:`, `vbscript:`…, in any case, with tabs or newlines hidden inside),
 * protocol-relative `//host`, `http:` / `https:` without `//` (`https:evil.example`), backslashes
 * (`/\host`), control characters and credentials in the authority (`https://user:pass@host`).
 * At most 4,096 characters, counted once percent-encoded (as the browser will send it).
 *
 * @example
 * safeHref('/sign-in') // '/sign-in'
 * safeHref(' JaVa\tScRiPt:alert(1)') // undefined
 */
export function safeHref(value: unknown, options: SafeHrefOptions = {}): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_LENGTH) return undefined;
  const href = value.replace(STRIPPED, '');
  // Nothing left (a blank value) does not match.
  const allowed = ALLOWED.exec(href);
  if (!allowed) return undefined;
  const relative = !allowed[1];

  try {
    const url = new URL(href, BASE);
    // The cap is on what the browser gets: one "é" is six characters once percent-encoded.
    if (url.href.length > MAX_LENGTH + (relative ? BASE.length : 0)) return undefined;
    if (relative) return href;
    if (url.username || url.password) return undefined;
    if (options.source === 'incoming') {
      // Outside a browser there is no window, and so no page origin.
      const own = options.origin !== undefined ? originOf(options.origin, true) : globalThis.window?.location?.origin;
      // One origin given as a string (JavaScript callers) counts as a list of one.
      if (url.origin !== own && ![options.allowedOrigins ?? []].flat().some((entry) => originOf(entry) === url.origin)) {
        return undefined;
      }
    }
    return url.href;
  } catch {
    // Not a URL, or junk options.
    return undefined;
  }
}
