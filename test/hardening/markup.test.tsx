import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { AuthErrorBoundary, AuthErrorProvider, FieldError } from '../../src';
import { DeliveryStatus } from '../../src/delivery';
import en from '../../locales/en/auth-errors.json';
import { allowConsole } from '../helpers/console';
import { foreignMarkup, MARKUP } from './hostile';

function Throws({ error }: { error: unknown }): never {
  throw error;
}

/** Server text in every field the platform sends, none of which users should read. */
const everywhere = (code: string, text: string) => ({
  code,
  message: text,
  error_description: text,
  error_uri: text,
  details: { reason: text, step: text, return_to: text, [text]: text },
});

describe('AuthErrorBoundary: server text is never markup', () => {
  it.each(MARKUP)('should not render %j from message, error_description or details at all', (text) => {
    const { container } = render(<AuthErrorBoundary error={everywhere('step_error', text)} />);
    expect(screen.getByRole('alert')).toHaveTextContent(en.codes.step_error);
    expect(container.textContent).not.toContain(text);
    expect(foreignMarkup(container)).toEqual([]);
  });

  it.each(MARKUP)('should not render %j from a thrown error at all', (text) => {
    allowConsole('error');
    const { container } = render(
      <AuthErrorBoundary>
        <Throws error={Object.assign(new Error(text), everywhere('flow_invalid', text))} />
      </AuthErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(en.codes.flow_invalid);
    expect(container.textContent).not.toContain(text);
    expect(foreignMarkup(container)).toEqual([]);
  });

  it('should render hostile field messages and field names as text in the summary and in FieldError', () => {
    const fields = Object.fromEntries(MARKUP.map((text) => [text, text]));
    const { container } = render(
      <AuthErrorBoundary error={{ code: 'validation_failed', details: { fields } }}>
        {MARKUP.map((name) => (
          <FieldError key={name} name={name} />
        ))}
      </AuthErrorBoundary>,
    );
    const summary = within(screen.getByRole('alert')).getAllByRole('link');
    expect(summary.map((link) => link.textContent)).toEqual([...MARKUP]);
    const fieldErrors = Array.from(container.querySelectorAll('p[data-auth-error-field]'));
    expect(fieldErrors.map((p) => [p.getAttribute('data-auth-error-field'), p.textContent])).toEqual(MARKUP.map((text) => [text, text]));
    expect(foreignMarkup(container)).toEqual([]);
  });

  it('should name conflicting fields literally, without interpolating or nesting what they contain', () => {
    const { container } = render(
      <AuthErrorBoundary error={{ code: 'conflict', details: { fields: { '{{count}}': 'x', '$t(codes.invalid_credentials)': 'x', '<b>email</b>': 'x' } } }} />,
    );
    // Each name between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE (test/hardening/bidi.test.tsx).
    expect(screen.getByText('Already in use: \u2068{{count}}\u2069, \u2068$t(codes.invalid_credentials)\u2069, and \u2068<b>email</b>\u2069.')).toBeInTheDocument();
    expect(container.textContent).not.toContain(en.codes.invalid_credentials);
    expect(foreignMarkup(container)).toEqual([]);
  });

  it('should name conflicting fields literally in another language too', async () => {
    const { container } = render(
      <AuthErrorProvider lng="de">
        <AuthErrorBoundary error={{ code: 'conflict', details: { fields: { '{{count}}': 'x', '$t(codes.conflict)': 'x', '<img src=x onerror=alert(1)>': 'x' } } }} />
      </AuthErrorProvider>,
    );
    await waitFor(() => expect(screen.getByRole('alert')).toHaveAttribute('lang', 'de'));
    expect(screen.getByRole('alert')).toHaveTextContent('\u2068{{count}}\u2069, \u2068$t(codes.conflict)\u2069 und \u2068<img src=x onerror=alert(1)>\u2069');
    expect(foreignMarkup(container)).toEqual([]);
  });

  it('should render hostile field labels given by the app as text', () => {
    const { container } = render(
      <AuthErrorBoundary error={{ code: 'conflict', details: { fields: { email: 'taken' } } }} fieldLabels={{ email: '<script>alert(1)</script>{{count}}' }} />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Already in use: <script>alert(1)</script>{{count}}.');
    expect(foreignMarkup(container)).toEqual([]);
  });

  it('should escape hostile server text when rendering on the server', () => {
    const fields = Object.fromEntries(MARKUP.map((text) => [text, text]));
    const html = renderToString(
      <>
        <AuthErrorBoundary error={{ code: 'validation_failed', details: { fields } }} />
        <AuthErrorBoundary error={everywhere('account_disabled', '<script>alert(1)</script>')} />
      </>,
    );
    expect(html).not.toMatch(/<(script|img|svg|iframe|style)/i);
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
  });

  it('should show generic copy for a hostile delivery code', () => {
    const { container } = render(<DeliveryStatus code={'"><img src=x onerror=alert(1)>'} />);
    expect(container).toHaveTextContent(en.generic);
    expect(foreignMarkup(container)).toEqual([]);
  });
});

describe('the kit source', () => {
  const SRC = resolve(__dirname, '../../src');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });

  it('should never write HTML: no dangerouslySetInnerHTML, innerHTML, outerHTML, insertAdjacentHTML or document.write', () => {
    const sources = files(SRC).filter((path) => /\.(ts|tsx|js|jsx|mjs)$/.test(path));
    expect(sources.length).toBeGreaterThan(10);
    const offending = sources.filter((path) =>
      /dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|document\.write/.test(readFileSync(path, 'utf8')),
    );
    expect(offending).toEqual([]);
  });
});
