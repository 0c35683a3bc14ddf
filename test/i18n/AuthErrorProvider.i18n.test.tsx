import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createInstance, type InitOptions } from 'i18next';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { StrictMode, useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { AUTH_ERRORS_NAMESPACE, AuthErrorBoundary, AuthErrorProvider, loadAuthErrorsLocale, type AuthErrorProviderProps } from '../../src';
import en from '../../locales/en/auth-errors.json';

// Bundles stay loaded for the whole file, as they do on a page: a test that watches a language
// load uses a language no earlier test in this file has loaded.

type Bundle = typeof en;
const read = (lng: string) => JSON.parse(readFileSync(resolve(__dirname, '../../locales', lng, 'auth-errors.json'), 'utf8')) as Bundle;
const de = read('de');

/**
 * The app's own i18next instance: its own namespace in English and in its language, and
 * whatever it put under the kit's namespace.
 */
function appI18n(lng: string, kitStrings: Record<string, object> = {}, options: InitOptions = {}) {
  const resources: Record<string, Record<string, object>> = { en: { translation: { greeting: 'Hello' } } };
  resources[lng] = { ...resources[lng], translation: { greeting: `Hello (${lng})` } };
  for (const [code, bundle] of Object.entries(kitStrings)) resources[code] = { ...resources[code], [AUTH_ERRORS_NAMESPACE]: bundle };
  const instance = createInstance({
    lng,
    fallbackLng: 'en',
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    ...options,
  });
  void instance.init();
  return instance;
}

/** A form with its own state, and the errors the kit draws for it. */
function Page(props: AuthErrorProviderProps) {
  return (
    <AuthErrorProvider onRetry={() => {}} autoRetry={false} {...props}>
      <AuthErrorBoundary error={{ code: 'network_error', message: 'Failed to fetch' }}>
        <input aria-label="Email" />
      </AuthErrorBoundary>
      <AuthErrorBoundary error={{ code: 'invalid_credentials', message: 'Wrong password for ada@example.com' }} />
    </AuthErrorProvider>
  );
}

const root = (code: string) => {
  const node = document.querySelector(`[data-auth-error-code="${code}"]`);
  if (!node) throw new Error(`no outcome for ${code}`);
  return node;
};
const message = (code: string) => root(code).querySelector('.iae-message')?.textContent;

describe('AuthErrorProvider with lng: the kit’s own instance', () => {
  it('should show English with lang="en" until the bundle has loaded, then the language: no raw key, no mix', async () => {
    render(<Page lng="it" resources={{ it: { codes: { network_error: 'Override: niente rete.' } } }} />);

    // The first render: all English (the Italian override waits for the rest of the Italian copy).
    expect(root('network_error')).toHaveAttribute('lang', 'en');
    expect(message('network_error')).toBe(en.codes.network_error);
    expect(message('invalid_credentials')).toBe(en.codes.invalid_credentials);
    expect(screen.getByRole('button')).toHaveTextContent(en.actions.tryAgain);

    await waitFor(() => expect(root('network_error')).toHaveAttribute('lang', 'it'));
    expect(message('network_error')).toBe('Override: niente rete.');
    expect(message('invalid_credentials')).toBe(read('it').codes.invalid_credentials);
    expect(root('invalid_credentials')).toHaveAttribute('lang', 'it');
  });

  it('should show the language from the first render once loadAuthErrorsLocale has resolved', async () => {
    await expect(loadAuthErrorsLocale('da-DK')).resolves.toEqual(read('da'));
    render(<Page lng="da-DK" />);

    expect(root('network_error')).toHaveAttribute('lang', 'da');
    expect(message('network_error')).toBe(read('da').codes.network_error);
  });

  it('should resolve loadAuthErrorsLocale with English for English and for a language the kit doesn’t ship', async () => {
    await expect(loadAuthErrorsLocale('en-GB')).resolves.toEqual(en);
    await expect(loadAuthErrorsLocale('xx')).resolves.toEqual(en);
    await expect(loadAuthErrorsLocale('zh-HK')).resolves.toEqual(read('zh-TW'));
  });

  it('should show a complete bundle given as resources from the first render', () => {
    render(<Page lng="fi" resources={{ fi: read('fi') }} />);

    expect(root('network_error')).toHaveAttribute('lang', 'fi');
    expect(message('network_error')).toBe(read('fi').codes.network_error);
  });

  it('should keep the previous language while the next one loads, then switch', async () => {
    const { rerender } = render(<Page lng="sv" />);
    await waitFor(() => expect(root('network_error')).toHaveAttribute('lang', 'sv'));

    rerender(<Page lng="nb" />);
    expect(root('network_error')).toHaveAttribute('lang', 'sv');
    expect(message('network_error')).toBe(read('sv').codes.network_error);

    await waitFor(() => expect(root('network_error')).toHaveAttribute('lang', 'nb'));
    expect(message('network_error')).toBe(read('nb').codes.network_error);
  });

  it('should keep the children and their state when the language changes', async () => {
    const { rerender } = render(<Page lng="en" />);
    const input = screen.getByLabelText('Email');
    fireEvent.change(input, { target: { value: 'ada@example.com' } });

    rerender(<Page lng="de" />);
    await waitFor(() => expect(message('network_error')).toBe(de.codes.network_error));
    expect(screen.getByLabelText('Email')).toBe(input);
    expect(input).toHaveValue('ada@example.com');
  });

  it('should let a partial override win and keep the shipped copy for every other key', async () => {
    render(<Page lng="de" resources={{ de: { codes: { network_error: 'Keine Verbindung – bitte erneut.' } } }} />);

    await waitFor(() => expect(message('network_error')).toBe('Keine Verbindung – bitte erneut.'));
    expect(message('invalid_credentials')).toBe(de.codes.invalid_credentials);
    expect(screen.getByRole('button')).toHaveTextContent(de.actions.tryAgain);
  });

  it('should keep the shipped copy for an empty override', async () => {
    render(<Page lng="de" resources={{ de: { codes: { network_error: '', invalid_credentials: '   ' } } }} />);

    await waitFor(() => expect(root('network_error')).toHaveAttribute('lang', 'de'));
    expect(message('network_error')).toBe(de.codes.network_error);
    expect(message('invalid_credentials')).toBe(de.codes.invalid_credentials);
  });

  it('should apply new resources when they change, and ignore a new object with the same content', async () => {
    const { rerender } = render(<Page lng="en" resources={{ en: { codes: { network_error: 'First.' } } }} />);
    expect(message('network_error')).toBe('First.');

    rerender(<Page lng="en" resources={{ en: { codes: { network_error: 'Second.' } } }} />);
    expect(message('network_error')).toBe('Second.');
    rerender(<Page lng="en" resources={{ en: { codes: { network_error: 'Second.' } } }} />);
    expect(message('network_error')).toBe('Second.');
  });

  it('should render under StrictMode without warnings', async () => {
    render(
      <StrictMode>
        <Page lng="de" />
      </StrictMode>,
    );
    await waitFor(() => expect(message('network_error')).toBe(de.codes.network_error));
  });

  it('should hydrate server HTML rendered with the bundle as resources, without a mismatch', async () => {
    const cs = read('cs');
    const page = <Page lng="cs" resources={{ cs }} />;
    const container = document.createElement('div');
    container.innerHTML = renderToString(page);
    document.body.append(container);
    expect(container.querySelector('[data-auth-error-code="network_error"]')).toHaveAttribute('lang', 'cs');

    // A mismatch would be reported through console.error, which fails the test.
    await act(async () => {
      hydrateRoot(container, page);
    });
    expect(container.querySelector('[data-auth-error-code="network_error"] .iae-message')).toHaveTextContent(cs.codes.network_error);
    container.remove();
  });
});

describe('AuthErrorProvider with the app’s own i18next instance', () => {
  it('should add the kit’s namespace without overwriting what the app put there', async () => {
    const i18n = appI18n('de', { de: { codes: { network_error: 'App: Netzwerkfehler.' } } });
    render(<Page i18n={i18n} />);

    await waitFor(() => expect(message('invalid_credentials')).toBe(de.codes.invalid_credentials));
    expect(message('network_error')).toBe('App: Netzwerkfehler.');
    expect(i18n.t('greeting', { lng: 'en' })).toBe('Hello');
    expect(i18n.getResource('de', AUTH_ERRORS_NAMESPACE, 'codes.network_error')).toBe('App: Netzwerkfehler.');
  });

  it('should keep the app’s English strings over the kit’s', () => {
    const i18n = appI18n('en', { en: { codes: { network_error: 'App: you are offline.' } } });
    render(<Page i18n={i18n} />);

    expect(message('network_error')).toBe('App: you are offline.');
    expect(message('invalid_credentials')).toBe(en.codes.invalid_credentials);
  });

  it('should follow i18n.changeLanguage: load the bundle, re-render, keep the children and their state', async () => {
    const i18n = appI18n('en');
    render(<Page i18n={i18n} />);
    const input = screen.getByLabelText('Email');
    fireEvent.change(input, { target: { value: 'ada@example.com' } });
    expect(message('network_error')).toBe(en.codes.network_error);

    await act(() => i18n.changeLanguage('es'));
    await waitFor(() => expect(message('network_error')).toBe(read('es').codes.network_error));
    expect(root('network_error')).toHaveAttribute('lang', 'es');
    expect(screen.getByLabelText('Email')).toBe(input);
    expect(input).toHaveValue('ada@example.com');

    await act(() => i18n.changeLanguage('de-AT'));
    await waitFor(() => expect(message('network_error')).toBe(de.codes.network_error));
  });

  it('should follow the app’s language even when the app has no strings of its own in it', async () => {
    const i18n = appI18n('en');
    render(<Page i18n={i18n} />);

    await act(() => i18n.changeLanguage('pl'));
    // i18next resolves to English here (the app has nothing in Polish); the kit ships Polish.
    expect(i18n.resolvedLanguage).toBe('en');
    await waitFor(() => expect(root('network_error')).toHaveAttribute('lang', 'pl'));
    expect(message('network_error')).toBe(read('pl').codes.network_error);
  });

  it('should let resources win over the shipped bundle and the app’s strings', async () => {
    const i18n = appI18n('de', { de: { codes: { network_error: 'App: Netzwerkfehler.' } } });
    render(<Page i18n={i18n} resources={{ de: { codes: { network_error: 'Override: kein Netz.' } } }} />);

    await waitFor(() => expect(message('invalid_credentials')).toBe(de.codes.invalid_credentials));
    expect(message('network_error')).toBe('Override: kein Netz.');
  });

  it('should use the instance of an enclosing I18nextProvider', async () => {
    const i18n = appI18n('de');
    render(
      <I18nextProvider i18n={i18n}>
        <Page />
      </I18nextProvider>,
    );

    await waitFor(() => expect(message('network_error')).toBe(de.codes.network_error));
    expect(i18n.hasResourceBundle('de', AUTH_ERRORS_NAMESPACE)).toBe(true);
    await act(() => i18n.changeLanguage('en'));
    expect(message('network_error')).toBe(en.codes.network_error);
  });

  it('should keep to its own instance, leaving the enclosing one alone, when lng is set', async () => {
    const i18n = appI18n('en');
    render(
      <I18nextProvider i18n={i18n}>
        <Page lng="de" />
      </I18nextProvider>,
    );

    await waitFor(() => expect(message('network_error')).toBe(de.codes.network_error));
    expect(i18n.hasResourceBundle('de', AUTH_ERRORS_NAMESPACE)).toBe(false);
    expect(i18n.hasResourceBundle('en', AUTH_ERRORS_NAMESPACE)).toBe(false);
  });

  it('should never show a raw key after the app removed the kit’s bundles', async () => {
    const i18n = appI18n('de');
    render(<Page i18n={i18n} />);
    await waitFor(() => expect(message('network_error')).toBe(de.codes.network_error));

    act(() => {
      i18n.removeResourceBundle('de', AUTH_ERRORS_NAMESPACE);
      i18n.removeResourceBundle('en', AUTH_ERRORS_NAMESPACE);
    });
    expect(message('network_error')).toBe(de.codes.network_error);
    expect(root('network_error')).toHaveAttribute('lang', 'de');

    await act(() => i18n.changeLanguage('en'));
    expect(message('network_error')).toBe(en.codes.network_error);
  });

  it('should show the next language’s copy, never an empty string or a key, for the app’s empty strings', async () => {
    const i18n = appI18n('de', { de: { codes: { network_error: '' } } }, { parseMissingKeyHandler: (key: string) => key });
    render(<Page i18n={i18n} />);

    await waitFor(() => expect(message('invalid_credentials')).toBe(de.codes.invalid_credentials));
    expect(message('network_error')).toBe(en.codes.network_error);
  });

  it('should show English while the app’s instance is not initialised yet, then its language', async () => {
    const i18n = createInstance({ lng: 'de', fallbackLng: 'en', initAsync: false });
    render(<Page i18n={i18n} />);
    expect(message('network_error')).toBe(en.codes.network_error);

    await act(async () => {
      await i18n.init();
    });
    await waitFor(() => expect(message('network_error')).toBe(de.codes.network_error));
  });

  it('should let two providers share the app’s instance without render-phase update warnings', async () => {
    const i18n = appI18n('de');
    function Two() {
      const [second, setSecond] = useState(false);
      return (
        <>
          <Page i18n={i18n} />
          {second ? (
            <AuthErrorProvider i18n={i18n} resources={{ de: { titles: { generic: 'Zweiter Anbieter' } } }}>
              <AuthErrorBoundary error={{ code: 'server_error' }} />
            </AuthErrorProvider>
          ) : (
            <button type="button" onClick={() => setSecond(true)}>
              More
            </button>
          )}
        </>
      );
    }
    render(<Two />);
    await waitFor(() => expect(message('network_error')).toBe(de.codes.network_error));

    fireEvent.click(screen.getByRole('button', { name: 'More' }));
    expect(message('server_error')).toBe(de.codes.server_error);
  });
});
