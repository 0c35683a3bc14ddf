import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

// Debian's Chromium (`apt-get install chromium`), launched by playwright: no browser download.
// Without these flags it tries the network (updates, sync, QUIC).
const chromium = playwright({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
});

// A fresh object per project: Vitest names each project's browser instance in place.
const browser = () => ({ enabled: true, headless: true, provider: chromium, instances: [{ browser: 'chromium' as const }] });

type StorybookTestOptions = NonNullable<Parameters<typeof storybookTest>[0]>;

/** A project running the stories (and their play functions) in Chromium, with these toolbar globals. */
function storybookProject(name: string, options: Omit<StorybookTestOptions, 'configDir'> = {}): TestProjectInlineConfiguration {
  return {
    extends: true,
    plugins: [storybookTest({ configDir: '.storybook', ...options })],
    // Bundled before the first story runs, so no story sees the page reload mid-test.
    optimizeDeps: { include: ['axe-core', '@radix-ui/react-toast', 'msw', 'msw/browser'] },
    test: {
      name,
      browser: browser(),
      setupFiles: ['./.storybook/vitest.setup.ts'],
    },
  };
}

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          globals: true,
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/browser/**'],
          setupFiles: ['./test/setup.ts'],
          typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
      // The browser-only tests (test/browser/): layout in Chromium, every language at 320 px wide.
      {
        extends: true,
        optimizeDeps: { include: ['@testing-library/react', 'react', 'react-dom', 'react-dom/client', 'i18next', 'react-i18next'] },
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.{ts,tsx}'],
          browser: browser(),
        },
      },
      // Every story as a test; axe violations fail it (`parameters.a11y.test: 'error'` in .storybook/preview.tsx).
      storybookProject('storybook'),
      // Every story again in Arabic (right to left) on the dark theme.
      storybookProject('storybook-ar-dark', { initialGlobals: { locale: 'ar', theme: 'dark' } }),
      // The code stories in Japanese on the brand theme.
      storybookProject('storybook-ja-brand', { tags: { include: ['code'] }, initialGlobals: { locale: 'ja', theme: 'brand' } }),
      // The code stories right to left on the light theme, and left to right on the dark one.
      storybookProject('storybook-he-light', { tags: { include: ['code'] }, initialGlobals: { locale: 'he', theme: 'light' } }),
      storybookProject('storybook-en-dark', { tags: { include: ['code'] }, initialGlobals: { locale: 'en', theme: 'dark' } }),
    ],
  },
});
