/** evaluate(): given a carer's answers, the arrangement, the warnings, the support that applies,
 * may apply or does not apply (with reasons), and the trace of how each conclusion was reached.
 * Pure: the date is an input, never read from the clock. */
import {
  DIMENSIONS,
  NOT_SURE,
  type Amount,
  type AmountValue,
  type Answers,
  type ArrangementFacts,
  type ArrangementKind,
  type Category,
  type Council,
  type Dimension,
  type EligibilityTest,
  type Period,
  type Provider,
  type Reference,
  type Rules,
  type Status,
  type SupportItem,
  type Letter,
  type Step as RuleStep,
} from '../rules/types.ts';
import { matchCouncil } from './councils.ts';
import { test, type Env, type Finding, type Truth } from './logic.ts';
import { AnswersError, checkAnswers, route, type Step } from './route.ts';

export interface EvaluateOptions {
  /** The date the answer is for, YYYY-MM-DD. */
  asOf: string;
  /** A council's GSS code or name; null or undefined when the carer did not say. */
  council?: string | null;
}

export interface AmountResult {
  id: string;
  period: Period;
  /** The date the value shown took effect. */
  from?: string;
  /** A number in pounds, a table (where the carer's region or age band is not known), or
   * 'not-confirmed' when no figure is confirmed for the current period. */
  value: AmountValue | 'not-yet';
  /** When the current figure is not confirmed: the last confirmed one. */
  lastConfirmed?: { from: string; value: AmountValue };
  /** Dimension keys the value is keyed by, outermost first, when it is a table. */
  dimensions: Dimension[];
  /** Counts in the weekly money figure (rules: `weekly: true`). */
  weekly: boolean;
}

export interface ItemResult {
  id: string;
  /** Whether it applies to this carer; a warning also says this. */
  fit: 'applies' | 'mayApply' | 'notApplicable';
  category: Category;
  status: Status;
  /** Other statuses the item would have if an unknown fact were known. */
  statusMayBe: Status[];
  provider: Provider;
  tests: EligibilityTest[];
  amounts: AmountResult[];
  notes: string[];
  references: Reference[];
  lastChecked: string;
  /** The named tests that decided whether the item applies. */
  because: Finding[];
  /** A letter the carer can send about it (rules: `letter`). */
  letter?: Letter;
  /** Who she can call or write to about it (rules/contacts.yaml ids). */
  contacts: string[];
  /** The official page where she claims, applies or finds who to ask. */
  link?: { title: string; href: string };
  /** Its place in 'What to do now', if it has one. */
  step?: RuleStep;
}

export interface Result {
  complete: true;
  rulesVersion: number;
  rulesLastChecked: string;
  /** The newest evidence the rules rest on. */
  rulesSourcesUpTo: string;
  asOf: string;
  council: { id: string; name: string; kinshipZone: boolean } | null;
  arrangement: {
    id: string;
    kind: ArrangementKind;
    facts: ArrangementFacts;
    references: Reference[];
    because: Finding[];
  };
  /** The questions asked, in order, with the answers and where each led. */
  route: Step[];
  /** Questions answered 'not sure' on the route: the result says what depends on them. */
  notSure: string[];
  /** Answers given for questions not on the route (ignored). */
  ignored: string[];
  warnings: ItemResult[];
  applies: ItemResult[];
  mayApply: ItemResult[];
  notApplicable: ItemResult[];
}

export interface Incomplete {
  complete: false;
  next: string;
  route: Step[];
}

/** YYYY-MM-DD naming a day that exists (2026-02-31 does not). */
export function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function findCouncil(rules: Rules, council: string | null | undefined): Council | null {
  if (council === null || council === undefined || council === '') return null;
  const m = matchCouncil(rules.councils, council, rules.councilAliases);
  if (m.kind === 'found') return m.council;
  if (m.kind === 'choose')
    throw new AnswersError(`"${council}" could be ${m.councils.length} councils: ${m.councils.map((c) => `${c.name} (${c.id})`).join(', ')}; give one by its name or GSS code`);
  throw new AnswersError(`"${council}" is not a children's services authority in England (give its name or GSS code, e.g. E09000004)`);
}

