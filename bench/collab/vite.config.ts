// Bundles bench/collab/makeDoc.ts (and the app's document code it uses) for Node, into
// bench/dist/collab/makeDoc.mjs. Packages stay external (SSR build), so the bundle and the
// provider share one copy of yjs.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  logLevel: 'warn',
  publicDir: false,
  build: {
    ssr: fileURLToPath(new URL('./makeDoc.ts', import.meta.url)),
    outDir: fileURLToPath(new URL('../dist/collab', import.meta.url)),
    emptyOutDir: true,
    target: 'node20',
    sourcemap: false,
    rolldownOptions: { output: { entryFileNames: '[name].mjs' } },
  },
});
