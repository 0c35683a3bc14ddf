import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { render, screen } from '@testing-library/react';
import { AUTH_ERROR_CODES, AuthErrorBoundary, type AuthErrorBoundaryProps } from '../../src';
import { DeliveryStatus } from '../../src/delivery';
import en from '../../locales/en/auth-errors.json';
import { allowConsole } from '../helpers/console';

/** URLs that must never become a link or a navigation, wherever they come from. */
const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'JaVaScRiPt:alert(document.cookie)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\r\nscript:alert(1)',
  'javascript\t:alert(1)',
  ' javascript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u0001\u001f javascript:alert(1)',
  '\u00a0javascript:alert(1)',
  'javascript:/*https://good.example*/alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://good.example/1',
  '//evil.example',
  '///evil.example',
  ' //evil.example',
  '/\\evil.example',
  '\\\\evil.example',
  '\\/evil.example',
  '/\t/evil.example',
  'https:\\\\evil.example',
  'https://user:pass@evil.example/',
  'https://user@good.example/',
  'https://good.example@evil.example/',
  `https://good.example/${'a'.repeat(5000)}`,
  'https://[::1',
  'https://exa mple.com/',
  'http://%zz/',
  '',
  '   ',
];

/** Forms a browser would resolve against the page, which no policy should have to guess about. */
const SCHEME_WITHOUT_SLASHES = ['http:evil.example', 'https:evil.example', 'https:/evil.example', 'HTTP:evil.example/path'];

type LinkProp = 'restartHref' | 'supportHref' | 'statusPageHref' | 'resetPasswordHref';

/** Each app-configured link: the code that shows it, and its label. */
const APP_LINKS: [LinkProp, string, string][] = [
  ['supportHref', 'account_disabled', en.actions.contactSupport],
  ['statusPageHref', 'service_unavailable', en.actions.checkStatus],
  ['resetPasswordHref', 'password_must_be_reset', en.actions.setNewPassword],
];

function renderWith(code: string, props: Partial<AuthErrorBoundaryProps>, details?: Record<string, unknown>) {
  return render(<AuthErrorBoundary error={{ code, ...(details ? { details } : {}) }} autoRetry={false} onRetry={() => {}} {...props} />);
}

/** Every href in the document: a URL policy failure shows up here whichever link it affected. */
const hrefs = () => Array.from(document.querySelectorAll('a')).map((a) => a.getAttribute('href'));

