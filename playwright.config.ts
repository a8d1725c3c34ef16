// Browser tests: the production build served by `vite preview`, driven in Debian's Chromium.
import { defineConfig } from '@playwright/test';

// E2E_PORT and E2E_DIST let several people run specs side by side against their own build
// (`npx vite build --outDir /tmp/x`); `npm test` uses the defaults.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: DIST ? `${DIST}-results` : 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Generous: CI runs on a busy 2-core machine; no test waits on time, only on what the page shows.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort${DIST ? ` --outDir ${DIST}` : ''}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
