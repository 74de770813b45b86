/** dist/boot.js, the one classic script (no inline script needed). It decides what happens to the
 * pre-rendered English start page before the app starts, and then starts the app. It is loaded in
 * one of two places:
 * - index.html, what the server sends on a first visit: deferred, at the end of the body. Nothing
 *   waits for it: the browser draws the start page while it is on its way (on a slow connection, a
 *   round trip sooner than a blocking script in the head allows);
 * - app.html, what the service worker serves once the checker is installed (the same page, made at
 *   build time): in the head, blocking, before anything is drawn. It comes from the device, so
 *   blocking costs nothing, and a carer coming back never sees a page flash by.
 * What it decides:
 * - the English start page, nothing saved: it stays, and the app takes it over (hydration);
 * - the first question's address, nothing saved, English: the pre-rendered first question;
 * - another language on a first visit (from the server): the English page stays until the app
 *   draws it in her language, rather than a blank screen;
 * - anything else (answers saved, another page's address, another language from the device):
 *   hidden until the app draws the right page.
 * Same language rule as the app (src/i18n/choose.ts). */
import { startLanguage } from './i18n/choose.ts';

let stored: Pick<Storage, 'getItem'> | null = null;
try {
  stored = window.localStorage;
} catch {
  stored = null;
}
const lng = startLanguage(window.location.search, stored, navigator.languages ?? [navigator.language]);
let saved = false;
try {
  saved = window.sessionStorage.getItem('kinship-checker') !== null || stored?.getItem('kinship-checker') !== null;
} catch {
  saved = false;
}
const me = document.currentScript as HTMLScriptElement | null;
const hash = window.location.hash.replace(/^#/, '') || '/';
const html = document.documentElement;
// In the head (app.html), the page below has not been parsed yet.
const early = document.getElementById('root') === null;
const plain = !saved && lng === 'en';

/** Puts the pre-rendered first question in place of the start page. */
function showFirstQuestion() {
  const first = document.getElementById('kc-first-question') as HTMLTemplateElement | null;
  const root = document.getElementById('root');
  if (first && root && first.dataset.path === hash) {
    root.replaceChildren(first.content.cloneNode(true));
    html.dataset.kcShown = hash;
    html.removeAttribute('data-kc-wait');
  }
}

if (plain && hash === '/') html.dataset.kcShown = '/';
else if (plain && hash === me?.dataset.first) {
  if (early) {
    html.setAttribute('data-kc-wait', '');
    document.addEventListener('DOMContentLoaded', showFirstQuestion, { once: true });
  } else showFirstQuestion();
} else if (early || saved || hash !== '/') html.setAttribute('data-kc-wait', '');
// (Another language on a first visit: nothing to do; the app replaces the English page.)

// Start the app after the first paint (see vite.config.ts): the page paints from HTML alone.
const app = me?.dataset.app;
const preloads = (me?.dataset.preload ?? '').split(' ').filter(Boolean);
if (app) {
  const start = () => {
    // The manifest and tab icons (see vite.config.ts): for installing and the tab, not the page.
    const later = document.getElementById('kc-head-later') as HTMLTemplateElement | null;
    if (later) {
      document.head.querySelectorAll('link[rel="icon"][href^="data:"]').forEach((l) => l.remove());
      document.head.append(later.content);
    }
    // The entry's own imports, fetched alongside it rather than after it.
    for (const href of preloads) {
      const l = document.createElement('link');
      l.rel = 'modulepreload';
      l.crossOrigin = '';
      l.href = href;
      document.head.append(l);
    }
    const s = document.createElement('script');
    s.type = 'module';
    s.crossOrigin = '';
    s.src = app;
    document.head.append(s);
  };
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    setTimeout(start, 0);
  };
  // After the page is on screen, as the browser reports it (first contentful paint): the app's
  // files never compete with the first paint, even when they come at once from the HTTP cache.
  // Two animation frames are not enough: a frame is timed when it reaches the screen, which can be
  // later (measured in Chromium: after two frames the app's first request came before the paint in
  // 7 loads of 120, by up to 5 ms). When the page waits for the app (data-kc-wait: nothing of it is
  // drawn), at once. Where paint timing is missing, or the tab is hidden and will not paint, two
  // frames; and a second at most in case nothing is painted (an embed out of view).
  const afterPaint = () => {
    if (html.hasAttribute('data-kc-wait')) {
      once();
      return;
    }
    const paint = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('paint');
    if (!paint || document.visibilityState === 'hidden') {
      requestAnimationFrame(() => requestAnimationFrame(once));
      return;
    }
    const seen = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      seen.disconnect();
      once();
    });
    seen.observe({ type: 'paint', buffered: true });
    setTimeout(once, 1000);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', afterPaint, { once: true });
  else afterPaint();
}
