import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

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
      {
        // Every story (and its play function) as a test in Chromium; axe violations fail it
        // (`parameters.a11y.test: 'error'` in .storybook/preview.tsx).
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          browser: browser(),
          setupFiles: ['./.storybook/vitest.setup.ts'],
        },
      },
      {
        // Every story again in Arabic (right to left) on the dark theme.
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook', initialGlobals: { locale: 'ar', theme: 'dark' } })],
        test: {
          name: 'storybook-ar-dark',
          browser: browser(),
          setupFiles: ['./.storybook/vitest.setup.ts'],
        },
      },
      {
        // The code stories in Japanese on the brand theme.
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook', tags: { include: ['code'] }, initialGlobals: { locale: 'ja', theme: 'brand' } })],
        test: {
          name: 'storybook-ja-brand',
          browser: browser(),
          setupFiles: ['./.storybook/vitest.setup.ts'],
        },
      },
    ],
  },
});
