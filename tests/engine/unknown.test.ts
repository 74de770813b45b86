/** Unknown is never rounded to "not for you" (adviser review #3; issue 14).
 *
 * "Not for you" is a promise: whatever the facts the checker does not know turn out to be, the item
 * would still not apply. So for every route and every answer combination with a 'not sure' in it,
 * and for a carer who did not say her council: an item listed as not for you must not apply once
 * the unknown is known. Where learning the fact could make it apply, the item had to say "may
 * apply". Checked over every support item, on every route the rules allow. */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../tools/rules/load.ts';
import { enumeratePaths } from '../../src/engine/paths.ts';
import { evaluate, type Result } from '../../src/engine/evaluate.ts';
import { test as truth } from '../../src/engine/logic.ts';
import { NOT_SURE, type Answers } from '../../src/rules/types.ts';

const rules = loadRules();
const asOf = '2026-12-05';
const zone = rules.councils.find((c) => c.kinshipZone)!;
const london = rules.councils.find((c) => c.region === 'London' && !c.kinshipZone)!;
const elsewhere = rules.councils.find((c) => c.region !== 'London' && !c.kinshipZone)!;
const paths = enumeratePaths(rules);

const run = (answers: Answers, council: string | null): Result | undefined => {
  const r = evaluate(rules, answers, { asOf, council });
  return r.complete ? r : undefined;
};
const fit = (r: Result, id: string) =>
  r.warnings.some((i) => i.id === id)
    ? r.warnings.find((i) => i.id === id)!.fit
    : r.applies.some((i) => i.id === id)
      ? 'applies'
      : r.mayApply.some((i) => i.id === id)
        ? 'mayApply'
        : r.notApplicable.some((i) => i.id === id)
          ? 'notApplicable'
          : 'not listed';

describe('an item listed as not for you stays not for you once an unknown is known', () => {
  it('for every answer combination with a "not sure" in it, whichever answer it turns out to be', () => {
    const rounded: string[] = [];
    let checked = 0;
    // Every route, every set of 'not sure' answers and every arrangement, each with up to 4 of its
    // answer combinations (the rest differ only in sure answers; all of them take over a minute).
    const perGroup = new Map<string, number>();
    for (const p of paths) {
      const unsure = Object.keys(p.answers).filter((q) => p.answers[q] === NOT_SURE);
      if (unsure.length === 0) continue;
      const group = `${p.questions.join('>')}|${unsure.join(',')}|${p.outcome}`;
      const n = perGroup.get(group) ?? 0;
      if (n >= 4) continue;
      perGroup.set(group, n + 1);
      const before = run(p.answers, null);
      if (!before) continue;
      const notForYou = before.notApplicable.map((i) => i.id);
      if (notForYou.length === 0) continue;
      for (const q of unsure) {
        for (const a of rules.questions[q]!.answers.filter((x) => x !== NOT_SURE)) {
          // The known answer may change the route; answers the new route does not ask are dropped
          // by the engine, and a route that needs a question she never saw cannot be judged here.
          const after = run({ ...p.answers, [q]: a }, null);
          if (!after) continue;
          checked++;
          for (const id of notForYou) {
            if (fit(after, id) === 'applies') rounded.push(`${id}: not for you with ${q}=not-sure, applies with ${q}=${a} (${JSON.stringify(p.answers)})`);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect([...new Set(rounded)].slice(0, 10)).toEqual([]);
  });

  it('for every route, when the carer did not say her council, whichever council it turns out to be', () => {
    const rounded: string[] = [];
    const seen = new Set<string>();
    for (const p of paths) {
      const key = `${p.questions.join('>')}|${p.outcome}`;
      // One answer combination per route and arrangement keeps this quick; the council only
      // changes items through the council tests, which the route decides.
      if (seen.has(key)) continue;
      seen.add(key);
      const before = run(p.answers, null);
      if (!before) continue;
      for (const council of [zone, london, elsewhere]) {
        const after = run(p.answers, council.id)!;
        for (const i of before.notApplicable) {
          if (fit(after, i.id) === 'applies') rounded.push(`${i.id}: not for you with no council, applies in ${council.name}`);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(20);
    expect([...new Set(rounded)]).toEqual([]);
  });

  it('never places an item as not for you while the test that decides it is unknown', () => {
    const wrong: string[] = [];
    for (const p of paths.filter((x, i) => i % 13 === 0)) {
      const r = run(p.answers, null);
      if (!r) continue;
      const env = { rules, answers: Object.fromEntries(r.route.map((s) => [s.question, s.answer])), arrangement: r.arrangement.id, council: null, asOf };
      for (const i of r.notApplicable) {
        const item = rules.support.find((s) => s.id === i.id)!;
        for (const [key, cond] of [['appliesWhen', item.appliesWhen], ['mayApplyWhen', item.mayApplyWhen]] as const) {
          if (cond && truth(cond, env).value === 'unknown') wrong.push(`${i.id}: ${key} is unknown`);
        }
      }
    }
    expect([...new Set(wrong)]).toEqual([]);
  });
});
