/** Renders the app at a route, in jsdom, with in-memory storage and a fixed date. */
import { render } from '@testing-library/react';
import { MemoryRouter, useLocation, type Location } from 'react-router';
import { I18nextProvider } from '../../src/i18n/react.tsx';
import rules from 'virtual:rules';
import { AppRoutes } from '../../src/app/App.tsx';
import { AppProvider } from '../../src/app/context.tsx';
import type { i18n } from 'i18next';
import { initI18n } from '../../src/i18n/index.ts';
import { englishResources } from '../../src/i18n/english.ts';
import { serialise, type Session, type Stores } from '../../src/interview/persist.ts';

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
  // Where the router is, for assertions (the declarative router has no router object).
  const seen: { location?: Location } = {};
  function Spy() {
    seen.location = useLocation();
    return null;
  }
  const router = {
    get state() {
      return { location: seen.location! };
    },
  };
  const i18n = i18nInstance ?? initI18n({ en: englishResources() });
  const utils = render(
    <I18nextProvider i18n={i18n}>
      <AppProvider rules={rules} stores={stores} today={today}>
        <MemoryRouter initialEntries={[path]}>
          <AppRoutes />
          <Spy />
        </MemoryRouter>
      </AppProvider>
    </I18nextProvider>,
  );
  return { ...utils, router, stores, rules, i18n };
}
