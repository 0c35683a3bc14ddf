import { useId, type ReactNode } from 'react';
import { FieldError, useFieldError } from '../../src';

/*
 * Pieces of the example app the kit's outcomes appear in. The app's own text is English
 * (`lang="en"`); the kit's copy follows the toolbar's language.
 */

export function Card({ title, wide, children }: { title: string; wide?: boolean; children: ReactNode }) {
  const id = useId();
  return (
    <section className={wide ? 'demo-card demo-wide' : 'demo-card'} aria-labelledby={id}>
      <h1 id={id} lang="en">
        {title}
      </h1>
      {children}
    </section>
  );
}

/** Email and password fields and a submit button, tied to the boundary's field errors. */
export function SignInFields({ pending = false, submitLabel = 'Sign in' }: { pending?: boolean; submitLabel?: string }) {
  const email = useFieldError('email');
  const password = useFieldError('password');
  return (
    <div lang="en">
      <div className="demo-field">
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="username" defaultValue="ada@example.com" {...email.inputProps} />
        <FieldError name="email" />
      </div>
      <div className="demo-field">
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" {...password.inputProps} />
        <FieldError name="password" />
      </div>
      <button className="demo-button" type="submit" disabled={pending}>
        {pending ? 'Signing in…' : submitLabel}
      </button>
    </div>
  );
}

function Field({ name, label, type = 'text', autoComplete }: { name: string; label: string; type?: string; autoComplete?: string }) {
  const { inputProps } = useFieldError(name);
  return (
    <div className="demo-field">
      <label htmlFor={name}>{label}</label>
      <input id={name} name={name} type={type} autoComplete={autoComplete} {...inputProps} />
      <FieldError name={name} />
    </div>
  );
}

/** A sign-up form: each field shows its validation_failed message under it. */
export function SignUpFields() {
  return (
    <form lang="en" onSubmit={(event) => event.preventDefault()}>
      <Field name="email" label="Email" type="email" autoComplete="email" />
      <Field name="password" label="Password" type="password" autoComplete="new-password" />
      <Field name="display_name" label="Display name" autoComplete="nickname" />
      <button className="demo-button" type="submit">
        Create account
      </button>
    </form>
  );
}

/** The second step of sign-in: a code from an authenticator app, SMS, a security key or a backup code. */
export function MfaFields() {
  return (
    <form lang="en" onSubmit={(event) => event.preventDefault()}>
      <p className="demo-muted">Enter the code we sent to +44 •••• ••• 321, or use your security key.</p>
      <div className="demo-field">
        <label htmlFor="otp">Verification code</label>
        <input id="otp" name="otp" inputMode="numeric" autoComplete="one-time-code" defaultValue="492 817" />
      </div>
      <div className="demo-actions">
        <button className="demo-button" type="submit">
          Verify
        </button>
        <button className="demo-button" data-variant="quiet" type="button">
          Send a new code
        </button>
      </div>
    </form>
  );
}

/** The page an OAuth redirect lands on while the app finishes sign-in. */
export function CallbackContent() {
  return (
    <p lang="en" className="demo-muted">
      Finishing sign-in with Acme ID…
    </p>
  );
}

/** A signed-in page: the user's profile. */
export function ProfileContent() {
  return (
    <div lang="en">
      <p>
        Signed in as <strong>Ada Lovelace</strong> (ada@example.com).
      </p>
      <p className="demo-muted">Your plan: Team · 12 seats · renews on 1 March.</p>
    </div>
  );
}

/** An account settings form that saves to the platform's API. */
export function SettingsFields() {
  return (
    <form lang="en" onSubmit={(event) => event.preventDefault()}>
      <div className="demo-field">
        <label htmlFor="org-name">Organisation name</label>
        <input id="org-name" name="org-name" defaultValue="Acme Research" />
      </div>
      <button className="demo-button" type="submit">
        Save changes
      </button>
    </form>
  );
}
