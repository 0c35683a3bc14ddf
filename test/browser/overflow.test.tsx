/// <reference types="vite/client" />
// WCAG 1.4.10 (Reflow): at 320 CSS px wide (a phone, or a page zoomed to 400 %), nothing of the
// kit's may need scrolling sideways. Run in Chromium (`npm run test:browser`) for every folder under
// locales/, in the language's own direction, with the kit's stylesheet.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import '../../src/styles.css';
import { AUTH_ERROR_CODES, AuthErrorBoundary, AuthErrorProvider, catalogue, loadAuthErrorsLocale, type AuthErrorsOverrides } from '../../src';
import { DeliveryStatus } from '../../src/delivery';
import { directionOf } from '../helpers/direction';

type Bundle = Record<string, unknown>;

// Every language the package ships is a folder under locales/.
const bundles = import.meta.glob<Bundle>('../../locales/*/auth-errors.json', { eager: true, import: 'default' });
const LANGUAGES = Object.entries(bundles)
  .map(([path, bundle]) => [path.split('/').at(-2) as string, bundle] as const)
  .sort(([a], [b]) => a.localeCompare(b));

const WIDTH = 320;

// The real browser, not React's act() environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

afterEach(() => {
  cleanup();
});

/** Every string of a bundle, by dotted key. */
function strings(bundle: Bundle, prefix = ''): [string, string][] {
  return Object.entries(bundle).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : strings(value as Bundle, `${prefix}${key}.`),
  );
}

/** A string with its placeholders filled the way the kit fills them, long: a count of 10, a wait of hours and minutes. */
function filled(bundle: Bundle, lng: string, text: string): string {
  const plural = (key: string, count: number) => {
    const forms = Object.fromEntries(strings(bundle).filter(([k]) => k.startsWith(`${key}_`)).map(([k, v]) => [k.slice(key.length + 1), v]));
    const form = forms[new Intl.PluralRules(lng).select(count)] ?? forms.other ?? '';
    return form.replace('{{count, number}}', new Intl.NumberFormat(lng).format(count));
  };
  const compound = (strings(bundle).find(([key]) => key === 'duration.compound')?.[1] ?? '{{larger}} {{smaller}}')
    .replace('{{larger}}', plural('duration.hours', 23))
    .replace('{{smaller}}', plural('duration.minutes', 59));
  return text
    .replace('{{time}}', compound)
    .replace('{{larger}}', plural('duration.hours', 23))
    .replace('{{smaller}}', plural('duration.minutes', 59))
    .replace('{{count, number}}', new Intl.NumberFormat(lng).format(10))
    .replace('{{fields, list}}', new Intl.ListFormat(lng).format(['email', 'password', 'username']))
    .replace('{hotkey}', 'F8');
}

/** The longest of `entries` by the number of characters it shows. */
const longest = (entries: [string, string][]) => entries.reduce((a, b) => ([...b[1]].length > [...a[1]].length ? b : a));

/** Whatever sticks out of `box` sideways: the box scrolling, or an element reaching past either edge. */
function overflowOf(box: HTMLElement): string[] {
  const edge = box.getBoundingClientRect();
  const found: string[] = [];
  if (box.scrollWidth > box.clientWidth) found.push(`the ${WIDTH} px box scrolls sideways (${box.scrollWidth} px of content)`);
  for (const element of box.querySelectorAll<HTMLElement>('*')) {
    if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible') {
      found.push(`<${element.localName} class="${element.className}"> scrolls sideways: "${element.textContent}"`);
    }
    const rect = element.getBoundingClientRect();
    if (rect.width > 0 && (rect.left < edge.left - 0.5 || rect.right > edge.right + 0.5)) {
      found.push(`<${element.localName} class="${element.className}"> reaches past the edge by ${Math.round(Math.max(edge.left - rect.left, rect.right - edge.right))} px: "${element.textContent}"`);
    }
  }
  return found;
}

