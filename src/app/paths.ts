/** Each page's address (after the '#'): the routes table (App.tsx) is built from these, and the
 * journey's page <-> address both ways. The URL names the page, never an answer. */
import { pageOf, type JourneySnapshot, type JourneyEvent } from '../interview/journey.ts';
import type { InterviewRules } from '../rules/types.ts';

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

/** The routes table's patterns. */
export const PATTERNS = {
  question: PATHS.question(':id'),
  letter: PATHS.letter(':id'),
} as const;

const FIXED: Record<string, string> = {
  start: PATHS.start,
  council: PATHS.council,
  'check-answers': PATHS.check,
  result: PATHS.result,
  compare: PATHS.compare,
  'benefits-check': PATHS.benefitsCheck,
  'case-note': PATHS.caseNote,
};

/** The address of the page the journey is on. */
export function pathOf(snapshot: JourneySnapshot): string {
  const page = pageOf(snapshot);
  return page === 'letter' ? PATHS.letter(snapshot.context.letter!) : (FIXED[page] ?? PATHS.question(page));
}

/** The journey's page an address names, as the event that asks for it; undefined for the pages
 * outside the journey (how the checker decides, not found) and unknown questions. */
export function navTo(rules: InterviewRules, pathname: string): Extract<JourneyEvent, { type: 'nav.to' }> | undefined {
  const [, kind, id, more] = pathname.split('/');
  if (more !== undefined) return undefined;
  if (kind === 'questions') return Object.hasOwn(rules.questions, id!) ? { type: 'nav.to', page: id! } : undefined;
  if (kind === 'letter') return { type: 'nav.to', page: 'letter', letter: id };
  const page = Object.keys(FIXED).find((p) => FIXED[p] === pathname);
  return page ? { type: 'nav.to', page } : undefined;
}
