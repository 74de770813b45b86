/** The carer's whole visit as one XState v5 machine: its states are the pages (the start page, one
 * state per question id, generated from the rules, the council question, check your answers, and
 * the result with the pages under it), its context is what she has said. The app runs one actor of
 * it; pages read the snapshot and send events; the address bar and the device's storage follow it.
 *
 * Guards ask the engine (route() and its walk of the rules) and nothing else: the machine holds no
 * policy of its own. No React here, no URLs (src/app/paths.ts). */
import { assign, setup, type Actor, type SnapshotFrom } from 'xstate';
import { route, type Route } from '../engine/route.ts';
import { LETTERS, type Answers, type InterviewRules } from '../rules/types.ts';

export interface JourneyContext {
  /** Every answer given, including ones on branches the carer went back from (kept to prefill). */
  answers: Answers;
  /** The questions answered on the current route, in order. */
  path: string[];
  /** GSS code; null: the carer chose not to say; undefined: not asked yet. */
  council?: string | null;
  /** She came from 'Check your answers' to change an answer: kept answers carry her back there. */
  changing: boolean;
  /** Keep the answers on this device after the tab is closed (off unless the carer ticks it). */
  remember: boolean;
  /** Which letter, on the letter page. */
  letter?: string;
}

/** What a saved visit brings back (see persist.ts). */
export type JourneyInput = Partial<Pick<JourneyContext, 'answers' | 'path' | 'council' | 'remember'>>;

/** A page of the journey: start, a question id, council, check-answers, result, compare, case-note
 * or letter. (The compiler refuses a question id that is one of the others.) */
export type Page = string;

/** The pages under the result: the result itself is 'summary' inside the machine. */
const UNDER_RESULT = {
  result: 'summary',
  compare: 'compare',
  'benefits-check': 'benefits-check',
  'case-note': 'case-note',
  letter: 'letter',
} as const;

export type JourneyEvent =
  | { type: 'answer.select'; question: string; value: string }
  /** From check your answers (or a note after an update): change this answer, then come back. */
  | { type: 'answer.change'; question: string }
  | { type: 'council.select'; council: string | null }
  | { type: 'council.change' }
  | { type: 'nav.back' }
  /** The address bar, a link or the browser's back and forward buttons: refused (no transition)
   * for a page she has not reached. */
  | { type: 'nav.to'; page: Page; letter?: string }
  /** To where she really is: her next question, else the council question, else check answers. */
  | { type: 'nav.resume' }
  | { type: 'remember.set'; remember: boolean }
  | { type: 'visit.restart' };

/** The answers on the current route only: routing never looks at answers from abandoned branches. */
export function routeAnswers(context: Pick<JourneyContext, 'answers' | 'path'>): Answers {
  const out: Answers = {};
  for (const q of context.path) if (context.answers[q] !== undefined) out[q] = context.answers[q]!;
  return out;
}

/** The engine's walk of her route. */
export function routeOf(rules: InterviewRules, context: Pick<JourneyContext, 'answers' | 'path'>): Route {
  return route(rules, routeAnswers(context));
}

/** The questions she would be asked, from the start, reusing every answer she has kept, with the
 * question where that stops (undefined when the route ends). */
function keptRoute(rules: InterviewRules, answers: Answers): { questions: string[]; next?: string } {
  const r = route(rules, answers);
  return { questions: r.steps.map((s) => s.question), next: r.complete ? undefined : r.next };
}

/** The route kept in storage may no longer be one the rules take: keep the part they still take. */
export function validPath(rules: InterviewRules, answers: Answers, path: string[]): string[] {
  return routeOf(rules, { answers, path }).steps.map((s) => s.question);
}

