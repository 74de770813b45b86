/** Scenario tests written as data (tests/scenarios/*.yaml): answers in, the arrangement and the
 * support ids out, each named as a sentence a social worker could check. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { evaluate, type Result } from '../src/engine/evaluate.ts';
import { loadRules, PROJECT_ROOT } from '../tools/rules/load.ts';
import { DIMENSIONS, FACT_VALUES, PERIODS, STATUSES } from '../src/rules/types.ts';

const ids = z.array(z.string());
const scenarioSchema = z.strictObject({
  name: z.string().min(10),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  council: z.string().optional(),
  answers: z.record(z.string(), z.string()),
  expect: z.strictObject({
    arrangement: z.string(),
    warnings: ids.optional(),
    noWarnings: z.boolean().optional(),
    applies: ids.optional(),
    mayApply: ids.optional(),
    notApplicable: ids.optional(),
    absent: ids.optional(),
    /** Not listed at all: not even as 'does not apply'. */
    notListed: ids.optional(),
    /** What the arrangement means (arrangements.yaml facts). */
    facts: z
      .strictObject({
        parentalResponsibility: z.enum(FACT_VALUES.parentalResponsibility).optional(),
        lookedAfter: z.enum(FACT_VALUES.lookedAfter).optional(),
        lasts: z.enum(FACT_VALUES.lasts).optional(),
      })
      .optional(),
    status: z.record(z.string(), z.enum(STATUSES)).optional(),
    notes: z.record(z.string(), ids).optional(),
    /** Figures shown: item id -> amount id -> the value (a number, or 'not-confirmed' or
     * 'not-yet'), its period, and for a figure not confirmed this year, the last confirmed one.
     * Region and age band are narrowed by the council and the answers, so one number is left. */
    amounts: z
      .record(
        z.string(),
        z.record(
          z.string(),
          z.strictObject({
            value: z.union([z.number(), z.literal('not-confirmed'), z.literal('not-yet')]),
            period: z.enum(PERIODS).optional(),
            lastConfirmed: z.number().optional(),
            /** The regions shown as rows (in the value, or in the last confirmed value); none when
             * the council's region left one. */
            regionRows: z.array(z.enum(DIMENSIONS.region)).optional(),
          }),
        ),
      )
      .optional(),
  }),
});
export type Scenario = z.infer<typeof scenarioSchema>;

const dir = join(PROJECT_ROOT, 'tests/scenarios');
export const scenarioFiles = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
export function loadScenarios(): { file: string; scenario: Scenario }[] {
  return scenarioFiles.flatMap((file) => {
    const list = z.array(scenarioSchema).parse(parse(readFileSync(join(dir, file), 'utf8')));
    return list.map((scenario) => ({ file, scenario }));
  });
}

const rules = loadRules();
const all = loadScenarios();
const supportIds = new Set(rules.support.map((s) => s.id));

function where(r: Result, id: string): string {
  for (const k of ['warnings', 'applies', 'mayApply', 'notApplicable'] as const) if (r[k].some((x) => x.id === id)) return k;
  return 'not listed';
}

