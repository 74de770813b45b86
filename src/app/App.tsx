import { HashRouter, useRoutes, type RouteObject } from 'react-router';
import { useEffect } from 'react';
import { later } from './later.ts';
import { whenIdle } from '../idle.ts';
import { Layout } from './Layout.tsx';
import { StartPage } from './StartPage.tsx';
import { QuestionPage } from './QuestionPage.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { READY_EVENT } from '../pwa/pwa.ts';
import { JourneyProvider } from './journey.tsx';
import { PATHS, PATTERNS } from './paths.ts';

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
      { path: PATHS.start, element: <StartPage /> },
      { path: PATTERNS.question, element: <QuestionPage /> },
      { path: PATHS.council, element: <CouncilPage /> },
      { path: PATHS.check, element: <CheckAnswersPage /> },
      { path: PATHS.result, element: <ResultPage /> },
      { path: PATHS.compare, element: <ComparePage /> },
      { path: PATHS.benefitsCheck, element: <BenefitsCheckPage /> },
      { path: PATHS.howItDecides, element: <HowItDecidesPage /> },
      { path: PATHS.caseNote, element: <CaseNotePage /> },
      { path: PATTERNS.letter, element: <LetterPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/** The pages, inside the one journey of the visit (which the address follows). */
export function AppRoutes() {
  return <JourneyProvider>{useRoutes(routes)}</JourneyProvider>;
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
