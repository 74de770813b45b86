/** Model-based tests of the live journey machine (createTestModel from xstate/graph): walk every
 * route through the interview, and at every step check it against the engine, go back, go
 * forward again, ask for every page by its address (pages not reached are refused), and from
 * check your answers change each answer. */
import { createActor, type AnyStateMachine } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { beforeAll, describe, expect, it } from 'vitest';
import { route } from '../../src/engine/route.ts';
import { test as truth } from '../../src/engine/logic.ts';
import type { Condition } from '../../src/rules/types.ts';
import { enumeratePaths, median } from '../../src/engine/paths.ts';
import { loadRules } from '../../tools/rules/load.ts';
import {
  createJourneyMachine,
  pageOf,
  routeAnswers,
  type JourneyActor,
  type JourneyEvent,
  type JourneySnapshot,
} from '../../src/interview/journey.ts';

const rules = loadRules();
const machine = createJourneyMachine(rules);
const FIXED = ['start', 'council', 'check-answers', 'result', 'compare', 'case-note'];

/** Every predicate that routing or the choice of arrangement looks at. */
const deciding = new Set<string>();
const collect = (c: Condition): void => {
  if (c.kind === 'predicate') deciding.add(c.name);
  else if (c.kind === 'all' || c.kind === 'any') c.of.forEach(collect);
  else if (c.kind === 'not') collect(c.of);
};
for (const q of Object.values(rules.questions)) for (const t of q.next) if (t.when) deciding.add(t.when);
for (const a of rules.arrangements) collect(a.when);

/** Two snapshots are the same test state when they are on the same page, having answered the
 * same questions in the same order, and agree on every deciding predicate (so they behave the
 * same from there on). Shortest paths to every such state walk every distinct route. */
const serializeState = (s: JourneySnapshot) => {
  const answers = routeAnswers(s.context);
  const facts = [...deciding].map((p) => truth({ kind: 'predicate', name: p }, { rules, answers }).value[0]).join('');
  return `${s.context.path.join('>')}|${pageOf(s)}|${facts}`;
};

/** Forward through the interview: each answer to the question on screen, then 'rather not say'. */
const forward = (s: JourneySnapshot): JourneyEvent[] => {
  const q = rules.questions[pageOf(s)];
  if (q) return q.answers.map((value) => ({ type: 'answer.select', question: q.id, value }));
  if (pageOf(s) === 'council') return [{ type: 'council.select', council: null }];
  return [];
};

/** A fresh actor taken along a path's events. */
function walk(events: JourneyEvent[]): JourneyActor {
  const actor = createActor(machine, { input: {} }).start();
  for (const e of events) actor.send(e);
  return actor;
}

/** What the pages she may ask for by address are, from the route alone (not from the machine):
 * the questions answered and the one on screen; the council question once the route is complete;
 * the rest once the council is answered too. */
function expectedReached(asked: string[], at: string, complete: boolean, councilAnswered: boolean): string[] {
  const pages = ['start', ...asked];
  if (rules.questions[at]) pages.push(at);
  if (complete) pages.push('council');
  if (complete && councilAnswered) pages.push('check-answers', 'result', 'compare', 'case-note');
  return pages.sort();
}

function reachedByMachine(s: JourneySnapshot): string[] {
  return ['start', ...rules.questionOrder, ...FIXED.slice(1)]
    .filter((page) => page === pageOf(s) || s.can({ type: 'nav.to', page }))
    .sort();
}

