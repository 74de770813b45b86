/** Compare your options: the engine run again under each legal route open to the carer.
 *
 * A route (rules/options.yaml) changes a few of the carer's answers (e.g. the court order becomes
 * a special guardianship order); everything else she said stays. The hypothetical answers are
 * routed and evaluated exactly as hers are, so every difference comes from the same rules. Pure:
 * no clock, no React. */
import { evaluate, type ItemResult, type Result } from './evaluate.ts';
import { route } from './route.ts';
import { NOT_SURE, type Answers, type Rules, type RouteOption } from '../rules/types.ts';

export interface OptionOutcome {
  id: string;
  current: boolean;
  /** The route needs an answer the carer has not given (a question not on her own route). */
  needs?: string;
  /** The answers the route changes, after deriving (e.g. looked-after-before from today). */
  changed: Answers;
  /** Questions the route asks that the carer was never asked: taken as 'not sure' (unknown,
   * never guessed), so what depends on them shows as 'may apply'. */
  notAsked: string[];
  result?: Result;
  /** Items about getting there (e.g. legal aid to apply), judged on her answers as they are now. */
  gettingThere: ItemResult[];
  /** Support items (by id) that apply or may apply under this route but not now, and the reverse
   * (only money and support, as rules/options.yaml `stopGetting` says: not procedure). */
  gained: string[];
  lost: string[];
  /** The route carries the get-advice-first warning for this carer. */
  adviceFirst: boolean;
}

export interface Comparison {
  current: Result;
  options: OptionOutcome[];
}

const shown = (r: Result) => [...r.warnings, ...r.applies, ...r.mayApply];
const item = (r: Result, id: string) => [...shown(r), ...r.notApplicable].find((i) => i.id === id);

/** The answers a route sets, given the carer's current result. */
export function optionAnswers(option: RouteOption, now: Result): Answers {
  const out: Answers = {};
  for (const [q, v] of Object.entries(option.set)) out[q] = typeof v === 'string' ? v : v.fromLookedAfter[now.arrangement.facts.lookedAfter];
  return out;
}

/** The routes open to this carer, with the outcome of each; undefined when none is open (for
 * example outside England, or when an order already settles where the child lives). */
export function compareOptions(rules: Rules, kept: Answers, options: { asOf: string; council?: string | null }): Comparison | undefined {
  const mine = route(rules, kept);
  if (!mine.complete) return undefined;
  const now = evaluate(rules, mine.answers, options);
  if (!now.complete) return undefined;
  const lookedAfter = now.arrangement.facts.lookedAfter;
  const open = rules.options.filter((o) => !o.current && (o.openFor.includes(now.arrangement.id) || o.openWhenLookedAfter.includes(lookedAfter)));
  if (open.length === 0) return undefined;
  const nowIds = new Set(shown(now).map((i) => i.id));
  const { categories, exceptStatuses } = rules.stopGetting;
  const counts = (i: ItemResult) => categories.includes(i.category) && !exceptStatuses.includes(i.status);
  const outcomes: OptionOutcome[] = [];
  for (const o of rules.options) {
    if (o.current) {
      outcomes.push({ id: o.id, current: true, changed: {}, notAsked: [], result: now, gettingThere: [], gained: [], lost: [], adviceFirst: false });
      continue;
    }
    if (!open.includes(o)) continue;
    const adviceFirst = o.adviceFirstWhenLookedAfter.includes(lookedAfter);
    const changed = optionAnswers(o, now);
    const gettingThere = o.gettingThere.map((id) => item(now, id)).filter((x): x is ItemResult => x !== undefined);
    const answers = { ...kept, ...changed };
    const notAsked: string[] = [];
    let r = route(rules, answers);
    while (!r.complete && rules.questions[r.next]!.answers.includes(NOT_SURE) && !notAsked.includes(r.next)) {
      notAsked.push(r.next);
      answers[r.next] = NOT_SURE;
      r = route(rules, answers);
    }
    if (!r.complete) {
      outcomes.push({ id: o.id, current: false, needs: r.next, changed, notAsked, gettingThere, gained: [], lost: [], adviceFirst });
      continue;
    }
    const result = evaluate(rules, r.answers, options);
    if (!result.complete) {
      outcomes.push({ id: o.id, current: false, needs: result.next, changed, notAsked, gettingThere, gained: [], lost: [], adviceFirst });
      continue;
    }
    const ids = new Set(shown(result).map((i) => i.id));
    outcomes.push({
      id: o.id,
      current: false,
      changed,
      notAsked,
      result,
      gettingThere,
      gained: [...ids].filter((id) => !nowIds.has(id)),
      lost: shown(now)
        .filter((i) => !ids.has(i.id) && counts(i))
        .map((i) => i.id),
      adviceFirst,
    });
  }
  return { current: now, options: outcomes };
}
