import { act, render, screen } from '@testing-library/react';
import { createInstance } from 'i18next';
import { AuthErrorBoundary, AuthErrorProvider, useAuthErrorBoundary } from '../../src';
import en from '../../locales/en/auth-errors.json';
import { allowConsole } from '../helpers/console';

// The kit's English as shipped, before any test's provider overrides a string.
const shipped = structuredClone(en);

function Throws({ error }: { error: unknown }): never {
  throw error;
}

/** The last resort: static English copy, an alert, never a blank page. */
function expectSafetyNet(code: string) {
  const alert = screen.getByRole('alert');
  expect(alert).toHaveAttribute('data-auth-error-code', code);
  expect(alert).toHaveAttribute('data-auth-error-outcome', 'generic');
  expect(alert).toHaveAttribute('lang', 'en');
  expect(alert.textContent).toBe(shipped.generic);
}

describe('AuthErrorBoundary: a failing renderer is never a blank page', () => {
  it("should fall back to the kit's rendering when a renderer for a thrown error throws", () => {
    allowConsole('error');
    const onRetry = vi.fn();
    render(
      <AuthErrorBoundary
        onRetry={onRetry}
        autoRetry={false}
        renderers={{
          network_error: () => {
            throw new Error('renderer bug');
          },
        }}
      >
        <Throws error={{ code: 'network_error' }} />
      </AuthErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveAttribute('data-auth-error-outcome', 'retry');
    expect(screen.getByText(shipped.codes.network_error)).toBeInTheDocument();
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('renderers.network_error'));
  });

  it("should fall back to the kit's rendering when a renderer returns something React cannot render", () => {
    allowConsole('error');
    render(<AuthErrorBoundary error={{ code: 'totp_invalid' }} renderers={{ totp_invalid: () => ({ text: 'not a node' }) as never }} />);
    expect(screen.getByRole('alert')).toHaveTextContent(shipped.codes.totp_invalid);
  });

  it('should show the static safety net when a hand-off returns something React cannot render', () => {
    allowConsole('error');
    render(
      <AuthErrorBoundary error={{ code: 'mfa_enrolment_required' }} handoffs={{ mfaEnrolment: () => ({ not: 'a node' }) as never }}>
        <p>the form</p>
      </AuthErrorBoundary>,
    );
    expectSafetyNet('mfa_enrolment_required');
  });

  const throwingHandoff = () => {
    throw new Error('hand-off bug');
  };

  it('should show the static safety net when a hand-off throws, for an error given as a value', () => {
    allowConsole('error');
    render(
      <AuthErrorBoundary error={{ code: 'mfa_required' }} handoffs={{ mfa: throwingHandoff }}>
        <p>the form</p>
      </AuthErrorBoundary>,
    );
    expectSafetyNet('mfa_required');
  });

  it('should show the static safety net when a hand-off throws, for a thrown error', () => {
    allowConsole('error');
    render(
      <AuthErrorBoundary handoffs={{ stepUp: throwingHandoff }}>
        <Throws error={{ code: 'step_up_required' }} />
      </AuthErrorBoundary>,
    );
    expectSafetyNet('step_up_required');
  });

  it('should give the hand-off a working retry when drawn by a custom renderer', () => {
    const onRetry = vi.fn();
    render(
      <AuthErrorBoundary
        error={{ code: 'captcha_required' }}
        onRetry={onRetry}
        handoffs={{ captcha: ({ retry }) => <button onClick={retry}>Solved</button> }}
        renderers={{ captcha_required: ({ handoff }) => <section aria-label="Captcha">{handoff}</section> }}
      >
        <p>the form</p>
      </AuthErrorBoundary>,
    );
    act(() => screen.getByRole('button', { name: 'Solved' }).click());
    expect(onRetry).toHaveBeenCalledWith(expect.objectContaining({ code: 'captcha_required' }));
    expect(screen.getByText('the form')).toBeInTheDocument();
  });

  it('should show English copy, not a blank, when the app’s i18next instance throws', () => {
    const i18n = createInstance({ lng: 'fr', resources: {}, initAsync: false });
    void i18n.init();
    i18n.t = (() => {
      throw new Error('translator bug');
    }) as unknown as typeof i18n.t;
    i18n.exists = (() => {
      throw new Error('translator bug');
    }) as unknown as typeof i18n.exists;
    render(
      <AuthErrorProvider i18n={i18n}>
        <AuthErrorBoundary error={{ code: 'account_locked', details: { retry_after_s: 90 } }} />
      </AuthErrorProvider>,
    );
    expect(screen.getByText(shipped.codes.account_locked)).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent('You can try again in 1 minute 30 seconds.');
  });

  it('should keep the safety net’s copy static, and one provider’s overrides to that provider', () => {
    allowConsole('error');
    render(
      <>
        <AuthErrorProvider resources={{ en: { generic: 'Provider A: oops', codes: { invalid_credentials: 'Provider A: wrong password' } } }}>
          <AuthErrorBoundary error={{ code: 'invalid_credentials' }} />
          <AuthErrorBoundary error={{ code: 'mfa_enrolment_required' }} handoffs={{ mfaEnrolment: () => ({ not: 'a node' }) as never }} />
        </AuthErrorProvider>
        <AuthErrorProvider>
          <AuthErrorBoundary error={{ code: 'invalid_credentials' }} />
        </AuthErrorProvider>
        <AuthErrorBoundary error={{ code: 'invalid_credentials' }} />
      </>,
    );
    const alerts = screen.getAllByRole('alert').map((alert) => alert.textContent);
    expect(alerts).toEqual([
      'Provider A: wrong password',
      shipped.generic,
      shipped.codes.invalid_credentials,
      shipped.codes.invalid_credentials,
    ]);
  });
});

