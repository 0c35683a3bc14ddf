import { act, render, screen } from '@testing-library/react';
import { AuthErrorBoundary, useAuthErrorBoundary, useAuthErrorMessage } from '../../src';
import en from '../../locales/en/auth-errors.json';
import { allowConsole } from '../helpers/console';
import { LEAKED_VALUE } from './hostile';

function Throws({ error }: { error: unknown }): never {
  throw error;
}

const TEN_MB = 'x'.repeat(10 * 1024 * 1024);

/** Every property read throws. */
const trapping = () =>
  new Proxy(
    {},
    {
      get(_target, key) {
        throw new Error(`trap: ${String(key)}`);
      },
      ownKeys() {
        throw new Error('trap: ownKeys');
      },
    },
  );

const throwingGetters = () =>
  Object.defineProperties(
    {},
    {
      code: { enumerable: true, get: () => 'invalid_credentials' },
      details: {
        enumerable: true,
        get() {
          throw new Error('getter');
        },
      },
    },
  );

/**
 * Every property toAuthError reads throws. (Thrown, a Proxy that throws on every read would break
 * React itself, which reads `then` and `environmentName` of thrown values before any boundary.)
 */
const throwingEverywhere = () =>
  Object.defineProperties(
    {},
    Object.fromEntries(
      ['code', 'name', 'message', 'status', 'statusCode', 'details', 'error', 'error_description', 'error_uri', 'cause', 'response', 'data'].map(
        (key) => [
          key,
          {
            enumerable: true,
            get() {
              throw new Error(`getter: ${key}`);
            },
          },
        ],
      ),
    ),
  );

const revoked = () => {
  const { proxy, revoke } = Proxy.revocable({ code: 'invalid_credentials' }, {});
  revoke();
  return proxy;
};

/** The generic outcome as a user meets it: heading, copy and "Try again", nothing else. */
function expectGenericCopy() {
  const alert = screen.getByRole('alert');
  expect(alert).toHaveAttribute('data-auth-error-outcome', 'generic');
  expect(alert).toHaveTextContent(en.generic);
  expect(alert.textContent).not.toMatch(LEAKED_VALUE);
  return alert;
}

describe('AuthErrorBoundary: hostile values thrown by children', () => {
  it.each([
    ['a string', 'invalid_credentials'],
    ['a number', 401],
    ['a symbol', Symbol('invalid_credentials')],
    ['a bigint', 10n],
    ['false', false],
    ['a function', () => 'invalid_credentials'],
    ['an array', [{ code: 'invalid_credentials' }]],
    ['an object whose getter throws', throwingGetters()],
    ['an object whose every getter throws', throwingEverywhere()],
    ['a 10 MB string', TEN_MB],
    ['an Error whose code is 10 MB', Object.assign(new Error(TEN_MB), { code: TEN_MB })],
  ])('should show generic copy, never a crash, for %s', (_label, thrown) => {
    allowConsole('error');
    render(
      <AuthErrorBoundary>
        <Throws error={thrown} />
      </AuthErrorBoundary>,
    );
    const alert = expectGenericCopy();
    expect(screen.getByRole('heading', { name: en.titles.generic })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: en.actions.tryAgain })).toBeEnabled();
    expect(alert.textContent!.length).toBeLessThan(500);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
  ])('should show generic copy, never a blank page, for a thrown %s', (_label, thrown) => {
    allowConsole('error');
    const onError = vi.fn();
    render(
      <AuthErrorBoundary onError={onError}>
        <Throws error={thrown} />
      </AuthErrorBoundary>,
    );
    expectGenericCopy();
    expect(screen.getByRole('heading', { name: en.titles.generic })).toHaveFocus();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'unknown' }), expect.objectContaining({ source: 'thrown' }));
  });

  it('should bring the children back from a thrown null with "Try again"', () => {
    allowConsole('error');
    let broken = true;
    function Flaky() {
      if (broken) throw null;
      return <p>recovered</p>;
    }
    render(
      <AuthErrorBoundary>
        <Flaky />
      </AuthErrorBoundary>,
    );
    broken = false;
    act(() => screen.getByRole('button', { name: en.actions.tryAgain }).click());
    expect(screen.getByText('recovered')).toBeInTheDocument();
  });

  it('should show the right outcome for a thrown error object whose unrelated getter throws', () => {
    allowConsole('error');
    const thrown = Object.defineProperty({ code: 'session_revoked' }, 'stack', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    });
    render(
      <AuthErrorBoundary>
        <Throws error={thrown} />
      </AuthErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(en.codes.session_revoked);
  });
});

