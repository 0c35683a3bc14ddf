import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { api } from './api.mjs';

// The example's "platform API" runs in the preview server itself (and the dev server), so
// `npm start` after `npm run build` is all the example needs.
export default defineConfig({
  plugins: [react(), api()],
});