export function createJourneyMachine(rules: InterviewRules) {
  // A context is never changed, only replaced: each one's route is worked out once.
  const routes = new WeakMap<JourneyContext, Route>();
  const routed = (c: JourneyContext) => routes.get(c) ?? routes.set(c, routeOf(rules, c)).get(c)!;
  const complete = (c: JourneyContext) => routed(c).complete;
  const finished = (c: JourneyContext) => complete(c) && c.council !== undefined;
  /** Pages she has reached: on her route, next, or further on by answers she has kept. */
  const reachable = (c: JourneyContext, q: string) => {
    // Her route is where the kept answers start: the same answers, from the same first question.
    const kept = keptRoute(rules, c.answers);
    return kept.questions.includes(q) || kept.next === q;
  };

  type Args = { context: JourneyContext; event: JourneyEvent };
  const journeySetup = setup({
    types: {
      context: {} as JourneyContext,
      events: {} as JourneyEvent,
      input: {} as JourneyInput | undefined,
    },
    guards: {
      /** One of this question's answers, for this question. */
      isAnswerTo: ({ event }: Args, params: { question: string }) =>
        event.type === 'answer.select' &&
        event.question === params.question &&
        rules.questions[params.question]!.answers.includes(event.value),
      /** The engine's route, from the answers on her route, asks this question next. */
      routeAsks: ({ context }: Args, params: { question: string }) => {
        const r = routed(context);
        return !r.complete && r.next === params.question;
      },
      routeComplete: ({ context }: Args) => complete(context),
      councilAsked: ({ context }: Args) => context.council !== undefined,
      changingAndFinished: ({ context }: Args) => context.changing && finished(context),
      /** On her route, `before` comes just before `question` (or is the last answered, when
       * `question` is not on it: the question she is to answer next, or the council). */
      cameFrom: ({ context }: Args, params: { question: string; before: string }) => {
        const at = context.path.indexOf(params.question);
        return (at >= 0 ? context.path[at - 1] : context.path[context.path.length - 1]) === params.before;
      },
      /** nav.to a page she has reached. */
      reached: ({ context, event }: Args, params: { page: Page }) => {
        if (event.type !== 'nav.to' || event.page !== params.page) return false;
        if (params.page === 'start') return true;
        if (params.page === 'council') return complete(context);
        if (params.page === 'letter') return finished(context) && (LETTERS as readonly string[]).includes(event.letter ?? '');
        if (params.page in UNDER_RESULT || params.page === 'check-answers') return finished(context);
        return reachable(context, params.page);
      },
      /** answer.change for a question she has reached. */
      canChange: ({ context, event }: Args, params: { question: string }) =>
        event.type === 'answer.change' && event.question === params.question && reachable(context, params.question),
    },
    actions: {
      /** Her answer, on the route up to this question; when changing, the kept answers after it
       * carry her on (the engine's route through every kept answer). */
      record: assign(({ context, event }, params: { question: string }) => {
        if (event.type !== 'answer.select') return {};
        const answers = { ...context.answers, [params.question]: event.value };
        const at = context.path.indexOf(params.question);
        const before = at >= 0 ? context.path.slice(0, at) : context.path;
        const path = context.changing ? keptRoute(rules, answers).questions : [...before, params.question];
        return { answers, path: validPath(rules, answers, path) };
      }),
      /** Going forward by kept answers (the browser's forward button): they become her route. */
      reach: assign(({ context }, params: { question: string }) => {
        if (context.path.includes(params.question)) return { changing: false };
        const kept = keptRoute(rules, context.answers).questions;
        const at = kept.indexOf(params.question);
        return { changing: false, path: at >= 0 ? kept.slice(0, at) : kept };
      }),
      /** What the event says: the council, the letter, or 'remember'. */
      take: assign(({ event }) =>
        event.type === 'council.select'
          ? { council: event.council }
          : event.type === 'nav.to'
            ? { letter: event.letter }
            : event.type === 'remember.set'
              ? { remember: event.remember }
              : {},
      ),
      startChanging: assign({ changing: true }),
      stopChanging: assign({ changing: false }),
      clear: assign(() => ({ answers: {}, path: [], council: undefined, changing: false, remember: false, letter: undefined })),
    },
  });

  // Where she really is: her next question, else the council question, else check your answers.
  const whereSheIs = [
    ...rules.questionOrder.map((q) => ({ guard: { type: 'routeAsks' as const, params: { question: q } }, target: `#journey.${q}` })),
    { guard: 'councilAsked' as const, target: '#journey.check-answers' },
    { target: '#journey.council' },
  ];

  // Which questions can lead to each question: where nav.back may go.
  const predecessors: Record<string, string[]> = {};
  for (const q of Object.values(rules.questions))
    for (const t of q.next) if (rules.questions[t.goto] && !(predecessors[t.goto] ??= []).includes(q.id)) predecessors[t.goto]!.push(q.id);

  const states: Record<string, object> = {
    /** Not a page: decides where she is (on starting, after each answer, on 'Continue'). */
    routing: { always: whereSheIs },
    start: {},
    council: {
      on: {
        'council.select': { target: 'check-answers', actions: 'take' },
        'nav.back': [
          { guard: 'changingAndFinished', target: 'check-answers' },
          ...rules.questionOrder.map((q) => ({ guard: { type: 'cameFrom', params: { question: 'council', before: q } }, target: q })),
        ],
      },
    },
    'check-answers': { entry: 'stopChanging' },
    result: {
      initial: 'summary',
      states: {
        summary: {},
        compare: { on: { 'nav.back': 'summary' } },
        'benefits-check': { on: { 'nav.back': 'summary' } },
        'case-note': { on: { 'nav.back': 'summary' } },
        letter: { on: { 'nav.back': 'summary' } },
      },
    },
  };
  for (const id of rules.questionOrder) {
    const params = { question: id };
    states[id] = {
      on: {
        'answer.select': { guard: { type: 'isAnswerTo', params }, target: 'routing', actions: { type: 'record', params } },
        'nav.back': [
          { guard: 'changingAndFinished', target: 'check-answers' },
          ...(predecessors[id] ?? []).map((p) => ({ guard: { type: 'cameFrom', params: { question: id, before: p } }, target: p })),
          { target: 'start' },
        ],
      },
    };
  }

  const pages: Page[] = [
    'start',
    ...rules.questionOrder,
    'council',
    'check-answers',
    'result',
    'compare',
    'benefits-check',
    'case-note',
    'letter',
  ];
  const target = (p: Page) => (p in UNDER_RESULT ? `.result.${UNDER_RESULT[p as keyof typeof UNDER_RESULT]}` : `.${p}`);

  return journeySetup.createMachine({
    id: 'journey',
    initial: 'routing',
    context: ({ input }) => ({
      answers: input?.answers ?? {},
      path: input?.path ?? [],
      council: input?.council,
      changing: false,
      remember: input?.remember ?? false,
    }),
    on: {
      'nav.to': pages.map((p) => ({
        guard: { type: 'reached', params: { page: p } },
        target: target(p),
        actions: rules.questions[p]
          ? [{ type: 'reach', params: { question: p } }]
          : p === 'letter'
            ? ['stopChanging', 'take']
            : ['stopChanging'],
      })),
      'nav.resume': { target: '.routing', actions: 'stopChanging' },
      'answer.change': rules.questionOrder.map((q) => ({
        guard: { type: 'canChange', params: { question: q } },
        target: `.${q}`,
        actions: [{ type: 'reach', params: { question: q } }, 'startChanging'],
      })),
      'council.change': { guard: 'routeComplete', target: '.council', actions: 'startChanging' },
      'remember.set': { actions: 'take' },
      'visit.restart': { target: '.start', actions: 'clear' },
    },
    states: states as never,
  });
}

export type JourneyMachine = ReturnType<typeof createJourneyMachine>;
export type JourneySnapshot = SnapshotFrom<JourneyMachine>;
export type JourneyActor = Actor<JourneyMachine>;

/** The page a snapshot is on: a question id, or one of PAGES. */
export function pageOf(snapshot: JourneySnapshot): Page {
  const v = snapshot.value as string | { result: string };
  if (typeof v === 'string') return v;
  const under = v.result;
  return (Object.keys(UNDER_RESULT) as (keyof typeof UNDER_RESULT)[]).find((k) => UNDER_RESULT[k] === under)!;
}
