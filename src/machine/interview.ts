/** The interview as an XState v5 machine, generated from the rules: one state per question id, a
 * final state per arrangement id. Guards are named after the rules' predicates and ask the engine;
 * the machine holds no policy of its own. No React here. */
import { and, assign, setup, type SnapshotFrom } from 'xstate';
import { classify } from '../engine/route.ts';
import { test } from '../engine/logic.ts';
import { RESULT_TARGET, type Answers, type InterviewRules } from '../rules/types.ts';

export interface InterviewContext {
  /** Every answer given, including ones on branches the carer went back from (kept to prefill). */
  answers: Answers;
  /** The questions answered on the current route, in order. */
  path: string[];
}

export type InterviewEvent =
  | { type: 'answer.select'; question: string; value: string }
  | { type: 'nav.back' }
  | { type: 'interview.restart' };

/** The answers on the current route only: routing never looks at answers from abandoned branches. */
export function routeAnswers(context: InterviewContext): Answers {
  const out: Answers = {};
  for (const q of context.path) out[q] = context.answers[q]!;
  return out;
}

type QuestionParams = { question: string };

function withEvent(context: InterviewContext, event: InterviewEvent, question: string): Answers {
  const answers = routeAnswers(context);
  if (event.type === 'answer.select') answers[question] = event.value;
  return answers;
}

export function createInterviewMachine(rules: InterviewRules) {
  const routingPredicates = new Set<string>();
  for (const q of Object.values(rules.questions)) for (const t of q.next) if (t.when) routingPredicates.add(t.when);

  const predicateGuards: Record<string, (args: { context: InterviewContext; event: InterviewEvent }, params: QuestionParams) => boolean> = {};
  for (const name of routingPredicates) {
    predicateGuards[name] = ({ context, event }, params) =>
      test({ kind: 'predicate', name }, { rules, answers: withEvent(context, event, params.question) }).value === 'yes';
  }

  // Which questions can lead to each question: the targets of nav.back.
  const predecessors: Record<string, string[]> = {};
  for (const q of Object.values(rules.questions))
    for (const t of q.next) if (t.goto !== RESULT_TARGET) (predecessors[t.goto] ??= []).includes(q.id) || predecessors[t.goto]!.push(q.id);

  const machineSetup = setup({
    types: {
      context: {} as InterviewContext,
      events: {} as InterviewEvent,
    },
    guards: {
      ...predicateGuards,
      isAnswerTo: ({ event }, params: QuestionParams) =>
        event.type === 'answer.select' &&
        event.question === params.question &&
        rules.questions[params.question]!.answers.includes(event.value),
      classifiesAs: ({ context, event }, params: QuestionParams & { arrangement: string }) =>
        classify(rules, withEvent(context, event, params.question))?.arrangement === params.arrangement,
      cameFrom: ({ context }, params: { question: string }) => context.path[context.path.length - 1] === params.question,
    },
    actions: {
      record: assign(({ context, event }, params: QuestionParams) => {
        if (event.type !== 'answer.select') return {};
        return {
          answers: { ...context.answers, [params.question]: event.value },
          path: [...context.path.filter((q) => q !== params.question), params.question],
        };
      }),
      stepBack: assign(({ context }) => ({ path: context.path.slice(0, -1) })),
      clear: assign(() => ({ answers: {}, path: [] })),
    },
  });

  const states: Record<string, object> = {};
  for (const id of rules.questionOrder) {
    const q = rules.questions[id]!;
    const params = { question: id };
    const transitions: object[] = [];
    for (const t of q.next) {
      const when = t.when ? [{ type: t.when, params }] : [];
      const targets =
        t.goto === RESULT_TARGET
          ? rules.arrangements.map((a) => ({
              target: `#interview.${a.id}`,
              extra: [{ type: 'classifiesAs', params: { question: id, arrangement: a.id } }],
            }))
          : [{ target: `#interview.${t.goto}`, extra: [] as object[] }];
      for (const { target, extra } of targets) {
        transitions.push({
          guard: and([{ type: 'isAnswerTo', params }, ...when, ...extra] as never),
          target,
          actions: { type: 'record', params },
        });
      }
    }
    states[id] = {
      on: {
        'answer.select': transitions,
        'nav.back': (predecessors[id] ?? []).map((p) => ({
          guard: { type: 'cameFrom', params: { question: p } },
          target: `#interview.${p}`,
          actions: 'stepBack',
        })),
      },
    };
  }
  for (const a of rules.arrangements) states[a.id] = { type: 'final' };

  return machineSetup.createMachine({
    id: 'interview',
    initial: rules.start,
    context: { answers: {}, path: [] },
    on: { 'interview.restart': { target: `.${rules.start}`, actions: 'clear' } },
    states: states as never,
  });
}

export type InterviewMachine = ReturnType<typeof createInterviewMachine>;
export type InterviewSnapshot = SnapshotFrom<InterviewMachine>;
