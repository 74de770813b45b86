/** Model-based tests of the interview machine (createTestModel from xstate/graph): walk every
 * path through the machine and check that each ends in an arrangement, never asks a question
 * twice, and agrees with the engine; and that every question and arrangement is reachable. */
import { createActor, type AnyStateMachine } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { beforeAll, describe, expect, it } from 'vitest';
import { route } from '../../src/engine/route.ts';
import { test as truth } from '../../src/engine/logic.ts';
import type { Condition } from '../../src/rules/types.ts';
import { enumeratePaths, median } from '../../src/engine/paths.ts';
import { loadRules } from '../../src/rules/load-node.ts';
import { createInterviewMachine, routeAnswers, type InterviewEvent, type InterviewSnapshot } from '../../src/machine/interview.ts';

const rules = loadRules();
const machine = createInterviewMachine(rules);

/** Every predicate that routing or the choice of arrangement looks at. */
const deciding = new Set<string>();
const collect = (c: Condition): void => {
  if (c.kind === 'predicate') deciding.add(c.name);
  else if (c.kind === 'all' || c.kind === 'any') c.of.forEach(collect);
  else if (c.kind === 'not') collect(c.of);
};
for (const q of Object.values(rules.questions)) for (const t of q.next) if (t.when) deciding.add(t.when);
for (const a of rules.arrangements) collect(a.when);

/** Two snapshots are the same test state when they sit at the same question (or outcome), having
 * asked the same questions in the same order, and agree on every deciding predicate (so they
 * behave the same from there on). Shortest paths to every such state walk every distinct route
 * through the interview with real answers, without one path per answer combination (those are
 * checked exhaustively below, against the engine). */
const serializeState = (s: InterviewSnapshot) => {
  const answers = routeAnswers(s.context);
  const facts = [...deciding].map((p) => truth({ kind: 'predicate', name: p }, { rules, answers }).value[0]).join('');
  return `${s.context.path.join('>')}|${String(s.value)}|${facts}`;
};

const answerEvents = (s: InterviewSnapshot): InterviewEvent[] => {
  const q = rules.questions[String(s.value)];
  return q ? q.answers.map((value) => ({ type: 'answer.select', question: q.id, value })) : [];
};

describe('every path through the interview machine', () => {
  const model = createTestModel(machine as unknown as AnyStateMachine, { events: answerEvents as never, serializeState: serializeState as never });
  const paths = model.getShortestPaths();
  const finals = paths.filter((p) => p.state.status === 'done');

  it('is found, and every path ends in an arrangement', () => {
    expect(paths.length).toBeGreaterThan(20);
    expect(paths.filter((p) => p.state.status !== 'done').map((p) => p.description)).toEqual([]);
  });

  it('asks each question at most once, and agrees with the engine at every step', () => {
    // Replay each path's events on a fresh actor (the system under test) and, after every event,
    // compare where the actor is with where the model says it is and where the engine's route goes.
    for (const p of finals) {
      const actor = createActor(machine).start();
      const asked: string[] = [];
      const answers: Record<string, string> = {};
      for (const step of p.steps.slice(1)) {
        const e = step.event as Extract<InterviewEvent, { type: 'answer.select' }>;
        expect(asked).not.toContain(e.question);
        asked.push(e.question);
        answers[e.question] = e.value;
        actor.send(e);
        const s = actor.getSnapshot();
        expect(s.value).toBe(step.state.value);
        const r = route(rules, answers);
        if (s.status === 'done') expect(r.complete && r.outcome.arrangement).toBe(s.value);
        else expect(!r.complete && r.next).toBe(s.value);
      }
      expect(actor.getSnapshot().status).toBe('done');
    }
  });

  it('reaches every question and every arrangement', () => {
    const seen = new Set(paths.flatMap((p) => p.steps.map((s) => String(s.state.value))));
    expect(rules.questionOrder.filter((q) => !seen.has(q))).toEqual([]);
    expect(rules.arrangements.map((a) => a.id).filter((a) => !seen.has(a))).toEqual([]);
  });

  it('walks every distinct route the engine finds', () => {
    const machineRoutes = new Set(finals.map((p) => `${p.state.context.path.join('>')}=${String(p.state.value)}`));
    const engineRoutes = new Set(enumeratePaths(rules).map((p) => `${p.questions.join('>')}=${p.outcome}`));
    expect([...machineRoutes].sort()).toEqual([...engineRoutes].sort());
  });

  it('keeps routes short: median at most 7 questions, never more than 12', () => {
    const lengths = finals.map((p) => p.state.context.path.length);
    expect(median(lengths)).toBeLessThanOrEqual(7);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(12);
  });
});

describe('the machine and the engine on every combination of answers', () => {
  let all: ReturnType<typeof enumeratePaths>;
  beforeAll(() => {
    all = enumeratePaths(rules);
  });
  it('end in the same arrangement after the same questions', () => {
    let mismatches = 0;
    for (const p of all) {
      const actor = createActor(machine).start();
      for (const q of p.questions) {
        if (actor.getSnapshot().value !== q) mismatches++;
        actor.send({ type: 'answer.select', question: q, value: p.answers[q]! });
      }
      const s = actor.getSnapshot();
      if (s.status !== 'done' || s.value !== p.outcome) mismatches++;
    }
    expect(mismatches).toBe(0);
  });
});

describe('going back', () => {
  it('returns to the question before, keeps the answer to prefill it, and routes afresh', () => {
    const actor = createActor(machine).start();
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

  it('ignores an answer that is not one of the question\'s answers, or is for another question', () => {
    const actor = createActor(machine).start();
    actor.send({ type: 'answer.select', question: 'where-child-lives', value: 'on-the-moon' });
    actor.send({ type: 'answer.select', question: 'relationship', value: 'grandparent' });
    expect(actor.getSnapshot().value).toBe('where-child-lives');
    expect(actor.getSnapshot().context.path).toEqual([]);
  });

  it('starts again from the first question with nothing kept', () => {
    const actor = createActor(machine).start();
    actor.send({ type: 'answer.select', question: 'where-child-lives', value: 'with-me-england' });
    actor.send({ type: 'interview.restart' });
    expect(actor.getSnapshot().value).toBe(rules.start);
    expect(actor.getSnapshot().context).toEqual({ answers: {}, path: [] });
  });
});
