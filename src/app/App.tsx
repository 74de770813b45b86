import { createHashRouter, RouterProvider } from 'react-router';
import { useMemo } from 'react';
import { Layout } from './Layout.tsx';
import { StartPage } from './StartPage.tsx';
import { QuestionPage } from './QuestionPage.tsx';
import { CouncilPage } from './CouncilPage.tsx';
import { CheckAnswersPage } from './CheckAnswersPage.tsx';
import { ResultPage } from './ResultPage.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

export const routes = [
  {
    element: <Layout />,
    children: [
      { path: '/', element: <StartPage /> },
      { path: '/questions/:id', element: <QuestionPage /> },
      { path: '/council', element: <CouncilPage /> },
      { path: '/check-answers', element: <CheckAnswersPage /> },
      { path: '/result', element: <ResultPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/** Hash routes (#/questions/relationship): the app works from any folder and offline without
 * server rewrites. The URL names the page, never an answer. */
export function App() {
  const router = useMemo(() => createHashRouter(routes), []);
  return <RouterProvider router={router} />;
}
