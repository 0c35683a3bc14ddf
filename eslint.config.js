import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FRAMEWORKS = ['react', 'react-dom', 'react/*', 'react-dom/*', 'i18next', 'react-i18next', '@radix-ui/*'];

/** The folders of src/, in the order of the flow, and what each may not import. */
function layers() {
  const order = ['catalogue', 'core', 'engine', 'i18n', 'hooks', 'components', 'toast'];
  const rule = (folder, forbidden, frameworks) => ({
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...(forbidden.length > 0
              ? [{ group: forbidden.flatMap((name) => [`../${name}`, `../${name}/*`, `../../${name}/*`]), message: `src/${folder} imports only from the folders before it: ${order.join(' → ')}.` }]
              : []),
            ...(frameworks ? [{ group: FRAMEWORKS, message: `src/${folder} is framework-free: no React, i18next or Radix here.` }] : []),
          ],
        },
      ],
    },
  });
  return [
    ...order.map((folder, i) => rule(folder, [...order.slice(i + 1), 'delivery', 'adapters', 'integrations'], i <= 2)),
    // /delivery is an entry beside /toast: anything before it, no other entry.
    rule('delivery', ['toast', 'adapters', 'integrations'], false),
    // Adapters are pure functions over the catalogue and the core, each its own small entry.
    rule('adapters', ['engine', 'i18n', 'hooks', 'components', 'toast', 'delivery', 'integrations'], true),
    // The theme is a leaf: design tokens, nothing else of the kit.
    rule('theme', [...order, 'adapters', 'integrations'], false),
    // Framework integrations are entries: they import the kit's modules directly, never the root
    // barrel (which would pull every export into the entry), and no other entry.
    {
      files: ['src/integrations/**/*.{ts,tsx}'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              { regex: '^\\.\\./\\.\\.(/index)?$|^\\.\\./\\.\\./(toast|delivery|adapters)(/|$)', message: 'src/integrations imports the kit’s modules directly, never the root barrel or another entry.' },
              { regex: '^\\.\\./[^.]', message: 'Each integration stands alone: no imports from another integration.' },
            ],
          },
        ],
      },
    },
  ];
}

export default tseslint.config(
  { ignores: ['dist', 'storybook-static', 'coverage', 'node_modules', 'public', '**/*.tgz', 'examples/*/node_modules', 'examples/*/dist', 'examples/*/.next', 'examples/*/next-env.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      // One named interface per outcome kind documents the union, even when it adds no members.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` object and a derived union instead of an enum.' },
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  // One direction of flow: catalogue → core → engine → i18n → hooks → components → entries. A
  // folder imports only from the folders before it (theme/ and dev.ts are leaves anyone may use).
  ...layers(),
  {
    files: ['src/hooks/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['stories/**/*.{ts,tsx}', '.storybook/**/*.{ts,tsx}', '*.config.ts', 'test/**/*.{ts,tsx}', 'bench/**/*.{ts,tsx}', 'examples/next/app/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
