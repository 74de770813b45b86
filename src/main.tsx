import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import rules from 'virtual:rules/core';
import { App } from './app/App.tsx';
import { firstPageIsNew } from './app/usePage.ts';
import { AppProvider, browserStores } from './app/context.tsx';
import { followLanguage, initI18nLazy } from './i18n/index.ts';
import { startLanguage } from './i18n/choose.ts';
import { LANGUAGE_CODES } from './i18n/languages.ts';
import { applyEmbedding } from './embed/frame.ts';
import { createPwa } from './pwa/pwa.ts';
import { PwaProvider } from './pwa/react.tsx';
import './styles.css';

// Each locale file is its own chunk: only the carer's language is downloaded to start with.
const locales = import.meta.glob<unknown>('../locales/*/*.json', { import: 'default' });
const loadLocale = (lng: string, ns: string) => {
  const load = locales[`../locales/${lng}/${ns}.json`];
  return load ? load() : Promise.reject(new Error(`no locale file locales/${lng}/${ns}.json`));
};

applyEmbedding(window, LANGUAGE_CODES);

// The service worker only in a build: the dev server serves modules it must not cache.
const pwa = createPwa(window, { register: import.meta.env.PROD });
const stores = browserStores();
const now = new Date();
const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');

const lng = startLanguage(window.location.search, stores.local, navigator.languages ?? [navigator.language]);
const i18n = await initI18nLazy(lng, loadLocale);
followLanguage(i18n, document);

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