for (const file of scenarioFiles) {
  describe(file, () => {
    for (const { scenario: s } of all.filter((x) => x.file === file)) {
      it(s.name, () => {
        const r = evaluate(rules, s.answers, { asOf: s.asOf, council: s.council ?? null });
        expect(r.complete, 'the answers stop before the end of the route').toBe(true);
        if (!r.complete) return;
        expect(r.ignored, 'answers given for questions not on the route').toEqual([]);
        expect(r.arrangement.id).toBe(s.expect.arrangement);
        const e = s.expect;
        const mentioned = [e.warnings, e.applies, e.mayApply, e.notApplicable, e.absent, e.notListed, Object.keys(e.status ?? {}), Object.keys(e.notes ?? {})].flat();
        for (const id of mentioned) if (id) expect(supportIds.has(id), `"${id}" is not a support item`).toBe(true);
        for (const id of e.warnings ?? []) expect(where(r, id), id).toBe('warnings');
        if (e.noWarnings) expect(r.warnings.map((w) => w.id)).toEqual([]);
        for (const id of e.applies ?? []) expect(where(r, id), id).toBe('applies');
        for (const id of e.mayApply ?? []) expect(where(r, id), id).toBe('mayApply');
        for (const id of e.notApplicable ?? []) expect(where(r, id), id).toBe('notApplicable');
        for (const id of e.absent ?? []) expect(['applies', 'warnings'], id).not.toContain(where(r, id));
        for (const id of e.notListed ?? []) expect(where(r, id), id).toBe('not listed');
        for (const [fact, value] of Object.entries(e.facts ?? {})) expect(r.arrangement.facts[fact as keyof typeof r.arrangement.facts], fact).toBe(value);
        const listed = [...r.warnings, ...r.applies, ...r.mayApply, ...r.notApplicable];
        for (const [id, status] of Object.entries(e.status ?? {})) expect(listed.find((x) => x.id === id)?.status, id).toBe(status);
        for (const [id, notes] of Object.entries(e.notes ?? {})) expect(listed.find((x) => x.id === id)?.notes, id).toEqual(expect.arrayContaining(notes));
        for (const [id, amounts] of Object.entries(e.amounts ?? {})) {
          const item = listed.find((x) => x.id === id);
          expect(item, `${id} is not listed`).toBeDefined();
          for (const [amountId, want] of Object.entries(amounts)) {
            const a = item!.amounts.find((x) => x.id === amountId);
            expect(a, `${id} has no amount "${amountId}"`).toBeDefined();
            const where = `${id}.${amountId}`;
            expect(a!.value, where).toBe(want.value);
            if (want.period) expect(a!.period, where).toBe(want.period);
            if (want.lastConfirmed !== undefined) expect(a!.lastConfirmed?.value, `${where} last confirmed`).toBe(want.lastConfirmed);
            if (want.regionRows) {
              const shown = a!.value === 'not-confirmed' ? a!.lastConfirmed?.value : a!.value;
              const rows = a!.dimensions[0] === 'region' && shown && typeof shown === 'object' ? Object.keys(shown) : [];
              expect(rows, `${where} region rows`).toEqual(want.regionRows);
            }
          }
        }
      });
    }
  });
}

describe('the scenarios as a whole', () => {
  it('number at least 40 and have unique names', () => {
    expect(all.length).toBeGreaterThanOrEqual(40);
    const names = all.map((x) => x.scenario.name);
    expect(new Set(names).size).toBe(names.length);
  });
  it('cover every arrangement type', () => {
    const covered = new Set(all.map((x) => x.scenario.expect.arrangement));
    expect(rules.arrangements.map((a) => a.id).filter((id) => !covered.has(id))).toEqual([]);
  });
  it('show every support item at least once as applying and once as not applying', () => {
    const applies = new Set(all.flatMap((x) => [...(x.scenario.expect.applies ?? []), ...(x.scenario.expect.warnings ?? [])]));
    const may = new Set(all.flatMap((x) => x.scenario.expect.mayApply ?? []));
    const notApplicable = new Set(all.flatMap((x) => x.scenario.expect.notApplicable ?? []));
    const not = new Set([...notApplicable, ...all.flatMap((x) => [...(x.scenario.expect.absent ?? []), ...(x.scenario.expect.notListed ?? [])])]);
    // An item without appliesWhen can at most 'may apply'; a not-law item that never applies is
    // shown as not applying, with the reason (rules/README.md).
    const atMostMay = rules.support.filter((s) => !s.appliesWhen).map((s) => s.id);
    const notLaw = rules.support.filter((s) => s.appliesWhen && s.status === 'not-law').map((s) => s.id);
    const ids = rules.support.map((s) => s.id);
    expect(ids.filter((id) => !atMostMay.includes(id) && !notLaw.includes(id) && !applies.has(id)), 'never shown applying').toEqual([]);
    expect(atMostMay.filter((id) => !may.has(id)), 'never shown as may apply (no appliesWhen)').toEqual([]);
    expect(atMostMay.filter((id) => applies.has(id)), 'shown applying, but it can at most may apply').toEqual([]);
    expect(notLaw.filter((id) => !notApplicable.has(id)), 'not law, never shown as not applying').toEqual([]);
    expect(ids.filter((id) => !not.has(id)), 'never shown not applying').toEqual([]);
  });
});
