/** Renders the app at a route, in jsdom, with in-memory storage and a fixed date. */
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { I18nextProvider } from 'react-i18next';
import rules, { seedTitles } from 'virtual:rules';
import { routes } from '../../src/app/App.tsx';
import { AppProvider } from '../../src/app/context.tsx';
import type { i18n } from 'i18next';
import { initI18n } from '../../src/i18n/index.ts';
import { englishResources } from '../../src/i18n/english.ts';
import { serialise, type Session, type Stores } from '../../src/app/session.ts';

export function memoryStores(): Stores & { data: Map<string, string> } {
  const data = new Map<string, string>();
  const store = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
  return { session: store, local: { ...store, getItem: () => null, setItem: () => undefined, removeItem: () => undefined }, data };
}

/** `saved`: the exact text in storage (e.g. written by an older version), instead of `session`. */
export function renderApp(path: string, session?: Partial<Session>, today = '2026-11-23', saved?: string, i18nInstance?: i18n) {
  const stores = memoryStores();
  if (session) stores.data.set('kinship-checker', serialise(rules, { answers: {}, path: [], remember: false, ...session }));
  if (saved !== undefined) stores.data.set('kinship-checker', saved);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const i18n = i18nInstance ?? initI18n({ en: englishResources() });
  const utils = render(
    <I18nextProvider i18n={i18n}>
      <AppProvider rules={rules} seedTitles={seedTitles} stores={stores} today={today}>
        <RouterProvider router={router} />
      </AppProvider>
    </I18nextProvider>,
  );
  return { ...utils, router, stores, rules, i18n };
}
