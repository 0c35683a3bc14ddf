import { act, fireEvent, render, screen } from '@testing-library/react';
import { StrictMode, useState } from 'react';
import { AuthErrorBoundary, AuthErrorProvider, FieldError, useFieldError, type AuthErrorInfo } from '../../src';
import en from '../../locales/en/auth-errors.json';
import { allowConsole } from '../helpers/console';

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

/** Renders, then throws `error` once "Load" is pressed (a query with throwOnError hitting a 401 after mount). */
function ThrowsAfterMount({ error }: { error: unknown }) {
  const [failed, setFailed] = useState(false);
  if (failed) throw error;
  return (
    <button type="button" onClick={() => setFailed(true)}>
      Load
    </button>
  );
}

const load = () => fireEvent.click(screen.getByRole('button', { name: 'Load' }));

describe('AuthErrorBoundary: a token_expired thrown after mount', () => {
  it('should refresh the token, not ask to sign in', async () => {
    allowConsole('error');
    const onRefreshToken = vi.fn(() => new Promise<void>(() => {}));
    render(
      <AuthErrorProvider onRefreshToken={onRefreshToken}>
        <AuthErrorBoundary>
          <ThrowsAfterMount error={{ code: 'token_expired' }} />
        </AuthErrorBoundary>
      </AuthErrorProvider>,
    );
    load();
    await settle();
    expect(onRefreshToken).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(en.codes.session_expired)).toBeNull();
  });

  it('should refresh under StrictMode too, and show the children again once refreshed', async () => {
    allowConsole('error');
    let resolve!: () => void;
    const onRefreshToken = vi.fn(() => new Promise<void>((r) => (resolve = r)));
    let fail = true;
    function Page() {
      const [loaded, setLoaded] = useState(false);
      if (loaded && fail) throw { code: 'token_expired' };
      return (
        <button type="button" onClick={() => setLoaded(true)}>
          {loaded ? 'dashboard' : 'Load'}
        </button>
      );
    }
    render(
      <StrictMode>
        <AuthErrorProvider onRefreshToken={onRefreshToken}>
          <AuthErrorBoundary>
            <Page />
          </AuthErrorBoundary>
        </AuthErrorProvider>
      </StrictMode>,
    );
    load();
    await settle();
    expect(onRefreshToken).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(en.codes.session_expired)).toBeNull();
    fail = false;
    await act(async () => resolve());
    // The children are back (mounted afresh, so the page loads again).
    expect(screen.getByRole('button', { name: 'Load' })).toBeInTheDocument();
  });
});

describe('AuthErrorBoundary: one outcome whichever way an error arrives', () => {
  function outcomeFor(how: 'thrown' | 'value', code: string, options: { onRetry?: () => void } = {}) {
    const onError = vi.fn<(error: unknown, info: AuthErrorInfo) => void>();
    const { unmount } =
      how === 'thrown'
        ? render(
            <AuthErrorBoundary onError={onError} {...options}>
              <ThrowsAfterMount error={{ code }} />
            </AuthErrorBoundary>,
          )
        : render(<AuthErrorBoundary onError={onError} error={{ code }} {...options} />);
    if (how === 'thrown') load();
    unmount();
    const [, info] = onError.mock.calls[0] as [unknown, AuthErrorInfo];
    const { error: _error, ...outcome } = info.outcome;
    return outcome;
  }

  it('should report a network_error with onRetry as the same outcome, thrown or given', () => {
    allowConsole('error');
    const onRetry = () => {};
    expect(outcomeFor('thrown', 'network_error', { onRetry })).toEqual(outcomeFor('value', 'network_error', { onRetry }));
    expect(outcomeFor('thrown', 'network_error', { onRetry }).role).toBe('status');
  });

  it('should report a token_expired without onRefreshToken as sign in again, thrown or given', () => {
    allowConsole('error');
    expect(outcomeFor('thrown', 'token_expired').kind).toBe('reauthenticate');
    expect(outcomeFor('value', 'token_expired').kind).toBe('reauthenticate');
  });

  it('should give onError and onReset the very same error object for a thrown error', () => {
    allowConsole('error');
    const onError = vi.fn();
    const onReset = vi.fn();
    render(
      <AuthErrorBoundary onError={onError} onReset={onReset}>
        <ThrowsAfterMount error={{ code: 'permission_denied' }} />
      </AuthErrorBoundary>,
    );
    load();
    fireEvent.click(screen.getByRole('button', { name: en.actions.tryAgain }));
    expect(onReset).toHaveBeenCalledTimes(1);
    expect(onReset.mock.calls[0]?.[0].error).toBe(onError.mock.calls[0]?.[0]);
  });
});

describe('AuthErrorBoundary: a thrown inline outcome has a way out', () => {
  it.each(['invalid_credentials', 'totp_invalid', 'validation_failed'])('should offer "Try again" for a thrown %s, resetting the boundary', (code) => {
    allowConsole('error');
    let fail = true;
    function Form() {
      if (fail) throw { code, details: { fields: { email: 'Enter a valid email.' } } };
      return <p>the form</p>;
    }
    const onReset = vi.fn();
    render(
      <AuthErrorBoundary onReset={onReset}>
        <Form />
      </AuthErrorBoundary>,
    );
    expect(screen.queryByText('the form')).toBeNull();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: en.actions.tryAgain }));
    expect(onReset).toHaveBeenCalledWith(expect.objectContaining({ reason: 'retry', error: expect.objectContaining({ code }) }));
    expect(screen.getByText('the form')).toBeInTheDocument();
  });

  it('should not link a thrown validation_failed summary to fields that are gone', () => {
    allowConsole('error');
    function Form(): never {
      throw { code: 'validation_failed', details: { fields: { email: 'Enter a valid email.' } } };
    }
    render(
      <AuthErrorBoundary>
        <Form />
      </AuthErrorBoundary>,
    );
    expect(screen.getByText('Enter a valid email.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Enter a valid email.' })).toBeNull();
  });

  it('should keep linking the summary of a validation_failed given as a value to its fields', () => {
    function Form() {
      const email = useFieldError('email');
      return (
        <>
          <input id="email" aria-label="Email" {...email.inputProps} />
          <FieldError name="email" />
        </>
      );
    }
    render(
      <AuthErrorBoundary error={{ code: 'validation_failed', details: { fields: { email: 'Enter a valid email.' } } }}>
        <Form />
      </AuthErrorBoundary>,
    );
    expect(screen.getByRole('link', { name: 'Enter a valid email.' })).toHaveAttribute('href', '#email');
  });
});

describe('AuthErrorBoundary: a boundary with nothing to show', () => {
  it('should warn in development when it has neither children nor an error', () => {
    allowConsole('warn');
    render(<AuthErrorBoundary />);
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('<AuthErrorBoundary> has neither children nor an `error`'));
  });

  it('should not warn when it is given an error slot, even an empty one', () => {
    render(<AuthErrorBoundary error={null} />);
    expect(console.warn).not.toHaveBeenCalled();
  });
});
