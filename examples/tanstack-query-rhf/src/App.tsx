import { QueryAuthErrorBoundary } from '@intelliauth/react-auth-errors/tanstack-query';
import { useAuthErrorForm } from '@intelliauth/react-auth-errors/react-hook-form';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { fetchProfile, fetchStatus, signUp, type SignUpValues } from './api';

export function App() {
  return (
    <main>
      <h1>Your account</h1>
      <ProfilePanel />
      <StatusPanel />
      <SignUpPanel />
    </main>
  );
}

/** A query whose first request meets token_expired: the kit refreshes the token, the boundary refetches. */
function ProfilePanel() {
  const profile = useQuery({ queryKey: ['profile'], queryFn: fetchProfile });
  return (
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">Profile</h2>
      <QueryAuthErrorBoundary error={profile.error}>
        <p data-testid="profile">{profile.data ? `Signed in as ${profile.data.name}` : 'Loading your profile…'}</p>
      </QueryAuthErrorBoundary>
    </section>
  );
}

/** A query whose connection drops twice: retried with backoff until it answers. */
function StatusPanel() {
  const status = useQuery({ queryKey: ['status'], queryFn: fetchStatus });
  let text = 'Checking the service…';
  if (status.data) text = status.data.status;
  else if (status.failureCount > 0) text = `Connection lost, retrying (attempt ${status.failureCount + 1})…`;
  return (
    <section aria-labelledby="status-heading">
      <h2 id="status-heading">Service status</h2>
      <QueryAuthErrorBoundary error={status.error}>
        <p data-testid="status">{text}</p>
      </QueryAuthErrorBoundary>
    </section>
  );
}

/** A sign-up mutation the server answers with 422 validation_failed: its field messages land on the form. */
function SignUpPanel() {
  const account = useMutation({ mutationFn: signUp });
  return (
    <section aria-labelledby="sign-up-heading">
      <h2 id="sign-up-heading">Create an account</h2>
      <QueryAuthErrorBoundary error={account.error} onRetry={() => account.variables && account.mutate(account.variables)}>
        {account.data ? <p role="status">Account created for {account.data.email}.</p> : <SignUpForm onSubmit={(values) => account.mutate(values)} />}
      </QueryAuthErrorBoundary>
    </section>
  );
}

function SignUpForm({ onSubmit }: { onSubmit: (values: SignUpValues) => void }) {
  const form = useForm<SignUpValues>({ defaultValues: { email: '', password: '' } });
  // The boundary's field messages go on the form's fields; a field the user fixes leaves its summary.
  useAuthErrorForm(form);
  const { errors } = form.formState;
  return (
    <form noValidate onSubmit={form.handleSubmit(onSubmit)}>
      <label htmlFor="email">Email</label>
      <input id="email" type="email" autoComplete="email" aria-invalid={errors.email ? true : undefined} aria-describedby="email-error" {...form.register('email')} />
      <p id="email-error" className="field-error">{errors.email?.message}</p>
      <label htmlFor="password">Password</label>
      <input id="password" type="password" autoComplete="new-password" aria-invalid={errors.password ? true : undefined} aria-describedby="password-error" {...form.register('password')} />
      <p id="password-error" className="field-error">{errors.password?.message}</p>
      <button type="submit">Create account</button>
    </form>
  );
}
