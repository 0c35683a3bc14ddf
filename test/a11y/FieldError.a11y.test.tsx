import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { AuthErrorBoundary, FieldError, useFieldError } from '../../src';
import en from '../../locales/en/auth-errors.json';

function Field({ name, label }: { name: string; label: string }) {
  const { inputProps } = useFieldError(name);
  return (
    <div>
      <label htmlFor={name}>{label}</label>
      <input id={name} name={name} {...inputProps} />
      <FieldError name={name} />
    </div>
  );
}

const invalid = {
  code: 'validation_failed',
  details: { fields: { email: 'Enter an email address like name@example.com.', password: ['Use 12 characters or more.', 'Add a number.'], nickname: '' } },
};

function SignUp({ initial = invalid }: { initial?: unknown }) {
  const [error, setError] = useState<unknown>(initial);
  return (
    <AuthErrorBoundary error={error}>
      <Field name="email" label="Email" />
      <Field name="password" label="Password" />
      <Field name="nickname" label="Nickname" />
      <button type="button" onClick={() => setError(null)}>
        Fix
      </button>
    </AuthErrorBoundary>
  );
}

const summary = () => document.querySelector('[data-auth-error-outcome="field_errors"]') as HTMLElement;

describe('FieldError', () => {
  it('should mark each invalid input and describe it with its message', () => {
    render(<SignUp />);
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter an email address like name@example.com.');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Use 12 characters or more. Add a number.');
    expect(screen.getByLabelText('Nickname')).toHaveAccessibleDescription(en.fields.invalid);
  });

  it('should unmark the inputs once the error clears', () => {
    render(<SignUp />);
    fireEvent.click(screen.getByRole('button', { name: 'Fix' }));
    expect(screen.getByLabelText('Email')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Email')).not.toHaveAttribute('aria-describedby');
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('');
  });

  it('should leave inputs without a message alone', () => {
    render(<SignUp initial={{ code: 'validation_failed', details: { fields: { email: 'Enter an email address.' } } }} />);
    expect(screen.getByLabelText('Password')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Password')).not.toHaveAttribute('aria-describedby');
  });
});

describe('AuthErrorBoundary: error summary', () => {
  it('should show an error summary with a heading that takes focus', () => {
    render(<SignUp />);
    expect(within(summary()).getByRole('heading', { name: en.titles.field_errors })).toHaveFocus();
    expect(summary()).toHaveAttribute('role', 'alert');
  });

  it('should link to each field with the same words as the message beside it', () => {
    render(<SignUp />);
    const links = within(summary()).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Enter an email address like name@example.com.',
      'Use 12 characters or more.',
      'Add a number.',
      en.fields.invalid,
    ]);
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['#email', '#password', '#password', '#nickname']);
    for (const link of links) {
      const input = document.getElementById((link.getAttribute('href') ?? '').slice(1)) as HTMLElement;
      const inline = document.getElementById(input.getAttribute('aria-describedby') ?? '');
      expect(inline?.textContent).toContain(link.textContent);
    }
  });

  it('should move focus to the field when its link is followed', () => {
    render(<SignUp />);
    fireEvent.click(within(summary()).getByRole('link', { name: 'Add a number.' }));
    expect(screen.getByLabelText('Password')).toHaveFocus();
  });
});
