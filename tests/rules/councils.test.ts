/** The council list is complete: England's 153 children's services authorities, each once, each
 * with a well-formed GSS code, and every Kinship Zones council among them. */
import { describe, expect, it } from 'vitest';
import { loadRules, readSourceFiles } from '../../tools/rules/load.ts';
import { matchCouncil } from '../../src/engine/councils.ts';
import { compileRules } from '../../tools/rules/compile.ts';
import { evaluate } from '../../src/engine/evaluate.ts';
import type { Rules } from '../../src/rules/types.ts';

const rules = loadRules();

describe("England's children's services authorities", () => {
  it('are all there, 153 of them, each named and coded once', () => {
    expect(rules.councils).toHaveLength(153);
    expect(new Set(rules.councils.map((c) => c.id)).size).toBe(153);
    expect(new Set(rules.councils.map((c) => c.name.toLowerCase())).size).toBe(153);
    for (const c of rules.councils) expect(c.id).toMatch(/^E(06|07|08|09|10)\d{6}$/);
  });

  it('include the 7 Kinship Zones pilot councils', () => {
    expect(rules.councils.filter((c) => c.kinshipZone)).toHaveLength(7);
  });

  it('can be found by the name a carer types, or by code; an unknown or vague name finds nothing', () => {
    expect(matchCouncil(rules.councils, '  leeds ')?.id).toBe('E08000035');
    expect(matchCouncil(rules.councils, 'E09000004')?.name).toBe('Bexley');
    expect(matchCouncil(rules.councils, 'Narnia')).toBeUndefined();
    expect(matchCouncil(rules.councils, 'e')).toBeUndefined();
  });
});

// --- the national minimum fostering allowance band (rules/councils.csv nma_region) ------------------

const files = readSourceFiles();
const CSV = 'rules/councils.csv';
/** The councils file with one council's nma_region (the last cell of its row) changed. */
function withBand(name: string, band: string): string {
  return files[CSV]!.split('\n')
    .map((row) => (row.startsWith(`${name},`) ? row.replace(/,[^,]*$/, `,${band}`) : row))
    .join('\n');
}
const fosterCarer = {
  'where-child-lives': 'with-me-england',
  relationship: 'grandparent',
  'court-order': 'care-order',
  'foster-approval': 'approved',
  'child-age': '5-to-10',
  'pension-age': 'no',
};
function nmaShown(r: Rules, council: string) {
  const res = evaluate(r, fosterCarer, { asOf: '2025-10-01', council });
  if (!res.complete) throw new Error('the answers stop early');
  const item = [...res.applies, ...res.mayApply].find((i) => i.id === 'fostering-allowance');
  return item!.amounts.find((a) => a.id === 'nma')!;
}
const code = (name: string) => rules.councils.find((c) => c.name === name)!.id;

describe('the fostering allowance band of each council', () => {
  it('is London for the 33 London councils only; Camden sees the London rate alone', () => {
    const london = rules.councils.filter((c) => c.nmaRegion === 'london');
    expect(london).toHaveLength(33);
    expect(london.every((c) => c.region === 'London')).toBe(true);
    const a = nmaShown(rules, code('Camden'));
    expect(a.dimensions).toEqual([]);
    expect(a.value).toBe(225); // London, age 5 to 10, 2025-26 (GOV.UK)
  });

  it('follows the nma_region column: Kent in the South East band, Leeds in the rest of England', () => {
    const { rules: r, errors } = compileRules({ ...files, [CSV]: withBand('Leeds', 'rest-of-england').replace(/^Kent,(.*),$/m, 'Kent,$1,south-east') });
    expect(errors).toEqual([]);
    expect(nmaShown(r!, code('Kent')).value).toBe(216);
    expect(nmaShown(r!, code('Leeds')).value).toBe(194);
  });

  it('refuses a band that does not exist, or a London band outside London, naming the file and line', () => {
    const lineOf = (name: string) => files[CSV]!.split('\n').findIndex((row) => row.startsWith(`${name},`)) + 1;
    const bad = compileRules({ ...files, [CSV]: withBand('Leeds', 'north') }).errors;
    expect(bad).toContainEqual(expect.objectContaining({ file: CSV, line: lineOf('Leeds'), message: expect.stringContaining('nma_region "north"') }));
    const wrongLondon = compileRules({ ...files, [CSV]: withBand('Leeds', 'london') }).errors;
    expect(wrongLondon).toContainEqual(expect.objectContaining({ file: CSV, line: lineOf('Leeds'), message: expect.stringContaining('London') }));
    const missing = compileRules({ ...files, [CSV]: withBand('Camden', '') }).errors;
    expect(missing).toContainEqual(expect.objectContaining({ file: CSV, line: lineOf('Camden') }));
    const oldHeader = compileRules({ ...files, [CSV]: files[CSV]!.replace(',nma_region\n', '\n') }).errors;
    expect(oldHeader).toContainEqual(expect.objectContaining({ file: CSV, line: 1, message: expect.stringContaining('nma_region') }));
  });
});
