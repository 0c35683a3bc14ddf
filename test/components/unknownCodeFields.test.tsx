import { render, screen } from '@testing-library/react';
import { AuthErrorBoundary, FieldError, toFieldErrors } from '../../src';
import en from '../../locales/en/auth-errors.json';
import { allowConsole } from '../helpers/console';

// Another service's validation error: a code the catalogue does not know, with field messages.
const INVALID_REQUEST = { code: 'invalid_request', details: { fields: { email: 'Enter a valid email address.' } } };

describe('AuthErrorBoundary: an unknown code that carries field messages', () => {
  it('should warn in development, naming the ways to show them', () => {
    allowConsole('warn');
    render(
      <AuthErrorBoundary error={INVALID_REQUEST}>
        <FieldError name="email" />
      </AuthErrorBoundary>,
    );
    expect(screen.getByText(en.generic)).toBeInTheDocument();
    expect(screen.queryByText('Enter a valid email address.')).toBeNull();
    expect(console.warn).toHaveBeenCalledTimes(1);
    const [message] = vi.mocked(console.warn).mock.calls[0] as [string];
    expect(message).toContain('invalid_request is not a code the kit knows');
    expect(message).toContain('details.fields');
    expect(message).toContain('validation_failed');
    expect(message).toContain('normalize');
    expect(message).toContain('toFieldErrors');
  });

  it('should show the field messages once an adapter in normalize maps the code to validation_failed', () => {
    const normalize = (error: unknown) => ({ ...(error as object), code: 'validation_failed' });
    render(
      <AuthErrorBoundary error={INVALID_REQUEST} normalize={normalize}>
        <FieldError name="email" />
      </AuthErrorBoundary>,
    );
    expect(screen.getAllByText('Enter a valid email address.')).toHaveLength(2);
  });

  it('should hand the field messages over through toFieldErrors, the other way the warning names', () => {
    expect(toFieldErrors(INVALID_REQUEST)).toEqual({ email: ['Enter a valid email address.'] });
  });

  it('should not warn for an unknown code without field messages', () => {
    render(<AuthErrorBoundary error={{ code: 'invalid_request' }} />);
    expect(screen.getByText(en.generic)).toBeInTheDocument();
    expect(console.warn).not.toHaveBeenCalled();
  });
});
