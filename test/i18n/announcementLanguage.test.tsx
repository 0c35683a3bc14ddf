import { render, screen, waitFor } from '@testing-library/react';
import { AuthErrorBoundary, AuthErrorProvider } from '../../src';
import de from '../../locales/de/auth-errors.json';
import en from '../../locales/en/auth-errors.json';

const announcer = () => document.querySelector('[data-auth-error-announcer]') as HTMLElement;

describe('AuthErrorProvider: announcements while a language loads', () => {
  it('should announce in German once the German copy has arrived, never the English that stood in', async () => {
    render(
      <AuthErrorProvider lng="de">
        <AuthErrorBoundary error={{ code: 'account_locked', details: { retry_after_s: 30 } }} />
      </AuthErrorProvider>,
    );
    // The copy stands in English while German loads, and nothing is said yet.
    expect(screen.getByText(en.codes.account_locked)).toBeInTheDocument();
    expect(announcer()).toHaveTextContent('');
    await waitFor(() => expect(screen.getByText(de.codes.account_locked)).toBeInTheDocument());
    await waitFor(() => expect(announcer()).toHaveTextContent(de.codes.account_locked));
    expect(announcer()).not.toHaveTextContent(en.codes.account_locked);
  });
});
