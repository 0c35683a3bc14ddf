import { act, fireEvent, render, screen } from '@testing-library/react';
import { StrictMode, useState } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { AuthErrorBoundary, AuthErrorProvider, useAuthErrorBoundary } from '../../src';
import { setAuthFieldErrors, useAuthErrorForm } from '../../src/integrations/react-hook-form';
import en from '../../locales/en/auth-errors.json';
import { allowConsole } from '../helpers/console';

interface SignUpValues {
  email: string;
  password: string;
}

const VALIDATION_FAILED = {
  code: 'validation_failed',
  details: { fields: { email: 'Enter a valid email address.', password: ['Too short.', 'Add a number.'] } },
};

/** Lets react-hook-form's submit and the effects it sets off run. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

/** The form's own error messages, as an app with react-hook-form draws them. */
function Fields({ form }: { form: UseFormReturn<SignUpValues> }) {
  const { errors } = form.formState;
  return (
    <>
      <label htmlFor="email">Email</label>
      <input id="email" {...form.register('email')} />
      {errors.email && <p data-testid="email-error">{errors.email.message}</p>}
      <label htmlFor="password">Password</label>
      <input id="password" type="password" {...form.register('password')} />
      {errors.password && <p data-testid="password-error">{errors.password.message ?? '(no message)'}</p>}
      <button type="submit">Sign up</button>
    </>
  );
}

/** A sign-up form whose submit hands the server's answer to the boundary around it. */
function SignUpForm({ answer }: { answer: unknown }) {
  const form = useForm<SignUpValues>({ defaultValues: { email: 'ada@', password: 'abc' } });
  const { showAuthError } = useAuthErrorBoundary();
  useAuthErrorForm(form);
  return (
    <form onSubmit={form.handleSubmit(() => showAuthError(answer))}>
      <Fields form={form} />
    </form>
  );
}

function renderSignUp(answer: unknown = VALIDATION_FAILED) {
  return render(
    <AuthErrorBoundary>
      <SignUpForm answer={answer} />
    </AuthErrorBoundary>,
  );
}

async function submit() {
  fireEvent.click(screen.getByRole('button', { name: 'Sign up' }));
  await settle();
}

/** The lines of the boundary's error summary. */
const summary = () => screen.queryAllByRole('listitem').map((item) => item.textContent);

describe(setAuthFieldErrors, () => {
  function Form({ error, onSet }: { error: unknown; onSet: (names: string[]) => void }) {
    const form = useForm<SignUpValues>();
    return (
      <form>
        <Fields form={form} />
        <button type="button" onClick={() => onSet(setAuthFieldErrors(form, error))}>
          Answer
        </button>
      </form>
    );
  }

  function answer(error: unknown) {
    const onSet = vi.fn();
    render(<Form error={error} onSet={onSet} />);
    fireEvent.click(screen.getByRole('button', { name: 'Answer' }));
    return onSet.mock.calls[0]?.[0] as string[];
  }

  it("should put each field's messages on the form and focus the first field", () => {
    expect(answer(VALIDATION_FAILED)).toEqual(['email', 'password']);
    expect(screen.getByTestId('email-error')).toHaveTextContent('Enter a valid email address.');
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveFocus();
  });

  it('should focus the first field the form has when the server first names one it does not have', () => {
    answer({ code: 'validation_failed', details: { fields: { username: 'Taken.', password: 'Too short.', email: 'Taken.' } } });
    expect(screen.getByTestId('password-error')).toHaveTextContent('Too short.');
    expect(screen.getByLabelText('Password')).toHaveFocus();
  });

  it('should move focus once, to the first field the form has', () => {
    const focused = vi.fn();
    render(<Form error={VALIDATION_FAILED} onSet={() => undefined} />);
    screen.getByLabelText('Password').addEventListener('focus', focused);
    fireEvent.click(screen.getByRole('button', { name: 'Answer' }));
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveFocus();
    expect(focused).not.toHaveBeenCalled();
  });

  it('should give a field its messages as one message, each isolated from the next', () => {
    answer(VALIDATION_FAILED);
    expect(screen.getByTestId('password-error').textContent).toBe('\u2068Too short.\u2069 \u2068Add a number.\u2069');
  });

  it('should mark a field the server named without a message as invalid, with no message', () => {
    answer({ code: 'validation_failed', details: { fields: { password: '' } } });
    expect(screen.getByTestId('password-error')).toHaveTextContent('(no message)');
  });

  it('should read a failed response body, whatever its shape', () => {
    expect(answer({ error: { code: 'validation_failed', details: { fields: { email: 'Taken.' } } } })).toEqual(['email']);
    expect(screen.getByTestId('email-error')).toHaveTextContent('Taken.');
  });

  it('should put the fields of a code the catalogue does not know on the form (another service’s invalid_request)', () => {
    expect(answer({ code: 'invalid_request', details: { fields: { email: 'Enter a valid email address.' } } })).toEqual(['email']);
    expect(screen.getByTestId('email-error')).toHaveTextContent('Enter a valid email address.');
  });

  it.each([
    ['invalid_credentials', { code: 'invalid_credentials', details: { fields: { email: 'No account with this email.' } } }],
    ['a network error', new TypeError('Failed to fetch')],
    ['junk', 'validation_failed'],
  ])('should put nothing on the form for %s', (_, error) => {
    expect(answer(error)).toEqual([]);
    expect(screen.queryByTestId('email-error')).toBeNull();
  });

  it('should not move focus when asked not to', () => {
    function NoFocus() {
      const form = useForm<SignUpValues>();
      return (
        <form>
          <Fields form={form} />
          <button type="button" onClick={() => setAuthFieldErrors(form, VALIDATION_FAILED, { shouldFocus: false })}>
            Answer
          </button>
        </form>
      );
    }
    render(<NoFocus />);
    const button = screen.getByRole('button', { name: 'Answer' });
    button.focus();
    fireEvent.click(button);
    expect(screen.getByTestId('email-error')).toBeInTheDocument();
    expect(button).toHaveFocus();
  });
});

