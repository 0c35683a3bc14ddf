import { act, render } from '@testing-library/react';
import fc from 'fast-check';
import { renderToString } from 'react-dom/server';
import {
  AUTH_ERROR_CODES,
  AuthErrorBoundary,
  resolveOutcome,
  toAuthError,
  type AuthErrorBoundaryProps,
  type AuthErrorOutcomeKind,
} from '../../src';
import en from '../../locales/en/auth-errors.json';
import { allowConsole } from '../helpers/console';
import { foreignMarkup, LEAKED_VALUE, MARKUP } from './hostile';

/** Server text: markup, template syntax, prototype keys, anything; never a leaked-value token itself. */
const serverText = fc
  .oneof(
    fc.constantFrom(...MARKUP),
    fc.constantFrom('__proto__', 'constructor', 'toString', '{{count}}', '$t(generic)', ''),
    fc.string({ maxLength: 30 }),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
  )
  .filter((text) => !LEAKED_VALUE.test(text));

const code = fc.oneof(
  fc.constantFrom(...AUTH_ERROR_CODES),
  fc.constantFrom('unknown', 'aborted', '__proto__', 'constructor', 'toString', 'INVALID_CREDENTIALS', ' network_error', 'login_required'),
  serverText,
);

const url = fc.oneof(
  fc.constantFrom('/ok', 'javascript:alert(1)', ' JaVa\tScRiPt:alert(1)', 'data:text/html,x', '//evil.example', '/\\evil.example', 'https://u:p@evil.example/', 'http:evil.example', 'https://evil.example/'),
  fc.webUrl(),
  serverText,
);

const number = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(-0, 1e308, Number.MAX_SAFE_INTEGER + 2));
const numeric = fc.oneof(number, number.map(String), fc.constantFrom('1e3', '-0', ' 90 ', '0x10'));

const details = fc.oneof(
  fc.record(
    {
      retry_after_s: fc.oneof(numeric, fc.anything()),
      remaining_attempts: fc.oneof(numeric, fc.anything()),
      fields: fc.oneof(fc.dictionary(serverText, fc.oneof(serverText, fc.array(serverText, { maxLength: 3 }), fc.anything()), { maxKeys: 4 }), fc.anything()),
      return_to: url,
      reason: serverText,
      step: serverText,
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);

const body = fc.record(
  { code, message: serverText, status: fc.oneof(fc.integer({ min: 100, max: 599 }), fc.anything()), details, error_description: serverText, error_uri: url },
  { requiredKeys: ['code'] },
);

/** What an app might hand the kit: bodies, envelopes, OAuth redirects and token responses, Errors, junk. */
const input = fc.oneof(
  body,
  body.map((error) => ({ error, status: 401 })),
  fc.record({ error: code, error_description: serverText, error_uri: url }),
  fc.tuple(code, serverText).map(([error, description]) => `?error=${encodeURIComponent(error)}&error_description=${encodeURIComponent(description)}`),
  fc.tuple(code, serverText).map(([error, message]) => Object.assign(new Error(message), { code: error })),
  fc.string({ maxLength: 30 }).map((message) => new TypeError(message)),
  fc.json({ maxDepth: 3 }).map((json) => JSON.parse(json) as unknown),
  fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true }),
);

/** App options, including hostile ones. */
const options: fc.Arbitrary<Partial<AuthErrorBoundaryProps>> = fc.record(
  {
    revealAccountDetails: fc.boolean(),
    autoRetry: fc.boolean(),
    restartHref: url,
    supportHref: url,
    statusPageHref: url,
    resetPasswordHref: url,
    fieldLabels: fc.dictionary(serverText, serverText, { maxKeys: 3 }),
    renderers: fc.constant({ invalid_credentials: ({ message }: { message: string | null }) => <p>{message} (app)</p> }),
  },
  { requiredKeys: [] },
);

const KINDS = new Set<AuthErrorOutcomeKind>([
  'form_error', 'field_errors', 'countdown', 'retry', 'handoff', 'action', 'reauthenticate', 'silent',
  'restart', 'blocked', 'config_error', 'notice', 'delivery', 'generic', 'none',
]);

