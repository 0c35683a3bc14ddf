import { readFileSync } from 'node:fs';
import { defineConfig, type UserConfig } from 'tsdown';

type Plugin = Extract<NonNullable<UserConfig['plugins']>, { name: string }>;

// `locales/<lng>/auth-errors.json`, as rolldown names the module of each shipped language.
const LOCALE_JSON = /^locales\/([^/]+)\/auth-errors\.json(\.d)?$/;

/**
 * Each language's bundle becomes `dist/locales/<lng>.{mjs,cjs}`: the file the root entry's lazy
 * `import()` loads (src/i18n/locales.ts) and the one `@intelliauth/react-auth-errors/locales/<lng>`
 * resolves to (package.json `exports['./locales/*']`), so there is one copy of each bundle. The
 * English bundle's type declaration moves out of `dist/locales/` so that nothing under that
 * subpath has types without code.
 */
function chunkName(name: string): string {
  const match = LOCALE_JSON.exec(name);
  if (!match) return name;
  return match[2] ? `i18n/${match[1]}.json.d` : `locales/${match[1]}`;
}

/**
 * Shapes each shipped language's module (`dist/locales/<lng>.{mjs,cjs}`, see chunkName):
 * - one default export, the bundle (rolldown's JSON modules also export every top-level key by
 *   name, which would make the CommonJS build an object of keys beside `default`);
 * - in CommonJS, `exports.__esModule`, so `import de from '…/locales/de'` compiled to CommonJS
 *   (TypeScript, Babel, Jest) reads `exports.default` (rolldown marks only the root entry);
 * - `locales/<lng>.d.{mts,cts}` beside it, typing that default export as a complete bundle (tsdown
 *   would otherwise emit none, or the JSON's literal shape).
 */
function localeModules(): Plugin {
  const LOCALE_MODULE = /^locales\/([^/]+)\.(m|c)js$/;
  return {
    name: 'locale-modules',
    load: {
      filter: { id: /[\\/]locales[\\/][^\\/]+[\\/]auth-errors\.json$/ },
      handler(id) {
        return { code: `export default ${readFileSync(id, 'utf8')};`, moduleType: 'js' };
      },
    },
    renderChunk(code, chunk, options) {
      if (options.format !== 'cjs' || !LOCALE_MODULE.test(chunk.fileName)) return null;
      return `Object.defineProperty(exports, '__esModule', { value: true });\n${code}`;
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        const match = LOCALE_MODULE.exec(file.fileName);
        if (!match) continue;
        const [, lng, kind] = match;
        this.emitFile({
          type: 'asset',
          fileName: `locales/${lng}.d.${kind}ts`,
          source: [
            `import type { AuthErrorsBundle } from '../index.${kind}js';`,
            '',
            `/** The kit's copy in \`${lng}\`: every key of the English bundle, with the plural forms \`${lng}\` uses. */`,
            'declare const bundle: AuthErrorsBundle;',
            'export default bundle;',
            '',
          ].join('\n'),
        });
      }
    },
  };
}

export default defineConfig({
  // Public entries; each is in package.json `exports` too, types first. The languages are
  // entries by way of the root's dynamic imports (see chunkName).
  entry: {
    index: 'src/index.ts',
    'core/index': 'src/core/index.ts',
    'toast/index': 'src/toast/index.ts',
    'delivery/index': 'src/delivery/index.ts',
    'adapters/auth0/index': 'src/adapters/auth0/index.ts',
    'adapters/clerk/index': 'src/adapters/clerk/index.ts',
    'adapters/supabase/index': 'src/adapters/supabase/index.ts',
    'adapters/firebase/index': 'src/adapters/firebase/index.ts',
    'adapters/cognito/index': 'src/adapters/cognito/index.ts',
    'integrations/tanstack-query/index': 'src/integrations/tanstack-query/index.ts',
    'integrations/react-hook-form/index': 'src/integrations/react-hook-form/index.ts',
    'integrations/react-router/index': 'src/integrations/react-router/index.ts',
    'integrations/next/index': 'src/integrations/next/index.ts',
  },
  format: ['esm', 'cjs'],
  platform: 'neutral',
  dts: true,
  // dist mirrors src: every client module keeps its own 'use client' (a bundled entry would lose
  // it or put the pure functions behind it), and each shipped locale stays its own chunk.
  unbundle: true,
  root: 'src',
  fixedExtension: true,
  // Served as `@intelliauth/react-auth-errors/styles.css`.
  copy: ['src/styles.css'],
  plugins: [localeModules()],
  outputOptions(options) {
    const fileNames = options.entryFileNames ?? '[name].js';
    return {
      ...options,
      entryFileNames: (chunk) =>
        (typeof fileNames === 'function' ? fileNames(chunk) : fileNames).replace('[name]', chunkName(chunk.name)),
    };
  },
  // dependencies and peerDependencies (react, react-dom, i18next, react-i18next, @radix-ui/*,
  // react-router, next) and their subpaths (react/jsx-runtime) are external automatically;
  // test:pack checks the result.
});
