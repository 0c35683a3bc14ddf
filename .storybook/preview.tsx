import type { Decorator, Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import '../src/styles.css';
import { AuthErrorProvider } from '../src';
import { LOCALES, nativeName, preloadLocale, storybookI18n, toLocale } from '../stories/support/locales';
import { Stage } from '../stories/support/Stage';
import { STORY_THEMES, THEME_NAMES, toThemeName } from '../stories/support/themes';

/**
 * Every story renders inside the kit's provider, in the toolbar's language and theme. A story can
 * still put its own `AuthErrorProvider` inside (the nearest one wins).
 */
const withKit: Decorator = (Story, context) => {
  const locale = toLocale(context.globals.locale);
  const theme = toThemeName(context.globals.theme);
  preloadLocale(locale);
  return (
    <Stage locale={locale} theme={theme} fullPage={context.viewMode !== 'docs'}>
      <AuthErrorProvider i18n={storybookI18n} lng={locale} {...STORY_THEMES[theme].provider}>
        <Story />
      </AuthErrorProvider>
    </Stage>
  );
};

const preview: Preview = {
  decorators: [withKit],
  // Starts the mock service worker (public/mockServiceWorker.js) and applies `parameters.msw`.
  loaders: [mswLoader()],
  globalTypes: {
    locale: {
      description: 'Language of the copy (Arabic and Hebrew flip the canvas to right-to-left)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: LOCALES.map((code) => ({ value: code, title: nativeName(code), right: code })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme of the outcomes (and the page behind them)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: THEME_NAMES.map((name) => ({ value: name, title: STORY_THEMES[name].title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  parameters: {
    layout: 'fullscreen',
    // axe violations fail the story's test (`npm run test:browser`), not just the panel.
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: {
      storySort: {
        order: ['Introduction', 'Catalogue', 'Flows', 'Codes', ['Sign-in', 'OAuth', 'Session', 'MFA', 'Network and platform', 'API resource', 'Webhook delivery', 'Custom Actions'], 'Components', 'Adapters', 'Matrix'],
      },
    },
  },
};

export default preview;
