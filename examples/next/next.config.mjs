import { fileURLToPath } from 'node:url';

/** @type {import('next').NextConfig} */
export default {
  // The example lives inside the kit's repository: this folder is the app's root, not the kit's.
  outputFileTracingRoot: fileURLToPath(new URL('.', import.meta.url)),
  turbopack: { root: fileURLToPath(new URL('.', import.meta.url)) },
};
