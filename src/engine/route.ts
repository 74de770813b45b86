/** Walks the questions from the start, following each question's `next` entries, and names the
 * arrangement at the end. This is the one place the interview's route is decided: the XState
 * machine's guards call nextTarget() and classify(). */
import { RESULT_TARGET, type Answers, type InterviewRules } from '../rules/types.ts';
import { test, type Finding } from './logic.ts';

export interface Step {
  question: string;
  answer: string;
  /** The predicate of the `next` entry taken; undefined for the default entry. */
  via?: string;
  to: string;
}

export interface Classification {
  arrangement: string;
  because: Finding[];
  /** Arrangements tested before the match whose test was unknown: the rules should never allow this. */
  skippedUnknown: string[];
}

export type Route =
  | { complete: false; steps: Step[]; next: string; answers: Answers }
  | { complete: true; steps: Step[]; outcome: Classification; answers: Answers };

export class AnswersError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnswersError';
  }
}

/** Where a question leads, given the answers so far on the route (including this question's). */
export function nextTarget(rules: InterviewRules, question: string, answers: Answers): { to: string; via?: string } {
  const q = Object.hasOwn(rules.questions, question) ? rules.questions[question] : undefined;
  if (!q) throw new AnswersError(`${quote(question)} is not a question`);
  for (const t of q.next) {
    if (t.when === undefined) return { to: t.goto };
    if (test({ kind: 'predicate', name: t.when }, { rules, answers }).value === 'yes') return { to: t.goto, via: t.when };
  }
  // compileRules() insists the last entry has no `when`, so this is unreachable for valid rules.
  throw new AnswersError(`"${question}" has no next step for these answers`);
}

/** The first arrangement whose test is true for these answers. */
export function classify(rules: InterviewRules, answers: Answers): Classification | undefined {
  const skippedUnknown: string[] = [];
  for (const a of rules.arrangements) {
    const r = test(a.when, { rules, answers });
    if (r.value === 'yes') return { arrangement: a.id, because: r.because, skippedUnknown };
    if (r.value === 'unknown') skippedUnknown.push(a.id);
  }
  return undefined;
}

export function route(rules: InterviewRules, given: Answers): Route {
  const steps: Step[] = [];
  const answers: Answers = {};
  let current = rules.start;
  for (;;) {
    if (answers[current] !== undefined) throw new AnswersError(`the route asks "${current}" twice`);
    const answer = given[current];
    if (answer === undefined) return { complete: false, steps, next: current, answers };
    const q = rules.questions[current]!;
    if (!q.answers.includes(answer)) {
      throw new AnswersError(`"${answer}" is not an answer to "${current}" (answers: ${q.answers.join(', ')})`);
    }
    answers[current] = answer;
    const { to, via } = nextTarget(rules, current, answers);
    steps.push({ question: current, answer, via, to });
    if (to === RESULT_TARGET) {
      const outcome = classify(rules, answers);
      if (!outcome) throw new AnswersError('no arrangement fits these answers');
      return { complete: true, steps, outcome, answers };
    }
    current = to;
  }
}

/** Input quoted for a message, and cut: a key or value can be anything (review L4). */
function quote(v: unknown): string {
  const q = JSON.stringify(v) ?? String(v);
  return q.length > 80 ? `${q.slice(0, 80)}…` : q;
}

/** Checks that every key is a question and every value one of its answers. */
export function checkAnswers(rules: InterviewRules, answers: unknown): Answers {
  if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) {
    throw new AnswersError('answers must be an object of question id to answer id, e.g. {"relationship": "grandparent"}');
  }
  const out: Answers = {};
  for (const [k, v] of Object.entries(answers as Record<string, unknown>)) {
    const q = Object.hasOwn(rules.questions, k) ? rules.questions[k] : undefined;
    if (!q) throw new AnswersError(`${quote(k)} is not a question (questions: ${rules.questionOrder.join(', ')})`);
    if (typeof v !== 'string' || !q.answers.includes(v)) {
      throw new AnswersError(`${quote(v)} is not an answer to "${k}" (answers: ${q.answers.join(', ')})`);
    }
    out[k] = v;
  }
  return out;
}
