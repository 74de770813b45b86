/** The one blocking script (dist/boot.js, a few hundred bytes, no inline script needed): before
 * the first paint, it decides whether the page's pre-rendered English start page may show. When
 * the carer's language is another, the page stays blank for the moment it takes the app to load
 * her language, rather than flashing English at her. Same rule as the app (src/i18n/choose.ts). */
import { startLanguage } from './i18n/choose.ts';

let stored: Pick<Storage, 'getItem'> | null = null;
try {
  stored = window.localStorage;
} catch {
  stored = null;
}
const lng = startLanguage(window.location.search, stored, navigator.languages ?? [navigator.language]);
// The pre-rendered page is the English start page with nothing saved: anything else waits.
let saved = false;
try {
  saved = window.sessionStorage.getItem('kinship-checker') !== null || stored?.getItem('kinship-checker') !== null;
} catch {
  saved = false;
}
const hash = window.location.hash.replace(/^#/, '') || '/';
const ready = lng === 'en' && !saved;
// Hidden until we know which page may show; never a flash of the wrong one. The page shown is
// noted, so the app takes it over only if the carer is still on it (she may click first).
if (!ready || hash !== '/') document.documentElement.setAttribute('data-kc-wait', '');
else document.documentElement.dataset.kcShown = '/';
if (ready && hash !== '/') {
  // The first question was pre-rendered too: put it in place, then let the page show.
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      const first = document.getElementById('kc-first-question') as HTMLTemplateElement | null;
      const root = document.getElementById('root');
      if (first && root && first.dataset.path === hash) {
        root.replaceChildren(first.content.cloneNode(true));
        document.documentElement.dataset.kcShown = hash;
        document.documentElement.removeAttribute('data-kc-wait');
      }
    },
    { once: true },
  );
}

// Start the app after the first frame (see vite.config.ts): the page paints from HTML alone.
const me = document.currentScript as HTMLScriptElement | null;
const app = me?.dataset.app;
const preloads = (me?.dataset.preload ?? '').split(' ').filter(Boolean);
if (app) {
  const start = () => {
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
  const afterPaint = () => requestAnimationFrame(() => setTimeout(start, 0));
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', afterPaint, { once: true });
  else afterPaint();
}
