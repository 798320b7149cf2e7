import './tests/support/node20-polyfills.ts';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
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
