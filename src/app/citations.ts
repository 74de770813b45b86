/** Short citations for a case note: the legal basis (legislation, then case law) before any
 * guidance, each as a lawyer would write it, never as a web address. A reference's `cite` (in
 * rules/) wins; otherwise the title is shortened. No words of our own: titles come from rules/. */
import type { Reference } from '../rules/types.ts';

/** Official homes of legislation and judgments. */
const LEGISLATION_HOSTS = ['legislation.gov.uk'];
const CASE_LAW_HOSTS = ['caselaw.nationalarchives.gov.uk', 'bailii.org', 'judiciary.uk'];

/** A neutral citation ("[2011] EWCA Civ 1303") or "X v Y". */
const CASE = /\[\d{4}\]\s+(UKSC|UKHL|EWCA|EWHC|EWFC|UKUT|EWCOP)\b|\bv\.? [A-Z]/;
/** "Children Act 1989", "Special Guardianship Regulations 2005", "SI 2005/1109". */
const LEGISLATION = /\b(Act|Regulations|Rules|Order)\s+\d{4}\b|\bSI \d{4}\/\d+/;

export type Kind = 'legislation' | 'case' | 'guidance';

function hostOf(href: string): string {
  try {
    return new URL(href).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
const onHost = (host: string, list: string[]) => list.some((h) => host === h || host.endsWith(`.${h}`));

/** A title's first part, before the publisher's comma or a subtitle: "GOV.UK, Help..." -> "GOV.UK". */
const firstPart = (title: string) => title.split(/,\s|:\s/)[0]!.trim();
/** A title without a closing explanation in brackets: "... [2018] UKSC 37 (section 20 ...)" -> "... [2018] UKSC 37". */
const withoutGloss = (title: string) => title.replace(/\s*\([^()]*\)\s*$/, '').trim() || title;

/** What a reference is. On legislation.gov.uk or a judgments site it is law; elsewhere only when
 * its title starts by naming an Act, regulations or a case (a summary of a judgment, say), not
 * when a publisher's article merely mentions one ("Mills & Reeve, Employment Rights Act 2025"). */
export function kindOf(r: Reference): Kind {
  if (!('href' in r)) return 'guidance';
  const host = hostOf(r.href);
  if (onHost(host, CASE_LAW_HOSTS)) return 'case';
  if (onHost(host, LEGISLATION_HOSTS)) return CASE.test(r.title) ? 'case' : 'legislation';
  const head = firstPart(r.title);
  if (/\[\d{4}\]/.test(head) && CASE.test(head)) return 'case';
  if (LEGISLATION.test(head) && !/\b(Bill|Hansard)\b/.test(head)) return 'legislation';
  return 'guidance';
}

/** The short citation: `cite` if the rules give one; law by its title without a trailing gloss
 * (a case on another site by its name only); guidance by its title; a seed by its document title. */
export function shortCitation(r: Reference, seedTitles: Record<string, string>): string {
  if (!('href' in r)) return (seedTitles[r.seed] ?? r.seed).split(':')[0]!.trim();
  if (r.cite) return r.cite;
  const kind = kindOf(r);
  if (kind === 'guidance') return withoutGloss(r.title);
  const host = hostOf(r.href);
  const official = onHost(host, [...LEGISLATION_HOSTS, ...CASE_LAW_HOSTS]);
  return withoutGloss(official ? r.title : firstPart(r.title));
}

export interface LegalBasis {
  /** Legislation first, then case law, each once. */
  law: string[];
  /** Guidance titles, each once, at most `maxGuidance`. */
  guidance: string[];
  /** Guidance left out to keep the note short (shown in full in the checker). */
  moreGuidance: number;
}

/** The legal basis of a list of references, for a case note. */
export function legalBasis(refs: Reference[], seedTitles: Record<string, string>, maxGuidance = 1): LegalBasis {
  const uniq = (xs: string[]) => [...new Set(xs)];
  const of = (k: Kind) => uniq(refs.filter((r) => kindOf(r) === k).map((r) => shortCitation(r, seedTitles)));
  const guidance = of('guidance');
  return {
    law: uniq([...of('legislation'), ...of('case')]),
    guidance: guidance.slice(0, maxGuidance),
    moreGuidance: Math.max(0, guidance.length - maxGuidance),
  };
}