describe('every route through the journey', () => {
  const model = createTestModel(machine as unknown as AnyStateMachine, {
    events: forward as never,
    serializeState: serializeState as never,
  });
  const paths = model.getShortestPaths();
  const finals = paths.filter((p) => pageOf(p.state as unknown as JourneySnapshot) === 'check-answers');
  // Every step forward: an answer, or the council question.
  const forwardOnly = (p: (typeof paths)[number]) =>
    p.steps.slice(1).every((s) => ['answer.select', 'council.select'].includes(s.event.type));
  const eventsOf = (p: (typeof paths)[number]) => p.steps.slice(1).map((s) => s.event as JourneyEvent);

  it('is found, and every route ends at check your answers, having asked the council', () => {
    expect(finals.length).toBeGreaterThan(20);
    expect(finals.filter((p) => !forwardOnly(p)).map((p) => p.description)).toEqual([]);
    // (The graph also follows the events that need no payload: nav.back, nav.resume, visit.restart.)
    const stuck = paths.filter(
      (p) =>
        p.state.status !== 'active' ||
        (!rules.questions[pageOf(p.state as unknown as JourneySnapshot)] &&
          !['start', 'council', 'check-answers'].includes(pageOf(p.state as unknown as JourneySnapshot))),
    );
    expect(stuck.map((p) => p.description)).toEqual([]);
  });

  it('asks each question at most once, agrees with the engine at every step, and refuses every page not reached', () => {
    for (const p of finals) {
      const actor = createActor(machine, { input: {} }).start();
      const answers: Record<string, string> = {};
      let councilAnswered = false;
      for (const step of p.steps.slice(1)) {
        const e = step.event as JourneyEvent;
        if (e.type === 'answer.select') {
          expect(Object.keys(answers)).not.toContain(e.question);
          answers[e.question] = e.value;
        } else councilAnswered = true;
        actor.send(e);
        const s = actor.getSnapshot();
        expect(pageOf(s)).toBe(pageOf(step.state as unknown as JourneySnapshot));
        const r = route(rules, answers);
        expect(s.context.path).toEqual(r.steps.map((x) => x.question));
        if (r.complete) expect(pageOf(s)).toBe(councilAnswered ? 'check-answers' : 'council');
        else expect(pageOf(s)).toBe(r.next);
        expect(reachedByMachine(s), `${p.description}: pages she may ask for`).toEqual(
          expectedReached(s.context.path, pageOf(s), r.complete, councilAnswered),
        );
      }
      // Refused means refused: asking for a page not reached leaves her where she is.
      const early = walk(eventsOf(p).slice(0, 1));
      for (const page of ['council', 'check-answers', 'result', 'compare', 'case-note', rules.questionOrder.at(-1)!]) {
        const before = early.getSnapshot();
        early.send({ type: 'nav.to', page });
        expect([early.getSnapshot().value, early.getSnapshot().context]).toEqual([before.value, before.context]);
      }
      expect(walk([]).getSnapshot().can({ type: 'nav.to', page: 'letter', letter: 'lookedAfter' })).toBe(false);
    }
  });

  it('goes back one question at every step, keeps the answer to prefill it, and forward again', () => {
    for (const p of finals) {
      const events = eventsOf(p);
      for (let i = 1; i <= events.length; i++) {
        const actor = walk(events.slice(0, i));
        const here = actor.getSnapshot();
        const at = pageOf(here);
        actor.send({ type: 'nav.back' });
        const back = actor.getSnapshot();
        // Back from a question goes to the question before it; from the council, to the last question.
        const path = here.context.path;
        const expected =
          at === 'check-answers'
            ? 'check-answers'
            : rules.questions[at] && path.indexOf(at) === 0
              ? 'start'
              : (path[(path.includes(at) ? path.indexOf(at) : path.length) - 1] ?? 'start');
        expect(pageOf(back), `${p.description}, step ${i}: back from ${at}`).toBe(expected);
        if (rules.questions[pageOf(back)]) expect(back.context.answers[pageOf(back)]).toBe(here.context.answers[pageOf(back)]);
        expect(back.context.path).toEqual(path);
        // The browser's forward button: the page she came back from.
        actor.send({ type: 'nav.to', page: at });
        expect(pageOf(actor.getSnapshot())).toBe(at);
      }
    }
  });

  it('from check your answers, changes each answer: the same answer comes straight back; another one routes afresh with the kept answers', () => {
    for (const p of finals) {
      const done = walk(eventsOf(p)).getSnapshot();
      for (const q of done.context.path) {
        for (const value of rules.questions[q]!.answers) {
          const actor = createActor(machine, { snapshot: done, input: {} }).start();
          actor.send({ type: 'answer.change', question: q });
          expect(pageOf(actor.getSnapshot())).toBe(q);
          expect(actor.getSnapshot().context.changing).toBe(true);
          actor.send({ type: 'answer.select', question: q, value });
          const s = actor.getSnapshot();
          const answers = { ...done.context.answers, [q]: value };
          const r = route(rules, answers);
          if (value === done.context.answers[q]) expect(s.context).toEqual(done.context);
          expect(s.context.path).toEqual(r.steps.map((x) => x.question));
          expect(pageOf(s)).toBe(r.complete ? 'check-answers' : r.next);
          // Back while changing returns to check your answers only when nothing new is needed.
          if (!r.complete) {
            actor.send({ type: 'nav.back' });
            expect(pageOf(actor.getSnapshot())).not.toBe('check-answers');
          }
        }
      }
    }
  });

  it('reaches every question, and every arrangement', () => {
    const seen = new Set(paths.flatMap((p) => p.steps.map((s) => pageOf(s.state as unknown as JourneySnapshot))));
    expect(rules.questionOrder.filter((q) => !seen.has(q))).toEqual([]);
    const outcomes = new Set(
      finals.map((p) => {
        const r = route(rules, routeAnswers((p.state as unknown as JourneySnapshot).context));
        return r.complete ? r.outcome.arrangement : undefined;
      }),
    );
    expect(rules.arrangements.map((a) => a.id).filter((a) => !outcomes.has(a))).toEqual([]);
  });

  it('walks every distinct route the engine finds', () => {
    const journeyRoutes = new Set(
      finals.map((p) => {
        const c = (p.state as unknown as JourneySnapshot).context;
        const r = route(rules, routeAnswers(c));
        return `${c.path.join('>')}=${r.complete ? r.outcome.arrangement : '?'}`;
      }),
    );
    const engineRoutes = new Set(enumeratePaths(rules).map((p) => `${p.questions.join('>')}=${p.outcome}`));
    expect([...journeyRoutes].sort()).toEqual([...engineRoutes].sort());
  });

  it('keeps routes short: median at most 7 questions, never more than 12', () => {
    const lengths = finals.map((p) => (p.state as unknown as JourneySnapshot).context.path.length);
    expect(median(lengths)).toBeLessThanOrEqual(7);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(12);
  });
});

