import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { I18nextProvider } from './i18n/react.tsx';
import rules from 'virtual:rules/interview';
import { App } from './app/App.tsx';
import { firstPageIsNew } from './app/usePage.ts';
import { AppProvider, browserStores } from './app/context.tsx';
import { followLanguage, initI18nLazy, NAMESPACES } from './i18n/index.ts';
import { whenIdle } from './idle.ts';
import { READY_EVENT } from './pwa/pwa.ts';
import { startLanguage } from './i18n/choose.ts';
import { LANGUAGE_CODES } from './i18n/languages.ts';
import { createPwa } from './pwa/pwa.ts';
import { PwaProvider } from './pwa/react.tsx';
import { watchReturn } from './exit/exit.ts';
import './styles.css';

// After 'Leave this page', a page the browser brings back from its back/forward cache starts
// again from nothing (src/exit/exit.ts).
watchReturn(window);

// Each locale file stays a JSON file (data, parsed as data rather than compiled as script, the way
// i18next is made to load them): only the carer's language, and only the parts a page needs, are
// downloaded. The build gives each a hashed address; the service worker precaches them all.
const localeUrls = import.meta.glob<string>('../locales/*/*.json', { query: '?url', import: 'default', eager: true });
const loadLocale = async (lng: string, ns: string): Promise<unknown> => {
  const file = `locales/${lng}/${ns}.json`;
  const url = localeUrls[`../${file}`];
  if (!url) throw new Error(`no locale file ${file}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${file}: ${response.status}`);
  return response.json();
};

// Inside a charity's page (?embed=1, set by embed.js): its theme, and our height for its frame.
// That code is only downloaded there; it is applied before the first page is drawn.
const embedding = new URLSearchParams(window.location.search).get('embed') === '1' ? import('./embed/frame.ts').then((m) => m.applyEmbedding(window, LANGUAGE_CODES)) : undefined;

// The service worker only in a build: the dev server serves modules it must not cache.
const pwa = createPwa(window, { register: import.meta.env.PROD });
const stores = browserStores();
const now = new Date();
const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');

// No top-level await: chunks loaded later import from this one, and must not wait on it.
async function start() {
  const lng = startLanguage(window.location.search, stores.local, navigator.languages ?? [navigator.language]);
  const i18n = await initI18nLazy(lng, loadLocale);
  followLanguage(i18n, document);
  // Once the first page is up and the browser is idle, every word of this language, so that a
  // page open for a while never needs a file that an update (from another tab) or the browser's
  // cache eviction has since removed (review M5). A language switch then loads all of its words.
  window.addEventListener(READY_EVENT, () => whenIdle(window, () => void i18n.loadNamespaces([...NAMESPACES])), { once: true });
  await embedding;

  const tree = (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <PwaProvider pwa={pwa}>
          <AppProvider rules={rules} stores={stores} today={today}>
            <App />
          </AppProvider>
        </PwaProvider>
      </I18nextProvider>
    </StrictMode>
  );
  // The start page was drawn at build time (src/prerender.tsx). When boot.js let it show, React
  // takes over those very elements (hydration) instead of drawing them again.
  const container = document.getElementById('root')!;
  const here = window.location.hash.replace(/^#/, '') || '/';
  if (container.hasChildNodes() && document.documentElement.dataset.kcShown === here) hydrateRoot(container, tree);
  else {
    // Not the page that was drawn (the carer clicked before the app was ready, or it was hidden).
    if (document.documentElement.dataset.kcShown !== undefined) firstPageIsNew();
    container.replaceChildren();
    createRoot(container).render(tree);
  }
}
void start();
