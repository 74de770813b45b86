/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { rulesPlugin } from './tools/build/vite-rules-plugin.ts';
import { licencesPlugin } from './tools/build/licenses-plugin.ts';

/** The Content-Security-Policy of the built app: our own files only, no inline script, nothing
 * from anywhere else. (frame-ancestors cannot be set in a meta tag: see the README for headers.)
 * Only in the build: the dev server needs inline scripts for hot reload. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** dist/boot.js (from src/boot.ts, one deferred classic script at the end of the body) and the start page
 * pre-rendered into index.html. Build only. */
function firstScreenPlugin(): Plugin {
  return {
    name: 'kinship-first-screen',
    apply: 'build',
    async transformIndexHtml(html) {
      // Render the start page with the app's own components, through a throwaway Vite server
      // that shares this config's plugins (so virtual:rules resolves).
      const { createServer } = await import('vite');
      const server = await createServer({ configFile: false, plugins: [react(), rulesPlugin()], server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom', logLevel: 'error' });
      try {
        const { renderPage, FIRST_QUESTION } = (await server.ssrLoadModule('/src/prerender.tsx')) as { renderPage: (p: string) => string; FIRST_QUESTION: string };
        // The start page in the root; the first question in an inert template that boot.js uses
        // when the address is that question (a reload, or a link straight to it).
        return html
          // boot.js comes last and is deferred: nothing waits for it before the page is drawn.
          .replace(
            '<div id="root"></div>',
            `<div id="root">${renderPage('/')}</div>\n    <template id="kc-first-question" data-path="${FIRST_QUESTION}">${renderPage(FIRST_QUESTION)}</template>\n    <script defer src="./boot.js" data-first="${FIRST_QUESTION}"></script>`,
          );
      } finally {
        await server.close();
      }
    },
    async generateBundle() {
      // Two classic scripts, each self-contained: boot.js (see src/boot.ts) and embed.js, the
      // snippet charities paste (src/embed/snippet.ts).
      const { build } = await import('rolldown');
      for (const [input, fileName] of [['src/boot.ts', 'boot.js'], ['src/embed/snippet.ts', 'embed.js']]) {
        const out = await build({ input, write: false, output: { format: 'iife', minify: true }, logLevel: 'silent' });
        this.emitFile({ type: 'asset', fileName, source: out.output[0].code });
      }
    },
  };
}

/** dist/_headers: the page's policy, plus frame-ancestors when a list of sites allowed to frame
 * the checker is given (space-separated origins; 'self' is always allowed). */
export function headersFile(policy: string, frameAncestors?: string): string {
  const sites = (frameAncestors ?? '').split(/\s+/).filter(Boolean);
  for (const s of sites) {
    if (!/^https?:\/\/[a-z0-9.-]+(:\d+)?$/i.test(s)) throw new Error(`KC_FRAME_ANCESTORS: "${s}" is not an origin like https://charity.org.uk`);
  }
  const csp = sites.length ? `${policy}; frame-ancestors 'self' ${sites.join(' ')}` : policy;
  return ['/*', `  Content-Security-Policy: ${csp}`, '  Referrer-Policy: no-referrer', '  X-Content-Type-Options: nosniff', ''].join('\n');
}

/** The page's CSS goes into the HTML (one request fewer before the first paint on a slow
 * network), allowed by its hash in the policy; then the policy itself. Runs after Vite has
 * written the stylesheet link. */
function cspPlugin(): Plugin {
  let headerPolicy = CSP;
  return {
    name: 'kinship-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        let policy = CSP;
        const link = /<link rel="stylesheet" crossorigin href="\.\/(assets\/[^"]+\.css)">/.exec(html);
        const css = link && ctx.bundle?.[link[1]!];
        if (link && css && css.type === 'asset') {
          const text = String(css.source);
          const hash = createHash('sha256').update(text).digest('base64');
          html = html.replace(link[0], `<style>${text}</style>`);
          policy = policy.replace("style-src 'self'", `style-src 'self' 'sha256-${hash}'`);
        }
        // The app starts after the pre-rendered page is on screen: boot.js adds the entry script
        // after the first paint (its address goes on the boot script tag), so downloading and
        // running 140 KB of JavaScript never holds up the first paint. Module preloads would
        // compete with the page for a slow connection, so they go too; the entry imports them.
        const entry = /\s*<script type="module" crossorigin src="(\.\/assets\/[^"]+\.js)"><\/script>/.exec(html);
        if (entry) {
          const preloads = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((m) => m[1]);
          html = html
            .replace(entry[0], '')
            .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
            .replace('<script defer src="./boot.js"', `<script defer src="./boot.js" data-app="${entry[1]}" data-preload="${preloads.join(' ')}"`);
        }

        headerPolicy = policy;
        return html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
      },
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        // The web app manifest is for installing and the tab icons are for the tab, not for the
        // first screen: their links wait in a <template> (nothing in one is fetched) until boot.js
        // moves them into the head with the app, after the first paint, so they do not compete with
        // the page on a slow connection. (Lighthouse's simulation counts a favicon requested before
        // the paint as something the paint waited for: half the loads, 150 ms, by chance.)
        // vite-plugin-pwa writes the manifest link after every HTML transform, hence here.
        const page = bundle['index.html'];
        if (page?.type !== 'asset') return;
        const html = String(page.source);
        const later = [...html.matchAll(/\s*<link rel="(?:manifest|icon)"[^>]*>/g)].map((m) => m[0]);
        if (!later.some((l) => l.includes('rel="manifest"'))) this.error('index.html has no manifest link to move');
        const template = `  <template id="kc-head-later">${later.map((l) => l.trim()).join('')}</template>\n  </head>`;
        // Until then an empty icon: without any, the browser asks for /favicon.ico at once.
        const index = later.reduce((h, l) => h.replace(l, ''), html).replace('</head>', template).replace('<title>', '<link rel="icon" href="data:," />\n    <title>');
        if (!index.includes('id="kc-head-later"')) this.error('index.html has no </head> to put the later links before');
        page.source = index;
        // app.html: the same page with boot.js in the head, blocking, for the service worker to
        // serve once installed (see src/boot.ts): from the device it costs nothing, and it decides
        // before anything is drawn.
        const boot = /\s*<script defer src="\.\/boot\.js"[^>]*><\/script>/.exec(index);
        if (!boot) this.error('index.html has no boot.js to copy into app.html');
        const blocking = boot[0].trim().replace('<script defer ', '<script ');
        const app = index.replace(boot[0], '').replace(/(<meta http-equiv="Content-Security-Policy"[^>]*>)/, `$1\n    ${blocking}`);
        if (app === index.replace(boot[0], '')) this.error('index.html has no Content-Security-Policy to put boot.js after');
        this.emitFile({ type: 'asset', fileName: 'app.html', source: app });
        // The same policy as HTTP headers, for hosts that can send them (the _headers format of
        // Netlify and Cloudflare Pages; copy the lines to any other server's config). A header
        // stricter than the meta tag would win: this one is exactly the page's own, hash included
        // (review M4). KC_FRAME_ANCESTORS lists the sites allowed to frame the checker (review L6).
        this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(headerPolicy, process.env.KC_FRAME_ANCESTORS) });
      },
    },
  };
}

