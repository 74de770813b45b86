import { HashRouter, useRoutes, type RouteObject } from 'react-router';
import { useEffect } from 'react';
import { later } from './later.ts';
import { whenIdle } from '../idle.ts';
import { Layout } from './Layout.tsx';
import { StartPage } from './StartPage.tsx';
import { QuestionPage } from './QuestionPage.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { READY_EVENT } from '../pwa/pwa.ts';

// Pages after the questions come in their own chunks, with the rules they show (council names,
// references, support items): none of it is needed before the first question. Fetched once the
// first page is up and the browser is idle (see later.ts), and precached.
const council = later(() => import('./CouncilPage.tsx').then((m) => m.CouncilPage));
const checkAnswers = later(() => import('./CheckAnswersPage.tsx').then((m) => m.CheckAnswersPage));
const result = later(() => import('./ResultPage.tsx').then((m) => m.ResultPage));
const howItDecides = later(() => import('./HowItDecidesPage.tsx').then((m) => m.HowItDecidesPage));
const caseNote = later(() => import('./CaseNotePage.tsx').then((m) => m.CaseNotePage));
const letter = later(() => import('./LetterPage.tsx').then((m) => m.LetterPage));
const compare = later(() => import('./ComparePage.tsx').then((m) => m.ComparePage));
const benefitsCheck = later(() => import('./BenefitsCheckPage.tsx').then((m) => m.BenefitsCheckPage));
/** In the order a carer meets them. */
const LATER = [council, checkAnswers, result, compare, benefitsCheck, howItDecides, letter, caseNote];
const CouncilPage = council.Page;
const CheckAnswersPage = checkAnswers.Page;
const ResultPage = result.Page;
const HowItDecidesPage = howItDecides.Page;
const CaseNotePage = caseNote.Page;
const LetterPage = letter.Page;
const ComparePage = compare.Page;
const BenefitsCheckPage = benefitsCheck.Page;

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
      { path: '/benefits-check', element: <BenefitsCheckPage /> },
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
    // The moment, for the benchmark's count of what had to be downloaded first.
    performance.mark('kc-ready');
    window.dispatchEvent(new Event(READY_EVENT));
    // The later pages, one after another, when the browser has nothing else to do.
    whenIdle(window, () => void LATER.reduce((p, page) => p.then(() => page.preload()).catch(() => undefined), Promise.resolve() as Promise<unknown>));
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
