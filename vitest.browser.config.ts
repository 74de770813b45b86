/** Browser tests: the built app (dist/) served by `vite preview`, driven in Debian's Chromium by
 * playwright-core. Run by `npm run test:browser` after `vite build`. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.browser.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    // Limits, not speed targets: one language's 15 journeys with axe take about 90 s on a quiet
    // 2-core machine and went past 120 s on a shared one (load average 14).
    testTimeout: 300_000,
    hookTimeout: 180_000,
  },
});
