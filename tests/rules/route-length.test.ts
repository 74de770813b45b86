/** Every route stays short for a stressed carer on a phone: the route-length budget in
 * bench/budget.json (median and longest, in questions, over distinct routes), checked on every
 * `npm test` as well as by `npm run bench`, so a new question that makes routes too long fails at
 * once. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRules, PROJECT_ROOT } from '../../tools/rules/load.ts';
import { enumeratePaths, routeStats } from '../../src/engine/paths.ts';

const budget = JSON.parse(readFileSync(join(PROJECT_ROOT, 'bench/budget.json'), 'utf8')) as { routeMedianMaxQuestions: number; routeLongestMaxQuestions: number };

describe('route lengths', () => {
  const stats = routeStats(enumeratePaths(loadRules()));
  it(`median at most ${budget.routeMedianMaxQuestions} questions, longest at most ${budget.routeLongestMaxQuestions}`, () => {
    expect(stats.medianLength).toBeLessThanOrEqual(budget.routeMedianMaxQuestions);
    expect(stats.longest).toBeLessThanOrEqual(budget.routeLongestMaxQuestions);
  });
  it('counts routes the way rules:check reports them (a budget over nothing cannot pass)', () => {
    expect(stats.routes).toBeGreaterThan(20);
    expect(stats.shortest).toBe(1);
  });
});
