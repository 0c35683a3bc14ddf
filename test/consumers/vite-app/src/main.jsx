// A tiny app as a user would write it: the components, the stylesheet, the language from the
// browser. `vite build` must succeed, and languages must stay out of the main chunk.
import { AuthErrorBoundary, AuthErrorProvider, toAuthError } from '@intelliauth/react-auth-errors';
import '@intelliauth/react-auth-errors/styles.css';
import { AuthErrorToaster } from '@intelliauth/react-auth-errors/toast';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [error, setError] = useState(null);
  return (
    <AuthErrorProvider lng={navigator.language} supportHref="/help">
      <AuthErrorToaster />
      <AuthErrorBoundary error={error} onRetry={() => setError(null)}>
        <button onClick={() => setError(toAuthError({ code: 'invalid_credentials' }))}>Sign in</button>
      </AuthErrorBoundary>
    </AuthErrorProvider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
