/** Conditions in rules files (a predicate name, all / any / not, and in predicates/ the leaf tests),
 * and what a condition tests besides answers, and cycles between named predicates. */
import type { Collector, Path } from './collect.ts';
import { PREDICATE_NAME } from './schema.ts';
import { isRealDate } from '../../src/engine/evaluate.ts';
import { COUNCIL_TESTS, type Condition, type CouncilTest, type Predicate } from '../../src/rules/types.ts';

export interface ConditionContext {
  file: string;
  /** Leaf tests (answer, arrangement, council, asOf) are allowed only in predicates/. */
  leavesAllowed: boolean;
}

export function parseCondition(raw: unknown, path: Path, ctx: ConditionContext, c: Collector): Condition | undefined {
  if (typeof raw === 'string') {
    if (!PREDICATE_NAME.test(raw)) {
      c.add(ctx.file, path, `"${raw}" is not a predicate name (names look like isCloseRelative)`);
      return undefined;
    }
    return { kind: 'predicate', name: raw };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    c.add(ctx.file, path, 'a condition must be a predicate name or one of { all }, { any }, { not }, { predicate }');
    return undefined;
  }
  const obj = raw as Record<string, unknown>;
  const keys = Object.keys(obj);
  const only = (allowed: string[]) => {
    const extra = keys.filter((k) => !allowed.includes(k));
    if (extra.length) c.add(ctx.file, [...path, extra[0]!], `unknown key "${extra[0]}" in this condition`);
    return extra.length === 0;
  };
  const leaf = (name: string) => {
    if (!ctx.leavesAllowed) {
      c.add(ctx.file, path, `"${name}" tests may only be written in rules/predicates/; name a predicate here instead`);
      return false;
    }
    return true;
  };
  if ('all' in obj || 'any' in obj) {
    const k = 'all' in obj ? 'all' : 'any';
    if (!only([k])) return undefined;
    const list = obj[k];
    if (!Array.isArray(list) || list.length === 0) {
      c.add(ctx.file, [...path, k], `"${k}" needs a list of at least one condition`);
      return undefined;
    }
    const of = list.map((x, i) => parseCondition(x, [...path, k, i], ctx, c));
    return of.every(Boolean) ? { kind: k, of: of as Condition[] } : undefined;
  }
  if ('not' in obj) {
    if (!only(['not'])) return undefined;
    const of = parseCondition(obj.not, [...path, 'not'], ctx, c);
    return of ? { kind: 'not', of } : undefined;
  }
  if ('predicate' in obj) {
    if (!only(['predicate'])) return undefined;
    return parseCondition(typeof obj.predicate === 'string' ? obj.predicate : 1, [...path, 'predicate'], ctx, c);
  }
  if ('answer' in obj) {
    if (!only(['answer', 'in', 'notSure', 'notAsked']) || !leaf('answer')) return undefined;
    if (obj.notSure !== undefined && obj.notSure !== 'no') {
      c.add(ctx.file, [...path, 'notSure'], 'the only choice is `notSure: no` (a "not sure" answer counts as no)');
      return undefined;
    }
    if (obj.notAsked !== undefined && obj.notAsked !== 'no') {
      c.add(ctx.file, [...path, 'notAsked'], 'the only choice is `notAsked: no` (a question not asked counts as no)');
      return undefined;
    }
    const inList = obj.in;
    if (typeof obj.answer !== 'string') {
      c.add(ctx.file, [...path, 'answer'], 'must be a question id');
      return undefined;
    }
    if (!Array.isArray(inList) || inList.length === 0 || !inList.every((x) => typeof x === 'string')) {
      c.add(ctx.file, [...path, 'in'], 'must be a list of answer ids');
      return undefined;
    }
    return {
      kind: 'answer',
      question: obj.answer,
      in: inList as string[],
      notSureIsNo: obj.notSure === 'no',
      ...(obj.notAsked === 'no' ? { notAskedIsNo: true } : {}),
    };
  }
  if ('arrangement' in obj) {
    if (!only(['arrangement']) || !leaf('arrangement')) return undefined;
    const list = obj.arrangement;
    if (!Array.isArray(list) || list.length === 0 || !list.every((x) => typeof x === 'string')) {
      c.add(ctx.file, [...path, 'arrangement'], 'must be a list of arrangement ids');
      return undefined;
    }
    return { kind: 'arrangement', in: list as string[] };
  }
  if ('council' in obj) {
    if (!only(['council']) || !leaf('council')) return undefined;
    if (!COUNCIL_TESTS.includes(obj.council as never)) {
      c.add(ctx.file, [...path, 'council'], `must be one of: ${COUNCIL_TESTS.join(', ')}`);
      return undefined;
    }
    return { kind: 'council', is: obj.council as CouncilTest };
  }
  if ('asOf' in obj) {
    if (!only(['asOf']) || !leaf('asOf')) return undefined;
    const a = obj.asOf as Record<string, unknown> | null;
    const ks = a && typeof a === 'object' ? Object.keys(a) : [];
    if (ks.length !== 1 || !['from', 'before'].includes(ks[0]!)) {
      c.add(ctx.file, [...path, 'asOf'], 'must be { from: YYYY-MM-DD } or { before: YYYY-MM-DD }');
      return undefined;
    }
    const k = ks[0] as 'from' | 'before';
    const v = a![k];
    const s = v instanceof Date ? v.toISOString().slice(0, 10) : v;
    if (typeof s !== 'string' || !isRealDate(s)) {
      c.add(ctx.file, [...path, 'asOf', k], 'must be a real date written YYYY-MM-DD');
      return undefined;
    }
    return { kind: 'asOf', [k]: s };
  }
  c.add(ctx.file, path, `unknown condition (keys: ${keys.join(', ') || 'none'}); use a predicate name or all / any / not`);
  return undefined;
}

export type Fact = 'arrangement' | 'council' | 'date';

/** What a condition tests besides answers (the arrangement, the council, the date), following
 * named predicates. */
export function factsTested(cond: Condition, predicates: Record<string, Predicate>, seen: string[] = []): Set<Fact> {
  switch (cond.kind) {
    case 'arrangement':
      return new Set(['arrangement']);
    case 'council':
      return new Set(['council']);
    case 'asOf':
      return new Set(['date']);
    case 'predicate': {
      const p = predicates[cond.name];
      if (!p || seen.includes(cond.name)) return new Set();
      return factsTested(p.when, predicates, [...seen, cond.name]);
    }
    case 'all':
    case 'any':
      return new Set(cond.of.flatMap((x) => [...factsTested(x, predicates, seen)]));
    case 'not':
      return factsTested(cond.of, predicates, seen);
    default:
      return new Set();
  }
}

export function findCycle(name: string, predicates: Record<string, Predicate>, stack: string[]): string[] | undefined {
  if (stack.includes(name)) return [...stack.slice(stack.indexOf(name)), name];
  const p = predicates[name];
  if (!p) return undefined;
  const names: string[] = [];
  const collect = (x: Condition): void => {
    if (x.kind === 'predicate') names.push(x.name);
    else if (x.kind === 'all' || x.kind === 'any') x.of.forEach(collect);
    else if (x.kind === 'not') collect(x.of);
  };
  collect(p.when);
  for (const n of names) {
    const cyc = findCycle(n, predicates, [...stack, name]);
    if (cyc) return cyc;
  }
  return undefined;
}
