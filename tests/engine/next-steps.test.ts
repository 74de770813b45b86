/** 'What to do now' and the money a week (issue 16): from the rules, for every arrangement. */
import { describe, expect, it } from 'vitest';
import { evaluate, type Result } from '../../src/engine/evaluate.ts';
import { enumeratePaths } from '../../src/engine/paths.ts';
import { MAX_STEPS, moneySummary, nextSteps, weeklyFigure } from '../../src/engine/next-steps.ts';
import { loadRules } from '../../tools/rules/load.ts';

const rules = loadRules();
const AS_OF = '2026-12-05';
const result = (answers: Record<string, string>, council: string | null = null) => {
  const r = evaluate(rules, answers, { asOf: AS_OF, council });
  if (!r.complete) throw new Error(`incomplete: next ${r.next}`);
  return r;
};
const contact = (id: string) => rules.contacts.find((c) => c.id === id);

/** The step's one action can be taken: a number to call, a page, or a letter. */
function actionable(item: Result['applies'][number]): boolean {
  switch (item.step!.action) {
    case 'call':
      return item.contacts.some((c) => contact(c)?.phone);
    case 'link':
      return item.link !== undefined && item.link.href.startsWith('https://');
    case 'letter':
      return item.letter !== undefined;
  }
}

const SGO_GRANDMOTHER = {
  'where-child-lives': 'with-me-england',
  relationship: 'grandparent',
  'court-order': 'special-guardianship-order',
  'looked-after-before': 'yes',
  'child-age': '5-to-10',
  parents: 'neither',
  'pension-age': 'yes',
};
const SOCIAL_WORKER_ASKED = {
  'where-child-lives': 'with-me-england',
  relationship: 'grandparent',
  'court-order': 'none',
  'who-arranged': 'council',
  'foster-approval': 'not-approved',
  'child-age': 'under-2',
  parents: 'neither',
  'pension-age': 'no',
};

describe('What to do now', () => {
  // Every answer combination there is (every route, every answer on it).
  const paths = enumeratePaths(rules);
  const byArrangement = new Map<string, number[]>();
  const problems: string[] = [];
  for (const p of paths) {
    const r = result(p.answers);
    const steps = nextSteps(r);
    const counts = byArrangement.get(r.arrangement.id) ?? [];
    counts.push(steps.length);
    byArrangement.set(r.arrangement.id, counts);
    for (const s of steps) if (!actionable(s)) problems.push(`${r.arrangement.id}: ${s.id} has no working ${s.step!.action}`);
    if (problems.length > 5) break;
  }

  it('every step, for every answer combination, has a working action (a number, an https page or a letter)', () => {
    expect(problems).toEqual([]);
  });

  it('gives every kinship arrangement in England 3 to 5 steps, for every answer combination', () => {
    const kinds = new Map(rules.arrangements.map((a) => [a.id, a.kind]));
    const outside = ['outside-england', 'not-kinship'];
    for (const [id, counts] of byArrangement) {
      const min = Math.min(...counts);
      const max = Math.max(...counts);
      expect(max, id).toBeLessThanOrEqual(MAX_STEPS);
      // Outside England, or not kinship care, the checker does not invent steps: at least one.
      expect(min, id).toBeGreaterThanOrEqual(outside.includes(kinds.get(id)!) ? 1 : 3);
    }
    // Every arrangement was reached.
    expect([...byArrangement.keys()].sort()).toEqual(rules.arrangements.map((a) => a.id).sort());
  });

  it('puts a warning first, and keeps the free advice line in the last place', () => {
    const steps = nextSteps(result(SOCIAL_WORKER_ASKED, 'Kent'));
    expect(steps[0]!.id).toBe('looked-after-check');
    expect(steps[0]!.step!.action).toBe('letter');
    expect(steps.at(-1)!.id).toBe('advice-lines');
    expect(steps.length).toBeGreaterThanOrEqual(3);
  });

  it('orders by urgency, then applies before may apply', () => {
    const steps = nextSteps(result(SGO_GRANDMOTHER, 'Birmingham'));
    const urgencies = steps.map((s) => s.step!.urgency);
    expect(urgencies).toEqual([...urgencies].sort((a, b) => a - b));
    expect(steps.map((s) => s.id)).toContain('sgo-support-assessment');
  });

  it('a private foster carer is offered a calendar reminder for telling the council', () => {
    const steps = nextSteps(
      result({
        'where-child-lives': 'with-me-england',
        relationship: 'family-friend',
        'court-order': 'none',
        'who-arranged': 'family',
        'how-long': '28-days-or-more',
        'child-age': '11-to-15',
        'child-disabled': 'no',
        parents: 'neither',
        'pension-age': 'no',
      }),
    );
    expect(steps[0]!.id).toBe('private-fostering-notification');
    expect(steps[0]!.step!.remindInDays).toBeGreaterThan(0);
  });
});

describe('money a week', () => {
  it('adds up only what she can claim as a right; means-tested and council money are kept apart', () => {
    const m = moneySummary(result(SGO_GRANDMOTHER, 'Birmingham'));
    expect(m.ofRight.map((l) => l.item)).toEqual(['child-benefit']);
    expect(m.ofRightTotal).toBe(27.05);
    // Pension Credit depends on her income: never in the total.
    expect(m.mayAlso.map((l) => l.item)).toContain('pension-credit-child-addition');
    expect(m.ofRight.map((l) => l.item)).not.toContain('pension-credit-child-addition');
  });

  it("a council's fostering allowance is never added in, and shows last year's figure with a range where her region is not known", () => {
    const m = moneySummary(result(SOCIAL_WORKER_ASKED, 'Kent'));
    expect(m.ofRightTotal).toBeUndefined();
    const fostering = m.council.find((l) => l.item === 'fostering-allowance')!;
    expect(fostering).toBeDefined();
    // Kent's band is not confirmed (South East or Rest of England): a range, not a guess.
    if (fostering.weekly === undefined) expect(fostering.range![0]).toBeLessThan(fostering.range![1]);
  });

  it('turns a monthly amount into a weekly one (12 months over 52 weeks)', () => {
    expect(weeklyFigure({ id: 'x', period: 'month', value: 52, dimensions: [], weekly: true }).weekly).toBe(12);
    expect(weeklyFigure({ id: 'x', period: 'once', value: 52, dimensions: [], weekly: true }).weekly).toBeUndefined();
  });
});
