/** A case note cites law as a lawyer would (Act and section, case name and neutral citation),
 * legislation and case law before guidance, and guidance by its title, never a web address. */
import { describe, expect, it } from 'vitest';
import { kindOf, legalBasis, shortCitation } from '../../src/app/citations.ts';
import { loadRules } from '../../tools/rules/load.ts';
import type { Reference } from '../../src/rules/types.ts';

const rules = loadRules();
const arrangement = (id: string) => rules.arrangements.find((a) => a.id === id)!;
const item = (id: string) => rules.support.find((s) => s.id === id)!;

describe('the legal basis in a case note', () => {
  it('for a council-arranged placement, cites CA 1989 s.20 and s.22(1), then Southwark v D and SA v Kent', () => {
    const b = legalBasis(arrangement('council-arranged-check').references, {});
    expect(b.law).toEqual(['CA 1989 s.20', 'CA 1989 s.22(1)', 'R (SA) v Kent CC [2011] EWCA Civ 1303', 'Southwark v D [2007] EWCA Civ 182']);
  });

  it('for the looked-after check, puts legislation before case law and a guidance title after both', () => {
    const b = legalBasis(item('looked-after-check').references, {});
    expect(b.law.slice(0, 3)).toEqual(['CA 1989 s.22(1)', 'CA 1989 s.20', 'Care Planning Regs 2010 reg 24']);
    expect(b.law).toContain('Southwark v D [2007] EWCA Civ 182');
    expect(b.guidance).toEqual(['Local Government Lawyer, To be or not to be ... a looked after child']);
  });

  it('for special guardianship, cites CA 1989 s.14A and the SGO Regulations 2005', () => {
    expect(legalBasis(arrangement('special-guardianship').references, {}).law).toEqual(['CA 1989 s.14A', 'SGO Regs 2005']);
  });

  it('shows no web domain for any reference in the rules', () => {
    const all: Reference[] = [
      ...rules.arrangements.flatMap((a) => a.references),
      ...rules.support.flatMap((s) => s.references),
    ];
    for (const r of all) expect(shortCitation(r, {})).not.toMatch(/^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  });

  it('takes a case name from a summary on another site, and treats an article that mentions an Act as guidance', () => {
    const summary = { title: 'B v London Borough of Lewisham [2008] EWHC 738 (Admin), Family Law summary', href: 'https://www.familylaw.co.uk/x' };
    expect(kindOf(summary)).toBe('case');
    expect(shortCitation(summary, {})).toBe('B v London Borough of Lewisham [2008] EWHC 738');
    const article = { title: 'Mills & Reeve, Employment Rights Act 2025', href: 'https://www.mills-reeve.com/x' };
    expect(kindOf(article)).toBe('guidance');
    expect(shortCitation(article, {})).toBe('Mills & Reeve, Employment Rights Act 2025');
  });

  it('drops a trailing gloss in brackets from a title with no cite', () => {
    const r = { title: 'Children Act 1989, section 23CZA', href: 'https://legislation.gov.uk/ukpga/1989/41/section/23CZA' };
    expect(shortCitation(r, {})).toBe('Children Act 1989, section 23CZA');
    const g = { title: 'Finance Act 2024, section 5 (High Income Child Benefit Charge)', href: 'https://legislation.gov.uk/x' };
    expect(shortCitation(g, {})).toBe('Finance Act 2024, section 5');
  });
});
