/** Browser tests: the built app (dist/) served by `vite preview`, driven in Debian's Chromium by
 * playwright-core. Run by `npm run test:browser` after `vite build`. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.browser.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
