/** The council list is complete: England's 153 children's services authorities, each once, each
 * with a well-formed GSS code, and every Kinship Zones council among them. */
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../tools/rules/load.ts';
import { matchCouncil } from '../../src/engine/councils.ts';

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
