// Builds the benchmark's own pages (the bare React Flow baseline and the in-browser tools)
// into bench/dist; the harness serves them next to the app's production build, same origin.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const pages = fileURLToPath(new URL('./pages', import.meta.url));

export default defineConfig({
  root: pages,
  base: '/bench/',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: { input: { baseline: `${pages}/baseline.html`, tools: `${pages}/tools.html` } },
  },
});