describe('AuthErrorBoundary: hostile values given as the error', () => {
  it.each([
    ['a string', 'invalid_credentials'],
    ['a number', 500],
    ['a symbol', Symbol('x')],
    ['an object whose getter throws', throwingGetters()],
    ['a revoked Proxy', revoked()],
    ['a Proxy whose every trap throws', trapping()],
    ['a 10 MB string', TEN_MB],
    ['a 10 MB query string', `?error=${TEN_MB}`],
  ])('should show generic copy for %s and keep the children', (_label, error) => {
    render(
      <AuthErrorBoundary error={error}>
        <p>the form</p>
      </AuthErrorBoundary>,
    );
    const alert = expectGenericCopy();
    expect(alert.textContent!.length).toBeLessThan(500);
    expect(screen.getByText('the form')).toBeInTheDocument();
  });

  it('should take a revoked Proxy from showAuthError without crashing', () => {
    function Submit() {
      const { showAuthError } = useAuthErrorBoundary();
      return <button onClick={() => showAuthError(revoked())}>Submit</button>;
    }
    render(
      <AuthErrorBoundary>
        <Submit />
      </AuthErrorBoundary>,
    );
    act(() => screen.getByRole('button', { name: 'Submit' }).click());
    expectGenericCopy();
  });

  it.each(['INVALID_CREDENTIALS', 'Invalid_Credentials', ' invalid_credentials', 'invalid_credentials ', 'invalid_credentials\n', '\u200binvalid_credentials'])(
    'should treat the code %j as unknown: codes match exactly',
    (code) => {
      render(<AuthErrorBoundary error={{ code }} />);
      expectGenericCopy();
      expect(screen.queryByText(en.codes.invalid_credentials)).toBeNull();
    },
  );

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'isPrototypeOf'])(
    'should show generic copy for the code %s',
    (code) => {
      render(<AuthErrorBoundary error={{ code }} />);
      expectGenericCopy();
      expect(screen.getByRole('alert')).toHaveAttribute('data-auth-error-code', code);
    },
  );

  it('should not read a code through a JSON "__proto__" key', () => {
    render(<AuthErrorBoundary error={JSON.parse('{"__proto__":{"code":"account_disabled"}}')} />);
    expectGenericCopy();
  });

  it('should keep a 10 MB code, message and field out of the page', () => {
    render(
      <AuthErrorBoundary
        error={{ code: 'validation_failed', message: TEN_MB, error_description: TEN_MB, details: { reason: TEN_MB, fields: { [TEN_MB]: TEN_MB } } }}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveAttribute('data-auth-error-outcome', 'field_errors');
    // Field messages are server text the user needs; they are cut short, never the whole payload.
    expect(alert.textContent!.length).toBeLessThan(1000);
    expect(alert.querySelector('a')!.getAttribute('href')!.length).toBeLessThan(1600);
  });
});

