/** What the result page puts first: 'What to do now' (3 to 5 steps, most urgent first) and the
 * money she can read at a glance. Both come from the rules (a support item's `step` and its
 * amounts' `weekly`), never from a component. Pure. */
import type { AmountResult, ItemResult, Result } from './evaluate.ts';

/** At most this many steps: a stressed carer reads three to five. */
export const MAX_STEPS = 5;

/** The steps for this carer: every warning, applying or may-apply item with a `step`, ordered by
 * urgency (1 first), then a warning before the rest, then 'applies' before 'may apply', then the
 * order of the rules; at most MAX_STEPS. A step marked `keep` (the free advice line) keeps its
 * place when the list is full: it takes the last one. */
export function nextSteps(result: Result): ItemResult[] {
  const warn = new Set(result.warnings.map((i) => i.id));
  const all = [...result.warnings, ...result.applies, ...result.mayApply];
  const order = new Map(all.map((item, i) => [item.id, i]));
  const sorted = all
    .filter((i) => i.step !== undefined)
    .sort(
      (a, b) =>
        a.step!.urgency - b.step!.urgency ||
        Number(warn.has(b.id)) - Number(warn.has(a.id)) ||
        Number(b.fit === 'applies') - Number(a.fit === 'applies') ||
        order.get(a.id)! - order.get(b.id)!,
    );
  const kept = sorted.filter((i) => i.step!.keep).slice(0, MAX_STEPS);
  const rest = sorted.filter((i) => !i.step!.keep).slice(0, MAX_STEPS - kept.length);
  return sorted.filter((i) => kept.includes(i) || rest.includes(i));
}

/** An amount as pounds a week, when it is one figure for this carer (not a table, not unconfirmed). */
export function weeklyPounds(a: AmountResult): number | undefined {
  if (typeof a.value !== 'number') return undefined;
  switch (a.period) {
    case 'week':
      return a.value;
    case 'month':
      return (a.value * 12) / 52;
    case 'year':
      return a.value / 52;
    default:
      return undefined;
  }
}

export interface MoneyLine {
  item: string;
  amount: string;
  /** Pounds a week, when one figure is known for her. */
  weekly?: number;
  /** The lowest and highest pounds a week, when the figure depends on what we do not know (her
   * region, the child's age). */
  range?: [number, number];
  /** The item may apply rather than applies. */
  may: boolean;
  /** The figure is last year's: this year's is not confirmed. */
  lastYear?: boolean;
}

/** An amount a week for her: one figure, or the lowest and highest where it depends on what we
 * do not know. Empty when it is not confirmed or not a sum of money a week. */
export function weeklyFigure(a: AmountResult): { weekly?: number; range?: [number, number]; lastYear?: boolean } {
  // This year's figure not confirmed: last year's, said to be so.
  if (a.value === 'not-confirmed') return a.lastConfirmed ? { ...weeklyFigure({ ...a, value: a.lastConfirmed.value }), lastYear: true } : {};
  const weekly = weeklyPounds(a);
  if (weekly !== undefined) return { weekly };
  const all = a.value && typeof a.value === 'object' ? leaves(a.value).map((v) => weeklyPounds({ ...a, value: v })!) : [];
  return all.length > 0 && all.every((x) => x !== undefined) ? { range: [Math.min(...all), Math.max(...all)] } : {};
}

export interface MoneySummary {
  /** Paid as of right (HMRC, DWP) where it applies: these add up. */
  ofRight: MoneyLine[];
  /** Their sum in pounds a week, when every line has one figure (else undefined). */
  ofRightTotal?: number;
  /** What a council may pay, or pays on its own terms: kept apart, never added in. */
  council: MoneyLine[];
  /** Amounts of right that may apply: not added in. */
  mayAlso: MoneyLine[];
}

/** The weekly amounts ('weekly: true' in the rules) of the money items she may get, split into
 * what she can claim as of right and what a council may pay. */
export function moneySummary(result: Result): MoneySummary {
  const out: MoneySummary = { ofRight: [], council: [], mayAlso: [] };
  for (const item of [...result.applies, ...result.mayApply]) {
    const a = item.amounts.find((x) => x.weekly);
    if (!a || a.value === 'not-yet' || a.value === null) continue;
    const line: MoneyLine = { item: item.id, amount: a.id, may: item.fit === 'mayApply', ...weeklyFigure(a) };
    if (item.provider === 'council') out.council.push(line);
    // A means-tested benefit depends on income we do not ask about: never added in.
    else if (item.status === 'right' && item.fit === 'applies' && !item.tests.includes('means')) out.ofRight.push(line);
    else out.mayAlso.push(line);
  }
  if (out.ofRight.length > 0 && out.ofRight.every((l) => l.weekly !== undefined && !l.lastYear)) {
    out.ofRightTotal = Math.round(out.ofRight.reduce((s, l) => s + l.weekly!, 0) * 100) / 100;
  }
  return out;
}

function leaves(v: AmountResult['value']): number[] {
  if (typeof v === 'number') return [v];
  if (v && typeof v === 'object') return Object.values(v).flatMap(leaves);
  return [];
}