/** The English string at a dotted key, own keys only (plural keys by their `_other` form). */
function english(key: string): unknown {
  let node: unknown = en;
  for (const part of key.split('.')) {
    const record = node as Record<string, unknown>;
    node = typeof node === 'object' && node !== null && Object.hasOwn(record, part) ? record[part] : Object.hasOwn(record, `${part}_other`) ? record[`${part}_other`] : undefined;
  }
  return node;
}

const handlers = {
  onRetry: () => {},
  onSignIn: () => {},
  onRefreshToken: () => new Promise<void>(() => {}),
  onResendVerification: () => {},
  onResetPassword: () => {},
  onChooseAnotherMethod: () => {},
  onReload: () => {},
  handoffs: { mfa: () => null, mfaEnrolment: () => null, stepUp: () => null, captcha: () => null },
};

describe('toAuthError → resolveOutcome → AuthErrorBoundary, for random input', () => {
  it('should normalise and resolve 10,000 random inputs into a known outcome with copy that exists', () => {
    fc.assert(
      fc.property(input, fc.boolean(), (value, reveal) => {
        const error = toAuthError(value);
        expect(typeof error.code).toBe('string');
        expect(error.code.length).toBeLessThanOrEqual(100);
        const outcome = resolveOutcome(error, { revealAccountDetails: reveal, autoRetry: true });
        expect(KINDS.has(outcome.kind)).toBe(true);
        for (const key of [outcome.messageKey, outcome.titleKey, outcome.hint?.key]) {
          if (key != null) expect([key, typeof english(key)]).toEqual([key, 'string']);
        }
        const count = outcome.hint?.values?.count;
        if (count !== undefined) expect(Number.isSafeInteger(count) && (count as number) >= 0).toBe(true);
        if ('retryAfterS' in outcome && outcome.retryAfterS !== undefined) {
          expect(Number.isSafeInteger(outcome.retryAfterS) && outcome.retryAfterS >= 0).toBe(true);
        }
        if (outcome.kind === 'field_errors') for (const field of outcome.fields) expect(field.messages.every((m) => typeof m === 'string')).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  }, 30_000);

  it('should render random input on the server without throwing, injecting markup or leaking values', () => {
    allowConsole('warn', 'error');
    fc.assert(
      fc.property(input, options, (value, props) => {
        const html = renderToString(<AuthErrorBoundary error={value} {...handlers} {...props} />);
        const page = new DOMParser().parseFromString(html, 'text/html');
        expect(foreignMarkup(page.body)).toEqual([]);
        expect(page.body.textContent).not.toMatch(LEAKED_VALUE);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('should render random input thrown and given in the DOM, run its timers, and leave nothing behind', () => {
    allowConsole('warn', 'error');
    vi.useFakeTimers();
    function Throws({ error }: { error: unknown }): never {
      throw error;
    }
    fc.assert(
      fc.property(input, options, fc.boolean(), (value, props, thrown) => {
        const { container, unmount } = render(
          thrown ? (
            <AuthErrorBoundary {...handlers} {...props}>
              <Throws error={value} />
            </AuthErrorBoundary>
          ) : (
            <AuthErrorBoundary error={value} {...handlers} {...props} />
          ),
        );
        try {
          act(() => vi.advanceTimersByTime(61_000));
          expect(foreignMarkup(container)).toEqual([]);
          expect(container.textContent).not.toMatch(LEAKED_VALUE);
          expect(container.textContent).not.toMatch(/-\d+ (seconds?|minutes?|hours?)/);
          // Thrown, something is always drawn in place of the children (the kit's outcome or the
          // app's renderer): never a blank page, unless a refresh or silent retry is running.
          if (thrown && !['token_expired', 'silent_auth_failed', 'aborted'].includes(toAuthError(value).code)) {
            expect(container.childElementCount).toBeGreaterThan(0);
          }
        } finally {
          unmount();
        }
        expect(vi.getTimerCount()).toBe(0);
      }),
      { numRuns: 150 },
    );
  }, 30_000);
});