export function evaluate(rules: Rules, rawAnswers: unknown, options: EvaluateOptions): Result | Incomplete {
  if (!isRealDate(options.asOf)) {
    throw new AnswersError(`"${options.asOf}" is not a date written YYYY-MM-DD`);
  }
  const given = checkAnswers(rules, rawAnswers);
  const council = findCouncil(rules, options.council);
  const r = route(rules, given);
  if (!r.complete) return { complete: false, next: r.next, route: r.steps };

  const arrangement = rules.arrangements.find((a) => a.id === r.outcome.arrangement)!;
  const env: Env = { rules, answers: r.answers, arrangement: arrangement.id, council, asOf: options.asOf };
  // Facts true for this carer: an entry of factsWhen replaces what it names when its test is true.
  let facts: ArrangementFacts = arrangement.facts;
  const factsBecause: Finding[] = [];
  for (const f of arrangement.factsWhen) {
    const t = test(f.when, { rules, answers: r.answers });
    if (t.value !== 'yes') continue;
    facts = { ...facts, ...f.facts };
    factsBecause.push(...t.because);
  }
  const result: Result = {
    complete: true,
    rulesVersion: rules.version,
    rulesLastChecked: rules.lastChecked,
    rulesSourcesUpTo: rules.sourcesUpTo,
    asOf: options.asOf,
    council: council ? { id: council.id, name: council.name, kinshipZone: council.kinshipZone } : null,
    arrangement: {
      id: arrangement.id,
      kind: arrangement.kind,
      facts,
      references: arrangement.references,
      because: [...r.outcome.because, ...factsBecause],
    },
    route: r.steps,
    notSure: r.steps.filter((s) => s.answer === NOT_SURE).map((s) => s.question),
    ignored: Object.keys(given).filter((q) => r.answers[q] === undefined),
    warnings: [],
    applies: [],
    mayApply: [],
    notApplicable: [],
  };

  for (const item of rules.support) {
    if (test(item.relevantWhen, env).value === 'no') continue;
    let bucket: 'applies' | 'mayApply' | 'notApplicable';
    let because: Finding[];
    if (!item.appliesWhen) {
      // The checker never asks what decides this item: at most 'may apply' (compileRules makes
      // sure mayApplyWhen is there).
      const may = test(item.mayApplyWhen!, env);
      bucket = may.value === 'no' ? 'notApplicable' : 'mayApply';
      because = may.because;
    } else {
      const applies = test(item.appliesWhen, env);
      because = applies.because;
      if (applies.value === 'yes') bucket = 'applies';
      else if (applies.value === 'unknown') bucket = 'mayApply';
      else {
        // Unknown is never rounded to no: an item that may apply on facts we do not know is
        // 'may apply', with what would decide it.
        const may = item.mayApplyWhen ? test(item.mayApplyWhen, env) : undefined;
        if (may && may.value !== 'no') {
          bucket = 'mayApply';
          because = [...may.because, ...applies.because];
        } else bucket = 'notApplicable';
      }
    }
    const out = itemResult(item, env, because, rules, bucket);
    if (item.warning && bucket !== 'notApplicable') result.warnings.push(out);
    else result[bucket].push(out);
  }
  return result;
}

function itemResult(item: SupportItem, env: Env, because: Finding[], rules: Rules, fit: ItemResult['fit']): ItemResult {
  let status: Status = item.status;
  const statusMayBe: Status[] = [];
  for (const sw of item.statusWhen) {
    const v: Truth = test(sw.when, env).value;
    if (v === 'yes') {
      status = sw.status;
      break;
    }
    if (v === 'unknown' && !statusMayBe.includes(sw.status)) statusMayBe.push(sw.status);
  }
  return {
    id: item.id,
    fit,
    category: item.category,
    status,
    statusMayBe: statusMayBe.filter((s) => s !== status),
    provider: item.provider,
    tests: item.tests,
    amounts: item.amounts.map((a) => amountResult(a, env, rules)),
    notes: item.notes.filter((n) => test(n.when, env).value === 'yes').map((n) => n.id),
    references: item.references,
    lastChecked: item.lastChecked,
    because,
    ...(item.letter ? { letter: item.letter } : {}),
    contacts: item.contacts,
    ...(item.link ? { link: item.link } : {}),
    ...(item.step ? { step: item.step } : {}),
  };
}

/** What the carer's answers and council say about each amount dimension: the keys still possible. */
function dimensionKeys(env: Env, dim: Dimension): string[] {
  const all: string[] = [...DIMENSIONS[dim]];
  if (dim === 'region') {
    if (!env.council) return all;
    // The council's band (rules/councils.csv nma_region). Where it is not confirmed: London
    // boroughs are London, and outside London both the South East and Rest of England rows stay.
    if (env.council.nmaRegion) return [env.council.nmaRegion];
    return env.council.region === 'London' ? ['london'] : ['south-east', 'rest-of-england'];
  }
  for (const q of Object.values(env.rules.questions)) {
    const map = q.sets[dim];
    const a = env.answers[q.id];
    if (map && a !== undefined && map[a] !== undefined) return [map[a]];
  }
  return all;
}

function restrict(value: AmountValue, dims: Dimension[], keys: string[][]): { value: AmountValue; dims: Dimension[] } {
  if (dims.length === 0 || value === null || typeof value !== 'object') return { value, dims: [] };
  const [dim, ...rest] = dims as [Dimension, ...Dimension[]];
  const [allowed, ...restKeys] = keys as [string[], ...string[][]];
  if (allowed.length === 1) return restrict(value[allowed[0]!]!, rest, restKeys);
  const out: Record<string, AmountValue> = {};
  let innerDims: Dimension[] = rest;
  for (const k of allowed) {
    const inner = restrict(value[k]!, rest, restKeys);
    out[k] = inner.value;
    innerDims = inner.dims;
  }
  return { value: out, dims: [dim, ...innerDims] };
}

function amountResult(a: Amount, env: Env, rules: Rules): AmountResult {
  const source = a.sameAs
    ? rules.support.find((s) => s.id === a.sameAs!.item)!.amounts.find((x) => x.id === a.sameAs!.amount)!
    : a;
  const keys = source.dimensions.map((d) => dimensionKeys(env, d));
  const current = [...source.values].reverse().find((v) => v.from <= env.asOf!);
  if (!current) return { id: a.id, period: a.period, value: 'not-yet', dimensions: [], weekly: a.weekly };
  if (current.value === 'not-confirmed') {
    const confirmed = [...source.values]
      .reverse()
      .find((v) => v.from <= env.asOf! && v.value !== 'not-confirmed' && v.value !== null);
    const r = confirmed ? restrict(confirmed.value, source.dimensions, keys) : undefined;
    return {
      id: a.id,
      period: a.period,
      from: current.from,
      value: 'not-confirmed',
      lastConfirmed: confirmed && r ? { from: confirmed.from, value: r.value } : undefined,
      dimensions: r?.dims ?? [],
      weekly: a.weekly,
    };
  }
  const r = restrict(current.value, source.dimensions, keys);
  return { id: a.id, period: a.period, from: current.from, value: r.value, dimensions: r.dims, weekly: a.weekly };
}
