import { safeHref } from '../../src';
import { allowConsole } from '../helpers/console';

describe(safeHref, () => {
  it.each(['/sign-in', '/sign-in?next=%2Fhome#top', './reset', '../start', '?step=2', '#details', '/'])(
    'should accept the relative reference %s as it is',
    (href) => {
      expect(safeHref(href)).toBe(href);
    },
  );

  it.each([
    ['https://id.example.com/reset', 'https://id.example.com/reset'],
    ['http://localhost:8080/sign-in', 'http://localhost:8080/sign-in'],
    ['HTTPS://ID.EXAMPLE.COM', 'https://id.example.com/'],
    ['https://status.example.com/?q=a b', 'https://status.example.com/?q=a%20b'],
  ])('should accept the http(s) URL %s', (href, expected) => {
    expect(safeHref(href)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u001fjavascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'javascript&colon;alert(1)',
    '\tjavascript:alert(1)\n',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'VbScRiPt:msgbox(1)',
    'file:///etc/passwd',
    'ftp://files.example.com/',
    'blob:https://app.example/123',
    'mailto:support@example.com',
    'tel:+15555550100',
    'chrome://settings',
    'intent://scan/#Intent;scheme=zxing;end',
    'sign-in',
    'example.com/path',
  ])('should refuse %j', (href) => {
    expect(safeHref(href)).toBeUndefined();
  });

  it.each([
    '//evil.example',
    '//evil.example/path',
    ' //evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '\\/evil.example',
    '/\t/evil.example',
    'https:\\\\evil.example',
    'https://evil.example\\@good.example',
    'http:evil.example',
    'HTTPS:evil.example/path',
    'https:/evil.example',
  ])('should refuse the host-changing reference %j', (href) => {
    expect(safeHref(href)).toBeUndefined();
  });

  it.each(['https://user:pass@id.example.com/', 'https://user@id.example.com/', 'https://:pass@id.example.com/', 'https://good.example@evil.example/'])(
    'should refuse credentials in the authority: %s',
    (href) => {
      expect(safeHref(href)).toBeUndefined();
    },
  );

  it.each(['/pa\u0000th', '/pa\u0007th', '/path\u007f', 'https://id.example.com/\u001b[31m'])('should refuse the control character in %j', (href) => {
    expect(safeHref(href)).toBeUndefined();
  });

  it('should strip the spaces and tabs a browser would strip from an accepted URL', () => {
    expect(safeHref('  /sign-in\n')).toBe('/sign-in');
    expect(safeHref('/sign\t-in')).toBe('/sign-in');
  });

  it.each([null, undefined, 42, {}, ['/sign-in'], new URL('https://id.example.com/'), Symbol('x'), '', '   ', `/${'a'.repeat(5000)}`])(
    'should refuse %s',
    (value) => {
      expect(safeHref(value)).toBeUndefined();
    },
  );

  it('should refuse a URL it cannot parse', () => {
    expect(safeHref('https://exa mple.com/')).toBeUndefined();
    expect(safeHref('https://[::1')).toBeUndefined();
  });

  describe('length', () => {
    it('should refuse an absolute URL longer than 4,096 characters once percent-encoded', () => {
      const href = `https://help.example/${'é'.repeat(4000)}`;

      expect(href.length).toBeLessThan(4096);
      expect(safeHref(href)).toBeUndefined();
    });

    it('should accept an absolute URL of up to 4,096 characters once percent-encoded', () => {
      const href = `https://help.example/${'é'.repeat(670)}`;

      expect(safeHref(href)).toHaveLength(21 + 670 * 6);
    });

    it('should refuse a relative reference longer than 4,096 characters once percent-encoded', () => {
      expect(safeHref(`/${'é'.repeat(700)}`)).toBeUndefined();
      expect(safeHref(`?q=${'日本'.repeat(500)}`)).toBeUndefined();
    });

    it('should accept a relative reference of up to 4,096 characters once percent-encoded, as it is', () => {
      const href = `/${'é'.repeat(600)}`;

      expect(safeHref(href)).toBe(href);
    });
  });

  describe('incoming URLs', () => {
    const incoming = { source: 'incoming', origin: 'https://app.example' } as const;

    afterEach(() => {
      vi.unstubAllEnvs();
    });

    it('should accept a same-origin URL', () => {
      expect(safeHref('https://app.example/account', incoming)).toBe('https://app.example/account');
    });

    it('should accept a relative reference', () => {
      expect(safeHref('/account', incoming)).toBe('/account');
    });

    it.each(['https://evil.example/', 'http://app.example/account', 'https://app.example:8443/', 'https://sub.app.example/'])(
      'should refuse the other origin %s',
      (href) => {
        expect(safeHref(href, incoming)).toBeUndefined();
      },
    );

    it('should accept an origin listed in allowedOrigins', () => {
      expect(safeHref('https://docs.example/errors/invalid_grant', { ...incoming, allowedOrigins: ['https://docs.example'] })).toBe(
        'https://docs.example/errors/invalid_grant',
      );
    });

    it.each([
      ['a trailing slash', 'https://docs.example/'],
      ['upper case', 'HTTPS://DOCS.EXAMPLE'],
      ['the default port', 'https://docs.example:443'],
      ['all three', 'HTTPS://Docs.Example:443/'],
    ])('should match an allowedOrigins entry with %s', (_label, entry) => {
      expect(safeHref('https://docs.example/errors', { ...incoming, allowedOrigins: [entry] })).toBe('https://docs.example/errors');
    });

    it('should match an allowedOrigins entry with a Unicode host', () => {
      const options = { ...incoming, allowedOrigins: ['https://bücher.example'] };

      expect(safeHref('https://bücher.example/hilfe', options)).toBe('https://xn--bcher-kva.example/hilfe');
      expect(safeHref('https://xn--bcher-kva.example/hilfe', options)).toBe('https://xn--bcher-kva.example/hilfe');
    });

    it('should still tell ports apart', () => {
      expect(safeHref('https://docs.example:8443/', { ...incoming, allowedOrigins: ['https://docs.example'] })).toBeUndefined();
      expect(safeHref('http://docs.example/', { ...incoming, allowedOrigins: ['https://docs.example'] })).toBeUndefined();
    });

    it('should compare the origin option as an origin too', () => {
      expect(safeHref('https://app.example/account', { source: 'incoming', origin: 'https://APP.example:443/' })).toBe(
        'https://app.example/account',
      );
    });

    it.each([
      ['a path', 'https://docs.example/errors'],
      ['a query', 'https://docs.example/?lang=en'],
      ['a fragment', 'https://docs.example/#top'],
      ['credentials', 'https://user:pass@docs.example'],
      ['another scheme', 'ftp://docs.example'],
      ['no scheme', 'docs.example'],
      ['a host that cannot be parsed', 'https://docs .example'],
    ])('should never match an allowedOrigins entry with %s, and say so in development', (_label, entry) => {
      allowConsole('warn');

      expect(safeHref('https://docs.example/errors', { ...incoming, allowedOrigins: [entry] })).toBeUndefined();
      expect(console.warn).toHaveBeenCalledWith(
        `[@intelliauth/react-auth-errors] safeHref: the allowedOrigins entry ${JSON.stringify(entry)} is not an origin (https://host or https://host:port), so no URL matches it.`,
      );
    });

    it('should warn about an allowedOrigins entry that is not a string', () => {
      allowConsole('warn');

      expect(safeHref('https://docs.example/', { ...incoming, allowedOrigins: [42 as unknown as string] })).toBeUndefined();
      expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('the allowedOrigins entry number is not an origin'));
    });

    it('should not warn in production', () => {
      vi.stubEnv('NODE_ENV', 'production');

      expect(safeHref('https://docs.example/errors', { ...incoming, allowedOrigins: ['https://docs.example/errors'] })).toBeUndefined();
      expect(console.warn).not.toHaveBeenCalled();
    });

    it('should refuse, never throw, when allowedOrigins is null', () => {
      expect(safeHref('https://docs.example/', { ...incoming, allowedOrigins: null } as never)).toBeUndefined();
    });

    it.each([42, {}])('should refuse, never throw, and warn when allowedOrigins is %s', (allowedOrigins) => {
      allowConsole('warn');

      expect(safeHref('https://docs.example/', { ...incoming, allowedOrigins } as never)).toBeUndefined();
      expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('is not an origin'));
    });

    it('should take one origin given as a string (JavaScript callers) as a list of one', () => {
      const allowedOrigins = 'https://docs.example' as unknown as string[];

      expect(safeHref('https://docs.example/errors', { ...incoming, allowedOrigins })).toBe('https://docs.example/errors');
      expect(safeHref('https://evil.example/errors', { ...incoming, allowedOrigins })).toBeUndefined();
    });

    it('should still refuse origins not listed in allowedOrigins', () => {
      expect(safeHref('https://evil.example/', { ...incoming, allowedOrigins: ['https://docs.example'] })).toBeUndefined();
    });

    it('should still refuse dangerous schemes from allowed origins', () => {
      expect(safeHref('javascript:alert(1)', { ...incoming, allowedOrigins: ['null'] })).toBeUndefined();
    });

    it('should default the origin to the page’s own', () => {
      const own = `${window.location.origin}/account`;

      expect(safeHref(own, { source: 'incoming' })).toBe(own);
      expect(safeHref('https://evil.example/', { source: 'incoming' })).toBeUndefined();
    });

    it('should accept any http(s) origin for app-configured URLs', () => {
      expect(safeHref('https://status.example.com/', { origin: 'https://app.example' })).toBe('https://status.example.com/');
    });
  });
});
