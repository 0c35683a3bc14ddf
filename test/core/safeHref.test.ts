import { safeHref } from '../../src';

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

  describe('incoming URLs', () => {
    const incoming = { source: 'incoming', origin: 'https://app.example' } as const;

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
