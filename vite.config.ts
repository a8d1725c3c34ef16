/// <reference types="vitest/config" />
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { icuCatalogs } from './src/i18n/build/icuPlugin.ts';

/**
 * The origin (ws: or wss:) of the collaboration server named at build time by VITE_COLLAB_SERVER:
 * when set, the only place besides the app's own origin that the page may connect to. When unset,
 * the page may open WebSockets to any host (people type their server's address in "Share live"),
 * still never plain HTTP requests to another origin.
 */
export function collabOrigin(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`VITE_COLLAB_SERVER is not a URL: ${value}`);
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') throw new Error(`VITE_COLLAB_SERVER must be a ws: or wss: URL: ${value}`);
  return `${url.protocol}//${url.host}`;
}

/**
 * The content security policy: script only from the app's origin (no inline script, no eval, no
 * other origin), no plugins, no framing, connections to the app's origin and the collaboration
 * server. Styles allow 'unsafe-inline' (React sets style attributes, the canvas writes <style>
 * rules for lenses); the PNG export draws data: SVG images, embeds fonts as data: URLs and saves
 * a blob:. `frame-ancestors` only works as a response header, so the <meta> leaves it out.
 */
export function contentSecurityPolicy(collab: string | undefined, delivery: 'header' | 'meta'): string {
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${collab ?? 'ws: wss:'}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(delivery === 'header' ? ["frame-ancestors 'none'"] : []),
  ];
  return directives.join('; ');
}

/** Puts the policy into the built index.html (not the dev server's: see README). */
function cspMeta(policy: string): Plugin {
  return {
    name: 'waymark-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig(({ command, mode }) => {
  const collab = collabOrigin(loadEnv(mode, process.cwd(), 'VITE_').VITE_COLLAB_SERVER);
  return {
    plugins: [
      react(),
      // The catalogs' ICU messages parsed at build time (unit tests read them as written).
      ...(process.env.VITEST ? [] : [icuCatalogs()]),
      cspMeta(contentSecurityPolicy(collab, 'meta')),
      VitePWA({
        strategies: 'generateSW',
        registerType: 'prompt',
        // src/app/UpdatePrompt.tsx registers it (virtual:pwa-register/react): no inline script.
        injectRegister: false,
        manifest: {
          name: 'Waymark',
          short_name: 'Waymark',
          description: 'Customer journey maps for CX teams, kept in your browser.',
          lang: 'en',
          start_url: '/',
          scope: '/',
          display: 'standalone',
          theme_color: '#1f3a8a',
          background_color: '#f8fafc',
          icons: [
            { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
            { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
            { src: 'pwa-maskable-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          ],
        },
        workbox: {
          // The app shell: every script, stylesheet and page. The UI uses system fonts only; the
          // PNG export's font slices (about 200 files) are cached when first used, below.
          // Each file must stay under workbox's default limit (2 MiB): tests/check-precache.mjs.
          globPatterns: ['**/*.{js,css,html,svg}'],
          // The first visit is controlled as soon as the worker is installed; a new version
          // still waits for "Reload" (skipWaiting stays off).
          clientsClaim: true,
          // The benchmark's own pages are served next to the app (bench/run.mjs).
          navigateFallbackDenylist: [/^\/bench\//],
          runtimeCaching: [
            {
              // PNG-export font slices (src/ui/io/png/exportFonts.ts); content-hashed names.
              urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/assets/') && url.pathname.endsWith('.woff2'),
              handler: 'CacheFirst',
              options: {
                cacheName: 'waymark-export-fonts',
                expiration: { maxEntries: 400 },
                cacheableResponse: { statuses: [200] },
              },
            },
          ],
        },
      }),
    ],
    build: { target: 'es2022', sourcemap: true },
    // Messages arrive parsed (icuCatalogs), so the built app leaves intl-messageformat's parser out.
    resolve: command === 'build' && !process.env.VITEST
      ? { alias: [{ find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' }] }
      : undefined,
    // `vite preview` (the browser tests, `npm run preview`) sends the policy as a header, with
    // frame-ancestors. The dev server does not: its React refresh preamble is an inline script.
    preview: {
      headers: {
        'Content-Security-Policy': contentSecurityPolicy(collab, 'header'),
        'X-Content-Type-Options': 'nosniff',
      },
    },
    test: {
      environment: 'happy-dom',
      include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/collab/**/*.test.ts'],
      setupFiles: ['tests/unit/setup.ts'],
      // CI's 2 cores may be busy: a test fails on what it checks, not on the clock.
      testTimeout: 60_000,
    },
  };
});
