import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  platform: 'neutral',
  dts: true,
  unbundle: true,
  root: 'src',
  fixedExtension: true,
});
