// vite-cost's page without the kit (an app showing its own text instead): what React alone costs,
// so that test:consumers can report what the kit adds.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

function SignInForm() {
  const [error, setError] = useState(null);
  return (
    <form onSubmit={(event) => (event.preventDefault(), setError('Email or password is incorrect.'))}>
      {error && <p role="alert">{error}</p>}
      <input name="email" />
      <button>Sign in</button>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<SignInForm />);
