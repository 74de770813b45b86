// @vitest-environment jsdom
/** One journey: every page agrees on where the carer is. After going back two questions and
 * answering again, later answers are kept (to prefill), but the result is not reached: no page
 * behind the result may show it. */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import app from '../../locales/en/app.json';
import questions from '../../locales/en/questions.json';
import { renderApp } from './render.tsx';

afterEach(cleanup);

const SGO = {
  'where-child-lives': 'with-me-england',
  relationship: 'grandparent',
  'court-order': 'special-guardianship-order',
  'looked-after-before': 'no',
  parents: 'neither',
  'pension-age': 'no',
};

describe('after going back two questions, with later answers kept', () => {
  // She reached the result, went back to 'relationship' and answered it again: the route now
  // ends there, and court-order is her next question (its answer kept, to prefill).
  const session = { answers: SGO, path: ['where-child-lives', 'relationship'], council: null };

  it.each([['/result'], ['/case-note'], ['/compare'], ['/letter/sgoAssessment'], ['/check-answers'], ['/council']])(
    '%s sends her to the question she is on, not a result she has not reached',
    async (page) => {
      const { router } = renderApp(page, session);
      // The later pages load as their own chunks: wait for whichever page is drawn.
      const h1 = await screen.findByRole('heading', { level: 1 });
      expect(h1.textContent).toBe(questions['court-order'].title);
      expect(router.state.location.pathname).toBe('/questions/court-order');
      expect(screen.queryByText(app.professional.caseNoteTitle)).toBeNull();
    },
  );
});
