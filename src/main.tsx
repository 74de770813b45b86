import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import rules from 'virtual:rules/core';
import { App } from './app/App.tsx';
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

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <PwaProvider pwa={pwa}>
        <AppProvider rules={rules} stores={stores} today={today}>
          <App />
        </AppProvider>
      </PwaProvider>
    </I18nextProvider>
  </StrictMode>,
);
