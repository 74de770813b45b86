import { HashRouter, useRoutes, type RouteObject } from 'react-router';
import { lazy, useEffect } from 'react';
import { Layout } from './Layout.tsx';
import { StartPage } from './StartPage.tsx';
import { QuestionPage } from './QuestionPage.tsx';
import { CouncilPage } from './CouncilPage.tsx';
import { CheckAnswersPage } from './CheckAnswersPage.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

// The result page, the engine's support evaluation and the support rules are one chunk, loaded
// after the first question is on screen (and precached for offline use).
const ResultPage = lazy(() => import('./ResultPage.tsx').then((m) => ({ default: m.ResultPage })));
const HowItDecidesPage = lazy(() => import('./HowItDecidesPage.tsx').then((m) => ({ default: m.HowItDecidesPage })));
const CaseNotePage = lazy(() => import('./CaseNotePage.tsx').then((m) => ({ default: m.CaseNotePage })));
const LetterPage = lazy(() => import('./LetterPage.tsx').then((m) => ({ default: m.LetterPage })));
const ComparePage = lazy(() => import('./ComparePage.tsx').then((m) => ({ default: m.ComparePage })));

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { path: '/', element: <StartPage /> },
      { path: '/questions/:id', element: <QuestionPage /> },
      { path: '/council', element: <CouncilPage /> },
      { path: '/check-answers', element: <CheckAnswersPage /> },
      { path: '/result', element: <ResultPage /> },
      { path: '/compare', element: <ComparePage /> },
      { path: '/how-it-decides', element: <HowItDecidesPage /> },
      { path: '/case-note', element: <CaseNotePage /> },
      { path: '/letter/:id', element: <LetterPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(routes);
}

/** Once the app has drawn its first page, the pre-rendered page may show (see src/boot.ts). */
function Ready() {
  useEffect(() => {
    document.documentElement.removeAttribute('data-kc-wait');
    // The app is running: every button works (before this, a pre-rendered page is only a picture
    // with links). Tests wait for it.
    document.documentElement.dataset.kcReady = '';
  }, []);
  return null;
}

/** Hash routes (#/questions/relationship): the app works from any folder and offline without
 * server rewrites. The URL names the page, never an answer. The declarative router: the data
 * router's loaders and actions are not needed, and it is half the size. */
export function App() {
  return (
    <HashRouter>
      <AppRoutes />
      <Ready />
    </HashRouter>
  );
}
