import type { Position } from './session.ts';

export const PATHS = {
  start: '/',
  question: (id: string) => `/questions/${id}`,
  council: '/council',
  check: '/check-answers',
  result: '/result',
  compare: '/compare',
  benefitsCheck: '/benefits-check',
  howItDecides: '/how-it-decides',
  caseNote: '/case-note',
  letter: (id: string) => `/letter/${id}`,
} as const;

/** Where a position sends the carer: the next question, else the council question (once), else
 * check your answers. */
export function pathFor(pos: Position, councilAsked: boolean): string {
  if (!pos.done) return PATHS.question(pos.question);
  return councilAsked ? PATHS.check : PATHS.council;
}

/** Carried in the router's history state (never in the URL): the carer came from check answers. */
export interface NavState {
  changing?: boolean;
  /** 'Start again' on the result page: the start page clears the session. */
  startAgain?: boolean;
  /** 'New visit' in professional mode: the start page clears everything, device storage too. */
  newVisit?: boolean;
}
