import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import rules, { seedTitles } from 'virtual:rules';
import { App } from './app/App.tsx';
import { AppProvider, browserStores } from './app/context.tsx';
import { initI18n } from './i18n.ts';
import { createPwa } from './pwa/pwa.ts';
import { PwaProvider } from './pwa/react.tsx';
import './styles.css';

const i18n = initI18n();
// The service worker only in a build: the dev server serves modules it must not cache.
const pwa = createPwa(window, { register: import.meta.env.PROD });
const now = new Date();
const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <PwaProvider pwa={pwa}>
        <AppProvider rules={rules} seedTitles={seedTitles} stores={browserStores()} today={today}>
          <App />
        </AppProvider>
      </PwaProvider>
    </I18nextProvider>
  </StrictMode>,
);
