import './tests/support/node20-polyfills.ts';
import { defineConfig } from 'vitest/config';

// The built extensions in real browsers: Chromium (.output/chrome-mv3) and Firefox ESR
// (.output/firefox-mv2, tests/e2e/firefox*.test.ts). Run `npm run build` first.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
