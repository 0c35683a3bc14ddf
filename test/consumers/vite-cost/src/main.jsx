// The whole cost of the kit in an app: the import a typical app makes (the provider, the boundary,
// a field's message, the hook for async handlers, the normaliser), built by Vite for production
// with React, i18next and react-i18next bundled. test:consumers compares it with vite-baseline,
// the same page without the kit.
import { AuthErrorBoundary, AuthErrorProvider, FieldError, toAuthError, useAuthErrorBoundary } from '@intelliauth/react-auth-errors';
import { createRoot } from 'react-dom/client';

function SignInForm() {
  const { showAuthError } = useAuthErrorBoundary();
  return (
    <form onSubmit={(event) => (event.preventDefault(), showAuthError(toAuthError({ code: 'invalid_credentials' })))}>
      <input name="email" />
      <FieldError name="email" />
      <button>Sign in</button>
    </form>
  );
}

createRoot(document.getElementById('root')).render(
  <AuthErrorProvider lng={navigator.language}>
    <AuthErrorBoundary>
      <SignInForm />
    </AuthErrorBoundary>
  </AuthErrorProvider>,
);
