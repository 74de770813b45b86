/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { rulesPlugin } from './scripts/vite-rules-plugin.ts';

// base: './' keeps every asset URL relative, so the built app also works from a sub-path.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    rulesPlugin(),
    VitePWA({
      // The carer decides when to update (a banner); src/pwa/ registers with workbox-window.
      registerType: 'prompt',
      injectRegister: false,
      manifestFilename: 'manifest.webmanifest',
      manifest: {
        id: './',
        name: 'Kinship care checker',
        short_name: 'Kinship checker',
        description: 'Find out which kinship care arrangement you are in and what support may help, in England.',
        lang: 'en',
        dir: 'ltr',
        // Relative to the manifest, so the app installs from any sub-path.
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: '#1d4f91',
        background_color: '#ffffff',
        icons: [
          { src: 'pwa-64x64.png', sizes: '64x64', type: 'image/png' },
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The app shell, the compiled rules (inside the JS), every locale (JS chunks) and the
        // icon. PNGs and the manifest are fetched by the browser itself; listing them here too
        // would precache them twice (vite-plugin-pwa adds the manifest icons).
        globPatterns: ['**/*.{js,css,html,svg,ico}'],
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
        navigateFallback: 'index.html',
        sourcemap: false,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Locale chunks are named by language and namespace, so their sizes can be reported.
        chunkFileNames: (chunk) => {
          const m = /locales\/([a-z]+)\/([a-z]+)\.json$/.exec(chunk.facadeModuleId ?? '');
          return m ? `assets/locale-${m[1]}-${m[2]}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 60_000,
  },
});