describe('AuthErrorBoundary: an onError that throws', () => {
  const onError = () => {
    throw new Error('telemetry is down');
  };

  it('should still show an error given as a value, and say so in development', () => {
    allowConsole('error');
    render(
      <AuthErrorBoundary error={{ code: 'invalid_credentials' }} onError={onError}>
        <p>the form</p>
      </AuthErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(shipped.codes.invalid_credentials);
    expect(screen.getByText('the form')).toBeInTheDocument();
    expect(console.error).toHaveBeenCalledWith(expect.stringMatching(/onError threw.*telemetry is down/));
  });

  it('should still show a thrown error, inside the boundary', () => {
    allowConsole('error');
    render(
      <main>
        <AuthErrorBoundary onError={onError}>
          <Throws error={{ code: 'account_disabled' }} />
        </AuthErrorBoundary>
      </main>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(shipped.codes.account_disabled);
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('onError threw'));
  });
});

describe('AuthErrorBoundary: resetKeys', () => {
  function setup(initial: readonly unknown[]) {
    allowConsole('error');
    const state = { fail: true };
    const onReset = vi.fn();
    function Page() {
      if (state.fail) throw { code: 'not_found' };
      return <p>page</p>;
    }
    const view = (keys: readonly unknown[]) => (
      <AuthErrorBoundary resetKeys={keys} onReset={onReset}>
        <Page />
      </AuthErrorBoundary>
    );
    const result = render(view(initial));
    expect(screen.getByText(shipped.codes.not_found)).toBeInTheDocument();
    state.fail = false;
    return { rerender: (keys: readonly unknown[]) => result.rerender(view(keys)), onReset, state };
  }

  it.each<[string, unknown[], unknown[]]>([
    ['a change of order', ['a', 'b'], ['b', 'a']],
    ['a longer list', ['a'], ['a', 'b']],
    ['a shorter list', ['a', 'b'], ['a']],
    ['an emptied list', ['a'], []],
    ['a key going from +0 to -0', [0], [-0]],
    ['a new object with the same content', [{ id: 1 }], [{ id: 1 }]],
  ])('should reset on %s', (_label, before, after) => {
    const { rerender, onReset } = setup(before);
    rerender(after);
    expect(screen.getByText('page')).toBeInTheDocument();
    expect(onReset).toHaveBeenCalledWith(expect.objectContaining({ reason: 'keys', prev: before, next: after }));
  });

  it.each<[string, unknown[], unknown[]]>([
    ['the same keys in a new array', ['a', 1, null], ['a', 1, null]],
    ['NaN staying NaN', [Number.NaN], [Number.NaN]],
    ['no keys before and after', [], []],
  ])('should not reset on %s', (_label, before, after) => {
    const { rerender, onReset } = setup(before);
    rerender(after);
    expect(screen.queryByText('page')).toBeNull();
    expect(onReset).not.toHaveBeenCalled();
  });
});

describe('AuthErrorBoundary: the same error thrown again after a reset', () => {
  function setup(cached: { code: string }) {
    allowConsole('error');
    const onError = vi.fn();
    function Controls() {
      const { resetAuthError } = useAuthErrorBoundary();
      return <button onClick={resetAuthError}>reset</button>;
    }
    const view = (key: number) => (
      <AuthErrorBoundary resetKeys={[key]} onError={onError} onRetry={() => {}} autoRetry={false}>
        <Controls />
        <Throws error={cached} />
      </AuthErrorBoundary>
    );
    const result = render(view(1));
    expect(screen.getByRole('alert')).toHaveAttribute('data-auth-error-code', cached.code);
    return { onError, rerender: (key: number) => result.rerender(view(key)) };
  }

  it('should be caught, shown and reported again after resetKeys change', () => {
    const { onError, rerender } = setup({ code: 'permission_denied' });
    rerender(2);
    rerender(3);
    expect(screen.getByText(shipped.codes.permission_denied)).toBeInTheDocument();
    expect(onError).toHaveBeenCalledTimes(3);
  });

  it('should be caught, shown and reported again after "Try again"', () => {
    const { onError } = setup({ code: 'network_error' });
    for (let i = 0; i < 3; i += 1) act(() => screen.getByRole('button', { name: shipped.actions.tryAgain }).click());
    expect(screen.getByText(shipped.codes.network_error)).toBeInTheDocument();
    expect(onError).toHaveBeenCalledTimes(4);
  });

  it('should count down again for a thrown countdown thrown again', () => {
    vi.useFakeTimers();
    allowConsole('error');
    const locked = { code: 'account_locked', details: { retry_after_s: 2 } };
    const onCountdownEnd = vi.fn();
    render(
      <AuthErrorBoundary onCountdownEnd={onCountdownEnd}>
        <Throws error={locked} />
      </AuthErrorBoundary>,
    );
    act(() => vi.advanceTimersByTime(2000));
    // The countdown ended and gave the children another chance; they threw the same error.
    expect(screen.getByRole('timer')).toHaveTextContent('You can try again in 2 seconds.');
    act(() => vi.advanceTimersByTime(2000));
    expect(onCountdownEnd).toHaveBeenCalledTimes(2);
  });
});
