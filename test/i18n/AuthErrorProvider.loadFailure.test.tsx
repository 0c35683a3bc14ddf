import { act, render, waitFor } from '@testing-library/react';
import { AuthErrorBoundary, AuthErrorProvider } from '../../src';
import en from '../../locales/en/auth-errors.json';
import fr from '../../locales/fr/auth-errors.json';

// German's chunk fails to load (offline, a deploy removed it); French loads.
vi.mock('../../src/i18n/locales', () => ({
  localeLoaders: {
    de: () => Promise.reject(new Error('Failed to fetch dynamically imported module')),
    fr: () => import('../../locales/fr/auth-errors.json'),
  },
}));

const message = (container: HTMLElement) => container.querySelector('[data-auth-error-code="network_error"] .iae-message');

describe('AuthErrorProvider when a language’s bundle cannot be loaded', () => {
  it('should settle on English, marked lang="en"', async () => {
    const { container, rerender } = render(
      <AuthErrorProvider lng="de">
        <AuthErrorBoundary error={{ code: 'network_error' }} />
      </AuthErrorProvider>,
    );
    expect(message(container)).toHaveTextContent(en.codes.network_error);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));

    rerender(
      <AuthErrorProvider lng="de">
        <AuthErrorBoundary error={{ code: 'network_error' }} />
      </AuthErrorProvider>,
    );
    expect(message(container)).toHaveTextContent(en.codes.network_error);
    expect(container.querySelector('[data-auth-error-code]')).toHaveAttribute('lang', 'en');
  });

  it('should switch to English, not keep the previous language, when the next one fails', async () => {
    const { container, rerender } = render(
      <AuthErrorProvider lng="fr">
        <AuthErrorBoundary error={{ code: 'network_error' }} />
      </AuthErrorProvider>,
    );
    await waitFor(() => expect(message(container)).toHaveTextContent(fr.codes.network_error));

    rerender(
      <AuthErrorProvider lng="de">
        <AuthErrorBoundary error={{ code: 'network_error' }} />
      </AuthErrorProvider>,
    );
    await waitFor(() => expect(message(container)).toHaveTextContent(en.codes.network_error));
    expect(container.querySelector('[data-auth-error-code]')).toHaveAttribute('lang', 'en');
  });
});
