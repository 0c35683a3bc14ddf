import { fireEvent, render, screen } from '@testing-library/react';
import { AuthErrorBoundary, AuthErrorProvider, useAuthErrorBoundary, useAuthErrorMessage } from '../../src';
import { fromSupabaseError } from '../../src/adapters/supabase';
import { fromFirebaseError } from '../../src/adapters/firebase';
import { fromClerkError } from '../../src/adapters/clerk';
import { normaliseInput } from '../../src/engine/normaliseInput';
import en from '../../locales/en/auth-errors.json';
import { allowConsole } from '../helpers/console';

/** A Supabase sign-in failure as auth-js throws it. */
const supabaseError = () => Object.assign(new Error('Invalid login credentials'), { name: 'AuthApiError', status: 400, code: 'invalid_credentials' });
/** A Firebase lockout as the JS SDK throws it. */
const firebaseError = () => Object.assign(new Error('Firebase: Error (auth/user-disabled).'), { name: 'FirebaseError', code: 'auth/user-disabled' });

describe('AuthErrorProvider normalize', () => {
  it('should apply an adapter to an error given as a value', () => {
    render(
      <AuthErrorProvider normalize={fromSupabaseError}>
        <AuthErrorBoundary error={supabaseError()} />
      </AuthErrorProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(en.codes.invalid_credentials);
    expect(screen.queryByText('Invalid login credentials')).toBeNull();
  });

  it('should apply an adapter to a thrown error', () => {
    allowConsole('error');
    function Page(): never {
      throw firebaseError();
    }
    render(
      <AuthErrorProvider normalize={fromFirebaseError}>
        <AuthErrorBoundary>
          <Page />
        </AuthErrorBoundary>
      </AuthErrorProvider>,
    );
    expect(screen.getByText(en.codes.account_disabled)).toBeInTheDocument();
  });

  it('should try several adapters in turn, the first that knows the error winning', () => {
    render(
      <AuthErrorProvider normalize={[fromSupabaseError, fromFirebaseError]}>
        <AuthErrorBoundary error={firebaseError()} />
      </AuthErrorProvider>,
    );
    expect(screen.getByText(en.codes.account_disabled)).toBeInTheDocument();
  });

  it('should give the same answer whatever the order of adapters that do not know each other\'s errors', () => {
    // Supabase's AuthApiError (auth-js src/lib/errors.ts) for too many emails: status 429, no Clerk `errors` array.
    const supabase429 = () => Object.assign(new Error('Email rate limit exceeded'), { name: 'AuthApiError', status: 429, code: 'over_email_send_rate_limit' });
    for (const normalize of [
      [fromClerkError, fromSupabaseError],
      [fromSupabaseError, fromClerkError],
    ]) {
      expect(normaliseInput(supabase429(), normalize).code).toBe('sms_rate_limited');
    }
  });

  it('should apply it to errors from showAuthError and to useAuthErrorMessage', () => {
    function Form() {
      const { showAuthError } = useAuthErrorBoundary();
      return (
        <button type="button" onClick={() => showAuthError(supabaseError())}>
          Sign in
        </button>
      );
    }
    function Message() {
      return <output>{useAuthErrorMessage(firebaseError())}</output>;
    }
    render(
      <AuthErrorProvider normalize={[fromSupabaseError, fromFirebaseError]}>
        <AuthErrorBoundary>
          <Form />
        </AuthErrorBoundary>
        <Message />
      </AuthErrorProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByRole('alert')).toHaveTextContent(en.codes.invalid_credentials);
    expect(document.querySelector('output')).toHaveTextContent(en.codes.account_disabled);
  });

  it('should fall back to toAuthError, with a development error, when an adapter throws', () => {
    allowConsole('error');
    render(
      <AuthErrorProvider
        normalize={() => {
          throw new Error('adapter bug');
        }}
      >
        <AuthErrorBoundary error={{ code: 'totp_invalid' }} />
      </AuthErrorProvider>,
    );
    expect(screen.getByText(en.codes.totp_invalid)).toBeInTheDocument();
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('normalize threw'));
  });
});
