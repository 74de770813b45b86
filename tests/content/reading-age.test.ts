/** The words a carer reads are plain: every English text of question and result pages is scored,
 * and each namespace must stay within the reading-age budget in reading-age.budget.json. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { median, reading } from '../../tools/content/readability.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const budget = JSON.parse(readFileSync(join(ROOT, 'tests/content/reading-age.budget.json'), 'utf8')) as {
  minWords: number;
  namespaces: Record<string, { median: number; max: number }>;
};

type Tree = { [k: string]: string | Tree };
const flat = (o: Tree, p = ''): [string, string][] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [[`${p}${k}`, v] as [string, string]] : flat(v, `${p}${k}.`)));

describe('reading age of the English text', () => {
  it('scores a plain sentence low and a dense legal one high (the scorer works)', () => {
    expect(reading('The child lives with you. You can ask for help.').readingAge).toBeLessThan(8);
    expect(
      reading('Notwithstanding the aforementioned statutory provisions, the local authority retains discretionary responsibility for determining eligibility.').readingAge,
    ).toBeGreaterThan(20);
  });

  for (const [ns, limit] of Object.entries(budget.namespaces)) {
    it(`${ns}: median within ${limit.median}, no sentence above ${limit.max}`, () => {
      const texts = flat(JSON.parse(readFileSync(join(ROOT, 'locales/en', `${ns}.json`), 'utf8')) as Tree)
        .map(([key, text]) => ({ key, ...reading(text) }))
        .filter((r) => r.words >= budget.minWords);
      expect(texts.length).toBeGreaterThan(10);
      const m = median(texts.map((r) => r.readingAge));
      console.log(`reading age ${ns}: median ${m.toFixed(1)} over ${texts.length} texts`);
      expect(m).toBeLessThanOrEqual(limit.median);
      const tooHard = texts.filter((r) => r.readingAge > limit.max).map((r) => `${r.key} (${r.readingAge.toFixed(1)}): ${r.text}`);
      expect(tooHard).toEqual([]);
    });
  }
});