/** A 320 px wide column in the language's direction, as a narrow phone shows it. */
function Column({ lng, children }: { lng: string; children: React.ReactNode }) {
  return (
    <div data-testid="column" lang={lng} dir={directionOf(lng)} style={{ boxSizing: 'border-box', inlineSize: `${WIDTH}px`, margin: 0 }}>
      {children}
    </div>
  );
}

describe('a word longer than the column', () => {
  // German, Finnish or Greek compounds, or a translator's long term: the kit breaks them rather than scroll.
  const word = 'Anmeldekonfigurationsfehlerbehebungsanleitungsdokumentation';
  // German loaded before the render: this is about the layout, not the loading (which, the first
  // time a busy dev server serves the chunk, can take longer than a query waits).
  beforeAll(() => loadAuthErrorsLocale('de'));

  it('should break inside the word, in a message and on a button, rather than scroll sideways', async () => {
    const overrides = { de: { codes: { network_error: `${word}.` }, actions: { tryAgain: word } } };
    render(
      <Column lng="de">
        <AuthErrorProvider lng="de" resources={overrides} onRetry={() => {}} autoRetry={false}>
          <AuthErrorBoundary error={{ code: 'network_error' }} />
        </AuthErrorProvider>
      </Column>,
    );
    await screen.findByRole('button', { name: word });

    expect(overflowOf(screen.getByTestId('column'))).toEqual([]);
  });
});

describe.each(LANGUAGES)('%s at 320 px wide', (lng, bundle) => {
  const all = strings(bundle);
  const labels = all.filter(([key]) => key.startsWith('actions.'));
  const messages = all.filter(([key]) => !key.startsWith('actions.') && !key.startsWith('a11y.') && !key.startsWith('duration.'));
  const resources = { [lng]: bundle as AuthErrorsOverrides };

  it('should fit its longest button label and longest message without scrolling sideways', async () => {
    const [labelKey, label] = longest(labels);
    const [messageKey, message] = longest(messages);
    // The kit draws them: the longest message as network_error's, under the longest label on its button.
    const overrides = { [lng]: { ...(bundle as AuthErrorsOverrides), codes: { network_error: filled(bundle, lng, message) }, actions: { tryAgain: label } } };
    render(
      <Column lng={lng}>
        <AuthErrorProvider lng={lng} resources={overrides} onRetry={() => {}} autoRetry={false}>
          <AuthErrorBoundary error={{ code: 'network_error' }} />
        </AuthErrorProvider>
      </Column>,
    );
    const button = await screen.findByRole('button', { name: label });

    expect(button.closest('[data-auth-error-outcome]')).toHaveAttribute('dir', directionOf(lng));
    expect(overflowOf(screen.getByTestId('column')), `${labelKey} "${label}", ${messageKey} "${message}"`).toEqual([]);
  });

  it('should fit every outcome the catalogue shows, with its actions, without scrolling sideways', async () => {
    render(
      <Column lng={lng}>
        <AuthErrorProvider lng={lng} resources={resources} onRetry={() => {}} autoRetry={false} onSignIn={() => {}} onResendVerification={() => {}} onResetPassword={() => {}} onChooseAnotherMethod={() => {}} supportHref="/support" statusPageHref="/status" revealAccountDetails>
          {AUTH_ERROR_CODES.filter((code) => catalogue[code].display !== 'hidden').map((code) =>
            catalogue[code].family === 'webhook' ? (
              <DeliveryStatus key={code} code={code} />
            ) : (
              <AuthErrorBoundary
                key={code}
                error={{ code, details: { retry_after_s: 86_399, remaining_attempts: 2, fields: { email: '', password: '' } } }}
              />
            ),
          )}
        </AuthErrorProvider>
      </Column>,
    );
    await screen.findAllByRole('button');

    expect(overflowOf(screen.getByTestId('column'))).toEqual([]);
  });
});
