/** The council list is complete: England's 153 children's services authorities, each once, each
 * with a well-formed GSS code, and every Kinship Zones council among them. */
import { describe, expect, it } from 'vitest';
import { loadRules, readSourceFiles } from '../../tools/rules/load.ts';
import { matchCouncil, normaliseCouncilName } from '../../src/engine/councils.ts';
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

});

// --- what a carer types (src/engine/councils.ts, rules/council-aliases.yaml) ------------------------

const typed = (text: string) => matchCouncil(rules.councils, text, rules.councilAliases);
const found = (text: string) => {
  const m = typed(text);
  return m.kind === 'found' ? m.council.name : `${m.kind}${m.kind === 'choose' ? `: ${m.councils.map((c) => c.name).join(', ')}` : ''}`;
};
const asked = (text: string) => {
  const m = typed(text);
  return m.kind === 'choose' ? { near: m.near, names: m.councils.map((c) => c.name) } : m.kind;
};

describe('a council is found from what a carer types', () => {
  it('by its name in any case with spaces around, or by its GSS code', () => {
    expect(found('  leeds ')).toBe('Leeds');
    expect(found('E09000004')).toBe('Bexley');
    expect(found('City of London')).toBe('City of London');
  });

  it('with the words that say what kind of council it is left out: city, county, borough, metropolitan, council, royal borough of, london borough of', () => {
    expect(found('Birmingham City Council')).toBe('Birmingham');
    expect(found('Kent County Council')).toBe('Kent');
    expect(found('Leeds council')).toBe('Leeds');
    expect(found('Bristol City Council')).toBe('Bristol, City of');
    expect(found('Durham County Council')).toBe('County Durham');
    expect(found('Herefordshire')).toBe('Herefordshire, County of');
    expect(found('London Borough of Lambeth')).toBe('Lambeth');
    expect(found('Lambeth London Borough Council')).toBe('Lambeth');
    expect(found('The Royal Borough of Kensington and Chelsea')).toBe('Kensington and Chelsea');
    expect(found('Metropolitan Borough of Wirral')).toBe('Wirral');
  });

  it('whatever the punctuation, "&" or "and", "St", "St." or "Saint"', () => {
    expect(found('St Helens')).toBe('St. Helens');
    expect(found('saint helens council')).toBe('St. Helens');
    expect(found('St. Helens')).toBe('St. Helens');
    expect(found('Brighton & Hove')).toBe('Brighton and Hove');
    expect(found('stoke on trent')).toBe('Stoke-on-Trent');
    expect(found('Bournemouth Christchurch & Poole')).toBe('Bournemouth, Christchurch and Poole');
  });

  it('by another name that means one council (rules/council-aliases.yaml): Hull, Poole', () => {
    expect(found('Hull')).toBe('Kingston upon Hull, City of');
    expect(found('Hull City Council')).toBe('Kingston upon Hull, City of');
    expect(found('Poole')).toBe('Bournemouth, Christchurch and Poole');
  });
});

describe('a name that means several councils asks which, never guessing', () => {
  it('Cumbria (abolished 2023): Cumberland or Westmorland and Furness', () => {
    expect(asked('Cumbria')).toEqual({ near: false, names: ['Cumberland', 'Westmorland and Furness'] });
    expect(asked('Cumbria County Council')).toEqual({ near: false, names: ['Cumberland', 'Westmorland and Furness'] });
  });
  it('Northamptonshire (abolished 2021): North or West Northamptonshire', () => {
    expect(asked('Northamptonshire')).toEqual({ near: false, names: ['North Northamptonshire', 'West Northamptonshire'] });
  });
  it('London: every London council, the City of London only as one choice among 33', () => {
    const m = asked('London');
    expect(m).toMatchObject({ near: false });
    const names = (m as { names: string[] }).names;
    expect(names).toHaveLength(33);
    expect(names).toEqual(expect.arrayContaining(['Lambeth', 'Southwark', 'City of London', 'Croydon']));
    expect(found('london council')).not.toBe('City of London');
    expect(found('Greater London')).not.toBe('City of London');
  });
});

describe('a near miss offers a few councils to choose from ("Did you mean")', () => {
  it('a letter or two wrong', () => {
    expect(asked('Birmingam')).toEqual({ near: true, names: ['Birmingham'] });
    expect(asked('Darlingtn')).toEqual({ near: true, names: ['Darlington'] });
    expect(asked('darlingotn borough council')).toEqual({ near: true, names: ['Darlington'] });
    expect(asked('tower hamlet')).toEqual({ near: true, names: ['Tower Hamlets'] });
  });
  it('the start of a name, or a word in it', () => {
    expect(asked('Southend')).toEqual({ near: true, names: ['Southend-on-Sea'] });
    expect(asked('Westmorland')).toEqual({ near: true, names: ['Westmorland and Furness'] });
    expect(asked('Kingston')).toEqual({ near: true, names: ['Kingston upon Hull, City of', 'Kingston upon Thames'] });
  });
});

describe('junk, or something too vague, finds nothing', () => {
  it.each(['asdfgh', 'Narnia', 'e', 'xy', 'North', '', '   ', 'council', 'B1 1AA'])('%j', (text) => {
    expect(typed(text)).toEqual({ kind: 'none' });
  });
  it('normalising never leaves two councils with the same name', () => {
    const keys = rules.councils.map((c) => normaliseCouncilName(c.name));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('rules/council-aliases.yaml is checked', () => {
  const ALIASES = 'rules/council-aliases.yaml';
  const compileWith = (text: string) => compileRules({ ...readSourceFiles(), [ALIASES]: text }).errors;
  it('a council that is not in councils.csv, a region with no councils, both or neither, each named with its place', () => {
    expect(compileWith('aliases:\n  - typed: [Hull]\n    councils: [E06999999]\n')).toContainEqual(
      expect.objectContaining({ file: ALIASES, path: ['aliases', 0, 'councils', 0], message: expect.stringContaining('E06999999') }),
    );
    expect(compileWith('aliases:\n  - typed: [Wessex]\n    region: Wessex\n')).toContainEqual(
      expect.objectContaining({ file: ALIASES, path: ['aliases', 0, 'region'], message: expect.stringContaining('Wessex') }),
    );
    expect(compileWith('aliases:\n  - typed: [Hull]\n')).toContainEqual(expect.objectContaining({ file: ALIASES, path: ['aliases', 0] }));
    expect(compileWith('aliases:\n  - typed: [Hull]\n    councils: [E06000010]\n    colour: red\n')).toContainEqual(expect.objectContaining({ file: ALIASES }));
  });
  it('a name listed twice, a name that is no place, an alias that changes nothing', () => {
    const twice = compileWith('aliases:\n  - typed: [Hull]\n    councils: [E06000010]\n  - typed: [hull council]\n    councils: [E06000011]\n');
    expect(twice).toContainEqual(expect.objectContaining({ file: ALIASES, path: ['aliases', 1, 'typed', 0], message: expect.stringContaining('Hull') }));
    expect(compileWith('aliases:\n  - typed: [County Council]\n    councils: [E06000010]\n')).toContainEqual(
      expect.objectContaining({ file: ALIASES, path: ['aliases', 0, 'typed', 0] }),
    );
    expect(compileWith('aliases:\n  - typed: [Leeds City Council]\n    councils: [E08000035]\n')).toContainEqual(
      expect.objectContaining({ file: ALIASES, path: ['aliases', 0, 'typed', 0], message: expect.stringContaining('Leeds') }),
    );
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
