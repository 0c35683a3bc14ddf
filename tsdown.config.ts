import { defineConfig } from 'tsdown';

export default defineConfig({
  // Later entries: `toast` (src/toast) and one per shipped locale (`locales/<lng>`); add each to
  // package.json `exports` too, types first.
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  platform: 'neutral',
  dts: true,
  // dist mirrors src: every client module keeps its own 'use client' (a bundled entry would lose
  // it or put the pure functions behind it), and each shipped locale stays its own chunk.
  unbundle: true,
  root: 'src',
  fixedExtension: true,
  // dependencies and peerDependencies (react, react-dom, i18next, react-i18next, @radix-ui/*) and
  // their subpaths (react/jsx-runtime) are external automatically; test:pack checks the result.
});
