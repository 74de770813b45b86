/** The start page as static HTML, made at build time (vite.config.ts): the carer sees the first
 * screen as soon as the HTML arrives, before any JavaScript; the app then renders the same page
 * over it. English only: src/boot.ts hides it when the carer's language is another. */
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { I18nextProvider } from 'react-i18next';
import rules from 'virtual:rules/core';
import { AppRoutes } from './app/App.tsx';
import { AppProvider } from './app/context.tsx';
import { initI18n } from './i18n/index.ts';
import { englishResources } from './i18n/english.ts';

export function renderStartPage(): string {
  const i18n = initI18n({ en: englishResources() });
  return renderToString(
    <I18nextProvider i18n={i18n}>
      <AppProvider rules={rules} stores={{ session: null, local: null }} today={rules.lastChecked}>
        <MemoryRouter initialEntries={['/']}>
          <AppRoutes />
        </MemoryRouter>
      </AppProvider>
    </I18nextProvider>,
  );
}