describe('the journey and the engine on every combination of answers', () => {
  let all: ReturnType<typeof enumeratePaths>;
  beforeAll(() => {
    all = enumeratePaths(rules);
  });
  it('ask the same questions, and end at the council question', () => {
    let mismatches = 0;
    for (const p of all) {
      const actor = createActor(machine, { input: {} }).start();
      for (const q of p.questions) {
        if (actor.getSnapshot().value !== q) mismatches++;
        actor.send({ type: 'answer.select', question: q, value: p.answers[q]! });
      }
      if (pageOf(actor.getSnapshot()) !== 'council') mismatches++;
    }
    expect(mismatches).toBe(0);
  });
});

describe('going back, and deep links', () => {
  it('returns to the question before, keeps the answer to prefill it, and routes afresh', () => {
    const actor = createActor(machine, { input: {} }).start();
    actor.send({ type: 'answer.select', question: 'where-child-lives', value: 'with-me-england' });
    actor.send({ type: 'answer.select', question: 'relationship', value: 'cousin' });
    actor.send({ type: 'answer.select', question: 'court-order', value: 'none' });
    expect(actor.getSnapshot().value).toBe('who-arranged');
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().value).toBe('court-order');
    expect(actor.getSnapshot().context.answers['court-order']).toBe('none');
    actor.send({ type: 'nav.back' });
    actor.send({ type: 'answer.select', question: 'relationship', value: 'grandparent' });
    actor.send({ type: 'answer.select', question: 'court-order', value: 'special-guardianship-order' });
    expect(actor.getSnapshot().value).toBe('looked-after-before');
    expect(actor.getSnapshot().context.path).toEqual(['where-child-lives', 'relationship', 'court-order']);
  });

  it("ignores an answer that is not one of the question's answers, or is for another question", () => {
    const actor = createActor(machine, { input: {} }).start();
    actor.send({ type: 'answer.select', question: 'where-child-lives', value: 'on-the-moon' });
    actor.send({ type: 'answer.select', question: 'relationship', value: 'grandparent' });
    expect(actor.getSnapshot().value).toBe('where-child-lives');
    expect(actor.getSnapshot().context.path).toEqual([]);
  });

  it('after going back two questions and answering again, refuses the result and the pages under it', () => {
    const answers = {
      'where-child-lives': 'with-me-england',
      relationship: 'grandparent',
      'court-order': 'special-guardianship-order',
      'looked-after-before': 'no',
      parents: 'neither',
      'pension-age': 'no',
    };
    const actor = createActor(machine, { input: { answers, path: ['where-child-lives', 'relationship'], council: null } }).start();
    expect(actor.getSnapshot().value).toBe('court-order');
    for (const page of ['result', 'case-note', 'compare', 'check-answers', 'council'])
      expect(actor.getSnapshot().can({ type: 'nav.to', page })).toBe(false);
    expect(actor.getSnapshot().can({ type: 'nav.to', page: 'letter', letter: 'sgoAssessment' })).toBe(false);
    // The browser's forward button may reuse her kept answers, one question at a time.
    actor.send({ type: 'nav.to', page: 'parents' });
    expect(actor.getSnapshot().value).toBe('parents');
    expect(actor.getSnapshot().context.path).toEqual(['where-child-lives', 'relationship', 'court-order', 'looked-after-before']);
  });

  it('starts again on the start page with nothing kept', () => {
    const actor = createActor(machine, { input: {} }).start();
    actor.send({ type: 'answer.select', question: 'where-child-lives', value: 'with-me-england' });
    actor.send({ type: 'visit.restart' });
    expect(actor.getSnapshot().value).toBe('start');
    expect(actor.getSnapshot().context).toEqual({ answers: {}, path: [], changing: false, remember: false });
  });
});
