import { render, screen } from '@testing-library/react';
import { AuthErrorBoundary } from '../../src';
import en from '../../locales/en/auth-errors.json';

describe('AuthErrorBoundary in a production build', () => {
  beforeEach(() => {
    vi.stubEnv('NODE_ENV', 'production');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('should not write development messages for configuration errors, missing hand-offs or refused links', () => {
    render(<AuthErrorBoundary error={{ code: 'invalid_redirect_uri' }} supportHref="javascript:alert(1)" />);
    render(<AuthErrorBoundary error={{ code: 'mfa_required' }} />);
    expect(screen.getByText(en.codes.invalid_redirect_uri)).toBeInTheDocument();
    expect(console.error).not.toHaveBeenCalled();
    expect(console.warn).not.toHaveBeenCalled();
  });
});
