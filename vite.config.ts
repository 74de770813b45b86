/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { rulesPlugin } from './scripts/vite-rules-plugin.ts';

// base: './' keeps every asset URL relative, so the built app also works from a sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), rulesPlugin()],
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 60_000,
  },
});