describe(useAuthErrorForm, () => {
  it("should put the boundary's field messages on the form's fields", async () => {
    renderSignUp();
    await submit();
    expect(screen.getByTestId('email-error')).toHaveTextContent('Enter a valid email address.');
    expect(screen.getByTestId('password-error').textContent).toBe('\u2068Too short.\u2069 \u2068Add a number.\u2069');
    expect(summary()).toEqual(['Enter a valid email address.', 'Too short.', 'Add a number.']);
  });

  it("should leave focus on the boundary's error summary, whose links lead to each field", async () => {
    renderSignUp();
    await submit();
    expect(screen.getByRole('heading', { name: en.titles.field_errors })).toHaveFocus();
    fireEvent.click(screen.getByRole('link', { name: 'Enter a valid email address.' }));
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveFocus();
  });

  it("should take a field's line out of the summary once the user edits the field", async () => {
    renderSignUp();
    await submit();
    fireEvent.change(screen.getByRole('textbox', { name: 'Email' }), { target: { value: 'ada@example.com' } });
    await settle();
    expect(screen.queryByTestId('email-error')).toBeNull();
    expect(summary()).toEqual(['Too short.', 'Add a number.']);
    expect(screen.getByText(en.titles.field_errors)).toBeInTheDocument();
  });

  it.each(['constructor', 'prototype', '__proto__'])('should keep the line of a field named %s, which the form cannot hold, when the user edits another field', async (name) => {
    renderSignUp({ code: 'validation_failed', details: { fields: JSON.parse(`{"${name}": "Pick a builder.", "email": "Taken."}`) } });
    await submit();
    expect(summary()).toEqual(['Pick a builder.', 'Taken.']);
    fireEvent.change(screen.getByRole('textbox', { name: 'Email' }), { target: { value: 'ada@example.com' } });
    await settle();
    expect(summary()).toEqual(['Pick a builder.']);
  });

  it('should clear the error once the user has edited every field it named', async () => {
    const onReset = vi.fn();
    render(
      <AuthErrorProvider onReset={onReset}>
        <AuthErrorBoundary>
          <SignUpForm answer={VALIDATION_FAILED} />
        </AuthErrorBoundary>
      </AuthErrorProvider>,
    );
    await submit();
    fireEvent.change(screen.getByRole('textbox', { name: 'Email' }), { target: { value: 'ada@example.com' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'abc12345' } });
    await settle();
    expect(summary()).toEqual([]);
    expect(screen.queryByText(en.titles.field_errors)).toBeNull();
    expect(onReset).toHaveBeenCalledWith(expect.objectContaining({ reason: 'imperative' }));
  });

  it("should keep a field's line while the form still shows the server's message for it", async () => {
    renderSignUp();
    await submit();
    fireEvent.focus(screen.getByRole('textbox', { name: 'Email' }));
    fireEvent.blur(screen.getByRole('textbox', { name: 'Email' }));
    await settle();
    expect(summary()).toEqual(['Enter a valid email address.', 'Too short.', 'Add a number.']);
  });

  it("should take the line out when the form's own validation replaces the server's message", async () => {
    function Required() {
      const form = useForm<SignUpValues>({ defaultValues: { email: 'ada@', password: 'abc' } });
      const { showAuthError } = useAuthErrorBoundary();
      useAuthErrorForm(form);
      return (
        <form onSubmit={form.handleSubmit(() => showAuthError(VALIDATION_FAILED))}>
          <label htmlFor="email">Email</label>
          <input id="email" {...form.register('email', { required: 'Enter your email.' })} />
          <p data-testid="email-error">{form.formState.errors.email?.message}</p>
          <button type="submit">Sign up</button>
        </form>
      );
    }
    render(
      <AuthErrorBoundary>
        <Required />
      </AuthErrorBoundary>,
    );
    await submit();
    fireEvent.change(screen.getByRole('textbox', { name: 'Email' }), { target: { value: '' } });
    await settle();
    expect(screen.getByTestId('email-error')).toHaveTextContent('Enter your email.');
    expect(summary()).toEqual(['Too short.', 'Add a number.']);
  });

  it('should give a field named without a message the kit\'s "Check this field." in the user\'s language', async () => {
    renderSignUp({ code: 'validation_failed', details: { fields: { password: '' } } });
    await submit();
    expect(screen.getByTestId('password-error')).toHaveTextContent(en.fields.invalid);
  });

  it("should work with an error given as the boundary's error prop", async () => {
    function Page() {
      const [error, setError] = useState<unknown>(null);
      return (
        <AuthErrorBoundary error={error}>
          <PropForm onSubmit={() => setError(VALIDATION_FAILED)} />
        </AuthErrorBoundary>
      );
    }
    function PropForm({ onSubmit }: { onSubmit: () => void }) {
      const form = useForm<SignUpValues>({ defaultValues: { email: 'ada@', password: 'abc' } });
      useAuthErrorForm(form);
      return (
        <form onSubmit={form.handleSubmit(onSubmit)}>
          <Fields form={form} />
        </form>
      );
    }
    render(<Page />);
    await submit();
    expect(screen.getByTestId('email-error')).toHaveTextContent('Enter a valid email address.');
    fireEvent.change(screen.getByRole('textbox', { name: 'Email' }), { target: { value: 'ada@example.com' } });
    await settle();
    expect(summary()).toEqual(['Too short.', 'Add a number.']);
  });

  it('should take the messages off the form when the boundary stops showing the error', async () => {
    function Page() {
      const [error, setError] = useState<unknown>(VALIDATION_FAILED);
      return (
        <AuthErrorBoundary error={error}>
          <PropForm />
          <button type="button" onClick={() => setError(null)}>
            Signed up
          </button>
        </AuthErrorBoundary>
      );
    }
    function PropForm() {
      const form = useForm<SignUpValues>();
      useAuthErrorForm(form);
      return <Fields form={form} />;
    }
    render(<Page />);
    await settle();
    expect(screen.getByTestId('email-error')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Signed up' }));
    await settle();
    expect(screen.queryByTestId('email-error')).toBeNull();
    expect(screen.queryByTestId('password-error')).toBeNull();
  });

  it('should keep the summary in step under StrictMode', async () => {
    render(
      <StrictMode>
        <AuthErrorBoundary>
          <SignUpForm answer={VALIDATION_FAILED} />
        </AuthErrorBoundary>
      </StrictMode>,
    );
    await submit();
    expect(screen.getByTestId('email-error')).toHaveTextContent('Enter a valid email address.');
    fireEvent.change(screen.getByRole('textbox', { name: 'Email' }), { target: { value: 'ada@example.com' } });
    await settle();
    expect(summary()).toEqual(['Too short.', 'Add a number.']);
  });

  it('should say which component it needs when used outside a boundary', () => {
    allowConsole('error');
    function Lonely() {
      useAuthErrorForm(useForm<SignUpValues>());
      return null;
    }
    expect(() => render(<Lonely />)).toThrow('useAuthErrorForm must be used inside <AuthErrorBoundary>.');
  });
});