describe('AuthErrorBoundary: malformed and enormous details', () => {
  const manyKeys = (n: number, value: (i: number) => unknown) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < n; i += 1) out[`field_${i}`] = value(i);
    return out;
  };

  it('should show a bounded number of field messages for 100,000 fields', () => {
    render(<AuthErrorBoundary error={{ code: 'validation_failed', details: { fields: manyKeys(100_000, (i) => `Message ${i}`) } }} />);
    const items = screen.getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(50);
  });

  it('should show the right outcome for details with 100,000 unrelated keys', () => {
    render(<AuthErrorBoundary error={{ code: 'permission_denied', details: manyKeys(100_000, (i) => i) }} />);
    expect(screen.getByRole('alert')).toHaveTextContent(en.codes.permission_denied);
  });

  it('should show generic copy for an error wrapped 10,000 levels deep', () => {
    let nested: unknown = { code: 'account_disabled' };
    for (let i = 0; i < 10_000; i += 1) nested = new Error('wrapper', { cause: nested });
    render(<AuthErrorBoundary error={nested} />);
    expectGenericCopy();
  });

  it('should not follow 10,000 nested envelopes', () => {
    let nested: Record<string, unknown> = { code: 'account_disabled' };
    for (let i = 0; i < 10_000; i += 1) nested = { error: nested, data: nested, response: { data: nested } };
    render(<AuthErrorBoundary error={nested} />);
    expectGenericCopy();
  });

  it('should drop deeply nested details and show the outcome', () => {
    let deep: Record<string, unknown> = { leaf: 'x' };
    for (let i = 0; i < 10_000; i += 1) deep = { deep };
    render(<AuthErrorBoundary error={{ code: 'conflict', details: { fields: deep, reason: deep } }} />);
    expect(screen.getByRole('alert')).toHaveTextContent(en.codes.conflict);
    expect(screen.getByRole('alert').textContent).not.toMatch(LEAKED_VALUE);
  });

  it('should show only the string messages of fields with non-string values, and "Check this field." for a field named without one', () => {
    render(
      <AuthErrorBoundary
        error={{
          code: 'validation_failed',
          details: {
            fields: {
              email: 42,
              name: [1, 'Name is required.', null, { message: 'object' }, ['nested']],
              phone: [],
              age: null,
              bio: { message: 'object' },
              password: '',
              ok: 'Looks fine.',
            },
          },
        }}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Name is required.',
      // phone: [] and password: '' name the field without a message.
      en.fields.invalid,
      en.fields.invalid,
      'Looks fine.',
    ]);
    expect(alert.textContent).not.toMatch(LEAKED_VALUE);
    expect(alert).not.toHaveTextContent('42');
  });

  it.each<[string, unknown]>([
    ['1e308', 1e308],
    ["'1e3'", '1e3'],
    ["'-0'", '-0'],
    ['-1', -1],
    ['Infinity', Infinity],
    ['NaN', NaN],
    ["'0x10'", '0x10'],
    ['an object', { valueOf: () => 90 }],
    ['an array', [90]],
  ])('should show the countdown copy without a timer for retry_after_s %s', (_label, retryAfter) => {
    vi.useFakeTimers();
    const onCountdownEnd = vi.fn();
    render(<AuthErrorBoundary error={{ code: 'account_locked', details: { retry_after_s: retryAfter } }} onCountdownEnd={onCountdownEnd} />);
    expect(screen.getByText(en.codes.account_locked)).toBeInTheDocument();
    expect(screen.queryByRole('timer')).toBeNull();
    act(() => vi.advanceTimersByTime(600_000));
    expect(onCountdownEnd).not.toHaveBeenCalled();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|-\d/);
  });

  it('should read a retry_after_s of -0 as a wait that is already over', () => {
    vi.useFakeTimers();
    const onCountdownEnd = vi.fn();
    render(<AuthErrorBoundary error={JSON.parse('{"code":"account_locked","details":{"retry_after_s":-0}}')} onCountdownEnd={onCountdownEnd} />);
    expect(screen.getByRole('timer')).toHaveTextContent(en.countdown.ready);
    expect(onCountdownEnd).toHaveBeenCalledTimes(1);
    expect(document.body.textContent).not.toMatch(/-\d/);
  });

  it('should find retry_after_s and fields after thousands of unrelated keys', () => {
    vi.useFakeTimers();
    const buried = (extra: Record<string, unknown>) => ({ ...manyKeys(5000, (i) => `junk ${i}`), ...extra });
    const { unmount } = render(<AuthErrorBoundary error={{ code: 'account_locked', details: buried({ retry_after_s: 90 }) }} />);
    expect(screen.getByRole('timer')).toHaveTextContent('You can try again in 1 minute 30 seconds.');
    unmount();
    render(<AuthErrorBoundary error={{ code: 'validation_failed', details: buried({ fields: { email: 'Enter an email address.' } }) }} />);
    expect(screen.getByRole('link', { name: 'Enter an email address.' })).toBeInTheDocument();
  });

  it("should count down a numeric string retry_after_s like '90'", () => {
    vi.useFakeTimers();
    render(<AuthErrorBoundary error={{ code: 'account_locked', details: { retry_after_s: ' 90 ' } }} />);
    expect(screen.getByRole('timer')).toHaveTextContent('You can try again in 1 minute 30 seconds.');
  });
});

describe('AuthErrorBoundary: copy and options are looked up by own keys only', () => {
  const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', '__lookupGetter__'];

  it.each(PROTOTYPE_KEYS)('should show generic copy for the code %s when the app has renderers and labels', (code) => {
    render(
      <AuthErrorBoundary
        error={{ code }}
        renderers={{ invalid_credentials: () => <p>custom</p> }}
        fieldLabels={{ email: 'Email address' }}
        handoffs={{ mfa: () => <p>MFA</p> }}
      />,
    );
    const alert = expectGenericCopy();
    expect(alert.textContent).toBe(en.generic);
  });

  it('should name conflicting fields called like Object.prototype members by their own names', () => {
    render(
      <AuthErrorBoundary
        error={{ code: 'conflict', details: { fields: { email: 'taken', constructor: 'taken', toString: 'taken' } } }}
        fieldLabels={{ email: 'Email address' }}
      />,
    );
    // The app's label as it is; the server's names isolated (test/hardening/bidi.test.tsx).
    expect(screen.getByRole('alert')).toHaveTextContent('Already in use: Email address, \u2068constructor\u2069, and \u2068toString\u2069.');
    expect(screen.getByRole('alert').textContent).not.toMatch(LEAKED_VALUE);
  });
});

describe('useAuthErrorMessage with hostile codes', () => {
  function Message({ error }: { error: unknown }) {
    return <p>{useAuthErrorMessage(error)}</p>;
  }

  it.each(['toString', '__proto__', 'constructor', 'hasOwnProperty'])('should give generic copy for the code %s', (code) => {
    render(<Message error={{ code }} />);
    expect(screen.getByText(en.generic)).toBeInTheDocument();
  });
});
