import './tests/support/node20-polyfills.ts';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    // The tests check behaviour, not time: a CI machine that runs two or three times slower for a while (it happens on
    // these 2-core machines) must not fail them. A test that hangs still fails, after half a minute.
    testTimeout: 30_000,
    setupFiles: [
      'fake-indexeddb/auto',
      './tests/support/quiet-happy-dom.ts',
      './tests/support/provide-panel.ts',
    ],
    include: ['tests/**/*.test.{ts,tsx}'],
    css: true,
    exclude: ['tests/e2e/**', 'node_modules/**'],
  },
});