describe('AuthErrorBoundary: links the app configures', () => {
  describe.each(HOSTILE_URLS.map((url) => [JSON.stringify(url).slice(0, 60), url] as const))('%s', (_label, url) => {
    it('should fall back to "/" for restartHref, and warn', () => {
      allowConsole('warn');
      renderWith('flow_expired', { restartHref: url });
      expect(screen.getByRole('link', { name: en.actions.startOver })).toHaveAttribute('href', '/');
      expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('restartHref'));
    });

    it('should fall back to "/" for the sign-in link of a dead session', () => {
      allowConsole('warn');
      renderWith('session_expired', { restartHref: url });
      expect(screen.getByRole('link', { name: en.actions.signIn })).toHaveAttribute('href', '/');
    });

    it.each(APP_LINKS)('should leave out the %s link, and warn', (prop, code, label) => {
      allowConsole('warn', 'error');
      renderWith(code, { [prop]: url });
      expect(screen.queryByRole('link', { name: label })).toBeNull();
      expect(hrefs()).toEqual([]);
      expect(console.warn).toHaveBeenCalledWith(expect.stringContaining(prop));
    });

    it('should leave out the troubleshooting link of DeliveryStatus', () => {
      render(<DeliveryStatus code="receiver_timeout" topicBaseUrl={url} />);
      expect(screen.queryByRole('link')).toBeNull();
    });
  });

  it.each(SCHEME_WITHOUT_SLASHES)('should refuse the scheme-relative form %j', (url) => {
    allowConsole('warn');
    renderWith('flow_expired', { restartHref: url });
    expect(screen.getByRole('link', { name: en.actions.startOver })).toHaveAttribute('href', '/');
  });

  it.each([
    ['/sign-in', '/sign-in'],
    ['./start', './start'],
    ['../start', '../start'],
    ['?step=1', '?step=1'],
    ['#top', '#top'],
    ['https://id.example.com/start', 'https://id.example.com/start'],
    ['HTTPS://ID.EXAMPLE.COM/start', 'https://id.example.com/start'],
    ['  /sign-in\n', '/sign-in'],
  ])('should accept %j for restartHref', (url, href) => {
    renderWith('state_mismatch', { restartHref: url });
    expect(screen.getByRole('link', { name: en.actions.startOver })).toHaveAttribute('href', href);
  });

  it('should render only links that passed the URL policy, for every code, whatever the configuration', () => {
    allowConsole('warn', 'error');
    for (const code of AUTH_ERROR_CODES) {
      const { unmount } = renderWith(
        code,
        {
          restartHref: 'javascript:alert(1)',
          supportHref: '//evil.example',
          statusPageHref: 'data:text/html,x',
          resetPasswordHref: 'https://user:pass@evil.example/',
          handoffs: { mfa: () => null, mfaEnrolment: () => null, stepUp: () => null, captcha: () => null },
        },
        { return_to: 'https://evil.example/', fields: { email: 'Enter an email.' } },
      );
      for (const href of hrefs()) expect([code, href]).toEqual([code, expect.stringMatching(/^(\/|#email)$/)]);
      unmount();
    }
  });
});

describe('AuthErrorBoundary: return addresses that arrive with an error', () => {
  const own = window.location.origin;

  it.each([...HOSTILE_URLS, ...SCHEME_WITHOUT_SLASHES, 'https://evil.example/', 'http://evil.example/', `${own.replace(/^http:/, 'https:')}/x`, `${own}.evil.example/`])(
    'should refuse details.return_to %j and use the app’s restartHref',
    (url) => {
      renderWith('flow_invalid', { restartHref: '/start' }, { return_to: url });
      expect(screen.getByRole('link', { name: en.actions.startOver })).toHaveAttribute('href', '/start');
    },
  );

  it('should accept a same-origin return address', () => {
    renderWith('flow_invalid', {}, { return_to: `${own}/sign-in?step=2` });
    expect(screen.getByRole('link', { name: en.actions.startOver })).toHaveAttribute('href', `${own}/sign-in?step=2`);
  });

  it('should accept another origin only when it is listed in allowedOrigins', () => {
    const { unmount } = renderWith('flow_invalid', { allowedOrigins: ['https://id.example.com'] }, { return_to: 'https://id.example.com/start' });
    expect(screen.getByRole('link', { name: en.actions.startOver })).toHaveAttribute('href', 'https://id.example.com/start');
    unmount();
    renderWith('flow_invalid', { allowedOrigins: ['https://id.example.com'] }, { return_to: 'https://evil.example/start' });
    expect(screen.getByRole('link', { name: en.actions.startOver })).toHaveAttribute('href', '/');
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'https://user:pass@id.example.com/'])(
    'should refuse %j even when every origin it could claim is allowed',
    (url) => {
      renderWith('flow_invalid', { allowedOrigins: ['null', 'https://id.example.com'] }, { return_to: url });
      expect(screen.getByRole('link', { name: en.actions.startOver })).toHaveAttribute('href', '/');
    },
  );

  it('should never link to error_uri, even a harmless one', () => {
    allowConsole('error');
    const { container } = render(
      <AuthErrorBoundary error={{ code: 'invalid_client', error_uri: `${own}/docs/invalid_client` }} supportHref="/support" />,
    );
    expect(hrefs()).toEqual(['/support']);
    expect(container.textContent).not.toContain('/docs/invalid_client');
  });
});

describe('the kit source', () => {
  const SRC = resolve(__dirname, '../../src');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });

  it('should navigate only through links, or by reloading in place: no location.assign/replace/href or window.open', () => {
    const offending = files(SRC).filter((path) =>
      /location\.(assign|replace)\s*\(|location\.href\s*=|location\s*=[^=]|window\.open\s*\(/.test(readFileSync(path, 'utf8')),
    );
    expect(offending).toEqual([]);
  });
});
