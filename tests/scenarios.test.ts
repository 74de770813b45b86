/** Scenario tests written as data (tests/scenarios/*.yaml): answers in, the arrangement and the
 * support ids out, each named as a sentence a social worker could check. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { evaluate, type Result } from '../src/engine/evaluate.ts';
import { loadRules, PROJECT_ROOT } from '../src/rules/load-node.ts';
import { STATUSES } from '../src/rules/types.ts';

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
    status: z.record(z.string(), z.enum(STATUSES)).optional(),
    notes: z.record(z.string(), ids).optional(),
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
        const mentioned = [e.warnings, e.applies, e.mayApply, e.notApplicable, e.absent, Object.keys(e.status ?? {}), Object.keys(e.notes ?? {})].flat();
        for (const id of mentioned) if (id) expect(supportIds.has(id), `"${id}" is not a support item`).toBe(true);
        for (const id of e.warnings ?? []) expect(where(r, id), id).toBe('warnings');
        if (e.noWarnings) expect(r.warnings.map((w) => w.id)).toEqual([]);
        for (const id of e.applies ?? []) expect(where(r, id), id).toBe('applies');
        for (const id of e.mayApply ?? []) expect(where(r, id), id).toBe('mayApply');
        for (const id of e.notApplicable ?? []) expect(where(r, id), id).toBe('notApplicable');
        for (const id of e.absent ?? []) expect(['applies', 'warnings'], id).not.toContain(where(r, id));
        const listed = [...r.warnings, ...r.applies, ...r.mayApply, ...r.notApplicable];
        for (const [id, status] of Object.entries(e.status ?? {})) expect(listed.find((x) => x.id === id)?.status, id).toBe(status);
        for (const [id, notes] of Object.entries(e.notes ?? {})) expect(listed.find((x) => x.id === id)?.notes, id).toEqual(expect.arrayContaining(notes));
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
    const not = new Set(all.flatMap((x) => [...(x.scenario.expect.notApplicable ?? []), ...(x.scenario.expect.absent ?? [])]));
    const ids = rules.support.map((s) => s.id);
    expect(ids.filter((id) => !applies.has(id)), 'never shown applying').toEqual([]);
    expect(ids.filter((id) => !not.has(id)), 'never shown not applying').toEqual([]);
  });
});
