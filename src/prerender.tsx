/** The start page as static HTML, made at build time (vite.config.ts): the carer sees the first
 * screen as soon as the HTML arrives, before any JavaScript; the app then renders the same page
 * over it. English only: the app redraws it in the carer's language (src/boot.ts). */
import { renderToString } from 'react-dom/server';
import { Router, createPath, type Navigator } from 'react-router';
import { I18nextProvider } from './i18n/react.tsx';
import rules from 'virtual:rules/interview';
import { AppRoutes } from './app/App.tsx';
import { AppProvider } from './app/context.tsx';
import { initI18n } from './i18n/index.ts';
import { englishResources } from './i18n/english.ts';
import { PATHS } from './app/paths.ts';

/** The path of the first question: also pre-rendered, for a reload or a link straight to it. */
export const FIRST_QUESTION = PATHS.question(rules.start);

export function renderStartPage(): string {
  return renderPage('/');
}

/** Links drawn at build time must be the hash links the app's HashRouter draws ('#/questions/..'),
 * or a click before the app has started would leave the app, and React would find different HTML
 * when it takes the page over. */
const hashNavigator: Navigator = {
  createHref: (to) => `#${typeof to === 'string' ? to : createPath(to)}`,
  go: () => undefined,
  push: () => undefined,
  replace: () => undefined,
};

export function renderPage(path: string): string {
  const i18n = initI18n({ en: englishResources() });
  return renderToString(
    <I18nextProvider i18n={i18n}>
      <AppProvider rules={rules} stores={{ session: null, local: null }} today={rules.lastChecked}>
        <Router location={path} navigator={hashNavigator} static>
          <AppRoutes />
        </Router>
      </AppProvider>
    </I18nextProvider>,
  );
}
