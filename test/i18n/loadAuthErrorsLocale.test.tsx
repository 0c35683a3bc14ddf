// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderToString } from 'react-dom/server';
import { AuthErrorBoundary, AuthErrorProvider, loadAuthErrorsLocale } from '../../src';
import en from '../../locales/en/auth-errors.json';

const read = (lng: string) => JSON.parse(readFileSync(resolve(__dirname, '../../locales', lng, 'auth-errors.json'), 'utf8')) as typeof en;

const page = (lng: string, resources?: Record<string, object>) => (
  <AuthErrorProvider lng={lng} {...(resources ? { resources } : {})}>
    <AuthErrorBoundary error={{ code: 'account_locked', details: { retry_after_s: 90 } }} />
  </AuthErrorProvider>
);

describe(loadAuthErrorsLocale, () => {
  it('should leave server rendering in English, marked lang="en", while the language is not loaded', () => {
    const html = renderToString(page('pl'));

    expect(html).toContain('lang="en"');
    expect(html).toContain(en.codes.account_locked);
    expect(html).not.toMatch(/\{\{|codes\./);
  });

  it('should let the server render the language once it has resolved', async () => {
    const pl = read('pl');
    await expect(loadAuthErrorsLocale('pl-PL')).resolves.toEqual(pl);
    const html = renderToString(page('pl-PL'));

    expect(html).toContain('lang="pl"');
    expect(html).toContain(pl.codes.account_locked);
    expect(html).toContain('Możesz spróbować ponownie za 1 minutę 30 sekund.');
  });

  it('should let the server render a language whose bundle is given as resources', () => {
    const tr = read('tr');
    const html = renderToString(page('tr', { tr }));

    expect(html).toContain('lang="tr"');
    expect(html).toContain(tr.codes.account_locked);
  });

  it('should reject for a bundle whose chunk cannot be fetched, and load it on the next call', async () => {
    vi.resetModules();
    vi.doMock('../../src/i18n/locales', () => ({
      localeLoaders: { vi: vi.fn().mockRejectedValueOnce(new Error('chunk failed')).mockResolvedValue({ default: { generic: 'Đã xảy ra lỗi.' } }) },
    }));
    const { loadAuthErrorsLocale: load } = await import('../../src/i18n/loadAuthErrorsLocale');

    await expect(load('vi')).rejects.toThrow('chunk failed');
    await expect(load('vi')).resolves.toEqual({ generic: 'Đã xảy ra lỗi.' });
    vi.doUnmock('../../src/i18n/locales');
  });
});