/** React Router's bundle names its components at the top level (`Link.displayName = "Link"`) and
 * creates them without a pure annotation, so a bundler must keep every one (NavLink, Form,
 * ScrollRestoration...) even when the app uses none. Dropping the names (only React's dev tools
 * read them) and marking the calls pure lets the unused ones go: 1.9 KB of gzip before the first
 * question. Build only; a new router release that changes this shape just stops saving bytes
 * (bench/budget.json would say so). */
function routerTreeShakePlugin(): Plugin {
  return {
    name: 'router-tree-shake',
    apply: 'build',
    transform(code, id) {
      if (!/react-router\/dist\/(?:development|production)\/chunk-[^/]+\.mjs$/.test(id)) return undefined;
      return code
        .replace(/^\w+\.displayName = "[^"]*";$/gm, '')
        .replace(/^var (\w+) = (React\d*)\.(forwardRef|createContext)\(/gm, 'var $1 = /* @__PURE__ */ $2.$3(');
    },
  };
}

// base: './' keeps every asset URL relative, so the built app also works from a sub-path.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    routerTreeShakePlugin(),
    rulesPlugin(),
    cspPlugin(),
    licencesPlugin(new URL('.', import.meta.url).pathname),
    firstScreenPlugin(),
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
        // The app shell, the compiled rules (inside the JS), every locale (JSON files) and the
        // icon. PNGs and the manifest are fetched by the browser itself; listing them here too
        // would precache them twice (vite-plugin-pwa adds the manifest icons).
        globPatterns: ['**/*.{js,css,html,svg,ico}', 'assets/locale-*.json'],
        // The sample charity page is for trying the embed, not part of the checker.
        globIgnores: ['embed-demo.*'],
        navigateFallbackDenylist: [/embed-demo/],
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
        // Once installed, every page of the checker opens from app.html (boot.js in the head).
        navigateFallback: 'app.html',
        directoryIndex: 'app.html',
        sourcemap: false,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    // Locale files stay files (src/main.tsx fetches them), however small.
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
    rolldownOptions: {
      output: {
        // Locale files are named by language and namespace, so their sizes can be reported.
        assetFileNames: (asset) => {
          const m = /locales\/([a-z]+)\/([a-z]+)\.json$/.exec(asset.originalFileNames?.[0] ?? '');
          return m ? `assets/locale-${m[1]}-${m[2]}-[hash][extname]` : 'assets/[name]-[hash][extname]';
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
