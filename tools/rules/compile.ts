/** Turns the text of rules/ (and seeds/) into a validated Rules object, or a list of errors that
 * each name the file, the path inside it and what is wrong. Pure: no file system, no clock, so it
 * runs the same in Node (rules:check, tests, the CLI) and at build time. */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import type { RuleError } from './errors.ts';
import {
  ARRANGEMENT_KINDS,
  CATEGORIES,
  COUNCIL_TESTS,
  DIMENSIONS,
  FACT_VALUES,
  PERIODS,
  PROVIDERS,
  RESULT_TARGET,
  STATUSES,
  TESTS,
  type Amount,
  type AmountValue,
  type Arrangement,
  type Condition,
  type Council,
  type CouncilTest,
  type Dimension,
  type Predicate,
  type Question,
  type Reference,
  type Rules,
  type SupportItem,
  type RouteOption,
  LETTERS,
} from '../../src/rules/types.ts';

/** File path (relative to the project root, forward slashes) -> text. */
export type SourceFiles = Record<string, string>;

type Path = (string | number)[];

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PREDICATE_NAME = /^[a-z][A-Za-z0-9]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isValidDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const id = z.string().regex(ID, 'must be lower-case words joined by hyphens, e.g. "child-benefit"');
const date = z
  .string()
  .refine(isValidDate, 'must be a real date written YYYY-MM-DD, e.g. "2026-11-22"');
// YAML reads an unquoted 2026-11-22 as a date; accept both and keep the text.
const dateLike = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  date,
);

const nonBlank = z.string().refine((v) => v.trim().length > 0, 'must not be empty or only spaces');

const referenceSchema = z.union([
  z.strictObject({
    title: nonBlank,
    href: z.string().regex(/^https?:\/\/\S+$/, 'must be a web address starting http:// or https://'),
  }),
  z.strictObject({
    seed: z.string().regex(/^[\w.-]+\.txt$/, 'must name a .txt file in seeds/'),
    lines: z.tuple([z.number().int().min(1), z.number().int().min(1)]),
    quote: nonBlank,
  }),
]);
const references = z.array(referenceSchema);

const metaSchema = z.strictObject({
  version: z.number().int().min(1),
  jurisdiction: z.literal('england'),
  lastChecked: dateLike,
  start: id,
});

const questionSchema = z.strictObject({
  id,
  answers: z.array(id).min(2, 'a question needs at least two answers'),
  next: z
    .array(
      z.strictObject({
        when: z.string().regex(PREDICATE_NAME, 'must be a predicate name, e.g. isCloseRelative').optional(),
        goto: id,
      }),
    )
    .min(1, 'every question needs at least one `next` entry'),
  references: references.min(1, 'every question needs at least one reference'),
  sets: z.record(z.string(), z.record(z.string(), z.string())).optional(),
});

const factsSchema = z.strictObject({
  parentalResponsibility: z.enum(FACT_VALUES.parentalResponsibility),
  lookedAfter: z.enum(FACT_VALUES.lookedAfter),
  lasts: z.enum(FACT_VALUES.lasts),
});

const arrangementsSchema = z.strictObject({
  lastChecked: dateLike,
  arrangements: z
    .array(
      z.strictObject({
        id,
        kind: z.enum(ARRANGEMENT_KINDS),
        when: z.unknown(),
        facts: factsSchema,
        references: references.min(1, 'every arrangement needs at least one reference'),
      }),
    )
    .min(1),
});

const predicateSchema = z.strictObject({
  when: z.unknown(),
  references: references.optional(),
});

const amountSchema = z.strictObject({
  id,
  period: z.enum(PERIODS),
  dimensions: z.array(z.enum(Object.keys(DIMENSIONS) as [Dimension, ...Dimension[]])).optional(),
  values: z.record(z.string(), z.unknown()).optional(),
  sameAs: z
    .string()
    .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must be ITEM/AMOUNT, e.g. fostering-allowance/nma')
    .optional(),
});

const supportSchema = z.strictObject({
  id,
  category: z.enum(CATEGORIES),
  status: z.enum(STATUSES),
  statusWhen: z.array(z.strictObject({ when: z.unknown(), status: z.enum(STATUSES) })).optional(),
  provider: z.enum(PROVIDERS),
  tests: z.array(z.enum(TESTS)).optional(),
  warning: z.boolean().optional(),
  relevantWhen: z.unknown().optional(),
  appliesWhen: z.unknown().optional(),
  mayApplyWhen: z.unknown().optional(),
  amounts: z.array(amountSchema).optional(),
  notes: z.array(z.strictObject({ id, when: z.unknown() })).optional(),
  references: references.min(1, 'every support item needs at least one reference'),
  lastChecked: dateLike,
  notModelled: z.string().optional(),
  /** A letter the carer can send about this item (its words are in locales/en/letters.json). */
  letter: z.enum(LETTERS).optional(),
});

const zonesSchema = z.strictObject({
  announced: dateLike,
  lastChecked: dateLike,
  councils: z.array(z.string().regex(/^E\d{8}$/, 'must be a GSS code like E09000004')),
  references: references.min(1),
});

// ---------------------------------------------------------------------------------------------

interface ParsedFile {
  file: string;
  doc: Document;
  lines: LineCounter;
  data: unknown;
}

const lookedAfterMap = z.strictObject({ yes: id, no: id, maybe: id, 'not-applicable': id });
const optionsSchema = z.strictObject({
  lastChecked: date,
  options: z
    .array(
      z.strictObject({
        id,
        current: z.literal(true).optional(),
        openFor: z.array(id).min(1).optional(),
        set: z.record(z.string(), z.union([id, z.strictObject({ fromLookedAfter: lookedAfterMap })])).optional(),
        gettingThere: z.array(id).optional(),
        adviceFirstFor: z.array(id).optional(),
        references: references.optional(),
      }),
    )
    .min(2),
});

export class Collector {
  readonly errors: RuleError[] = [];
  private readonly docs = new Map<string, ParsedFile>();

  register(p: ParsedFile) {
    this.docs.set(p.file, p);
  }

  add(file: string, path: Path, message: string) {
    this.errors.push({ file, path, message, line: this.lineOf(file, path) });
  }

  /** The line of the deepest node along `path` that exists in the document. */
  private lineOf(file: string, path: Path): number | undefined {
    const p = this.docs.get(file);
    if (!p) return undefined;
    for (let n = path.length; n >= 0; n--) {
      const node = p.doc.getIn(path.slice(0, n), true) as { range?: [number, number] } | undefined;
      if (node && typeof node === 'object' && Array.isArray(node.range)) {
        return p.lines.linePos(node.range[0]).line;
      }
    }
    return undefined;
  }
}

function parseYaml(file: string, text: string, c: Collector): ParsedFile | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const pos = lines.linePos(e.pos[0]);
      c.errors.push({ file, path: [], line: pos.line, message: `not valid YAML: ${e.message.split('\n')[0]}` });
    }
    return undefined;
  }
  // Keep dates as text: YAML 1.1 timestamps are not used (the default core schema already reads
  // 2026-11-22 as a string in yaml v2), so values pass through as written.
  const parsed: ParsedFile = { file, doc, lines, data: doc.toJS() };
  c.register(parsed);
  return parsed;
}

function shape<T>(schema: z.ZodType<T>, p: ParsedFile, c: Collector): T | undefined {
  const r = schema.safeParse(p.data);
  if (r.success) return r.data;
  for (const issue of r.error.issues) {
    c.add(p.file, issue.path as Path, describeIssue(issue));
  }
  return undefined;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling; see rules/README.md)`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'invalid_type':
      if (issue.message.includes('received undefined')) return `is missing (expected ${issue.expected})`;
      return `expected ${issue.expected}, ${issue.message.replace(/^.*received /, 'got ')}`;
    case 'invalid_union':
      return 'is not a reference: give { title, href } or { seed, lines: [from, to], quote }';
    default:
      return issue.message;
  }
}

// --- conditions ------------------------------------------------------------------------------

interface ConditionContext {
  file: string;
  /** Leaf tests (answer, arrangement, council, asOf) are allowed only in predicates/. */
  leavesAllowed: boolean;
}

function parseCondition(raw: unknown, path: Path, ctx: ConditionContext, c: Collector): Condition | undefined {
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
    if (!only(['answer', 'in', 'notSure']) || !leaf('answer')) return undefined;
    if (obj.notSure !== undefined && obj.notSure !== 'no') {
      c.add(ctx.file, [...path, 'notSure'], 'the only choice is `notSure: no` (a "not sure" answer counts as no)');
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
    return { kind: 'answer', question: obj.answer, in: inList as string[], notSureIsNo: obj.notSure === 'no' };
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
    if (typeof s !== 'string' || !isValidDate(s)) {
      c.add(ctx.file, [...path, 'asOf', k], 'must be a real date written YYYY-MM-DD');
      return undefined;
    }
    return { kind: 'asOf', [k]: s };
  }
  c.add(ctx.file, path, `unknown condition (keys: ${keys.join(', ') || 'none'}); use a predicate name or all / any / not`);
  return undefined;
}

// --- amounts ---------------------------------------------------------------------------------

function parseAmountValue(
  raw: unknown,
  dims: Dimension[],
  path: Path,
  file: string,
  c: Collector,
): AmountValue | undefined {
  if (dims.length === 0) {
    if (raw === null || raw === 'not-confirmed') return raw;
    if (typeof raw === 'number' && Number.isFinite(raw) && raw >= 0) return raw;
    c.add(file, path, 'must be an amount in pounds (a number), "not-confirmed", or null (ended)');
    return undefined;
  }
  if (raw === null || raw === 'not-confirmed') return raw;
  const [dim, ...rest] = dims as [Dimension, ...Dimension[]];
  const allowed: readonly string[] = DIMENSIONS[dim];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    c.add(file, path, `must be a table by ${dim} (${allowed.join(', ')}), "not-confirmed", or null`);
    return undefined;
  }
  const obj = raw as Record<string, unknown>;
  const out: Record<string, AmountValue> = {};
  let ok = true;
  for (const k of Object.keys(obj)) {
    if (!allowed.includes(k)) {
      c.add(file, [...path, k], `"${k}" is not a ${dim}; use one of: ${allowed.join(', ')}`);
      ok = false;
    }
  }
  for (const k of allowed) {
    if (!(k in obj)) {
      c.add(file, path, `the ${dim} "${k}" is missing from this table`);
      ok = false;
      continue;
    }
    const v = parseAmountValue(obj[k], rest, [...path, k], file, c);
    if (v === undefined) ok = false;
    else out[k] = v;
  }
  return ok ? out : undefined;
}

// --- councils --------------------------------------------------------------------------------

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const cells: string[] = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') {
          cur += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else cur += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') {
        cells.push(cur);
        cur = '';
      } else cur += ch;
    }
    cells.push(cur);
    rows.push(cells);
  }
  return rows;
}

// --- the whole set ---------------------------------------------------------------------------

const base = (f: string) => f.replace(/^.*\//, '').replace(/\.ya?ml$/, '');

export interface CompileResult {
  rules?: Rules;
  errors: RuleError[];
}

export function compileRules(files: SourceFiles): CompileResult {
  const c = new Collector();
  const get = (f: string) => {
    const t = files[f];
    if (t === undefined) c.errors.push({ file: f, path: [], message: 'file is missing' });
    return t;
  };

  // meta
  const metaText = get('rules/meta.yaml');
  const metaFile = metaText !== undefined ? parseYaml('rules/meta.yaml', metaText, c) : undefined;
  const meta = metaFile ? shape(metaSchema, metaFile, c) : undefined;

  // questions
  const questions: Record<string, Question> = {};
  const questionFiles = Object.keys(files)
    .filter((f) => /^rules\/questions\/[^/]+\.ya?ml$/.test(f))
    .sort();
  if (questionFiles.length === 0) c.errors.push({ file: 'rules/questions/', path: [], message: 'no questions found' });
  const questionRaw: { file: string; q: z.infer<typeof questionSchema> }[] = [];
  for (const f of questionFiles) {
    const p = parseYaml(f, files[f]!, c);
    const q = p && shape(questionSchema, p, c);
    if (!q) continue;
    if (q.id !== base(f)) c.add(f, ['id'], `the id "${q.id}" must match the file name "${base(f)}"`);
    if (q.id === RESULT_TARGET) c.add(f, ['id'], `"${RESULT_TARGET}" is reserved for the end of the interview`);
    const dup = q.answers.find((a, i) => q.answers.indexOf(a) !== i);
    if (dup) c.add(f, ['answers'], `the answer "${dup}" is listed twice`);
    const sets: Question['sets'] = {};
    for (const [dim, map] of Object.entries(q.sets ?? {})) {
      if (!(dim in DIMENSIONS)) {
        c.add(f, ['sets', dim], `"${dim}" is not an amount dimension (${Object.keys(DIMENSIONS).join(', ')})`);
        continue;
      }
      const allowed: readonly string[] = DIMENSIONS[dim as Dimension];
      for (const [ans, v] of Object.entries(map)) {
        if (!q.answers.includes(ans)) c.add(f, ['sets', dim, ans], `"${ans}" is not an answer to this question`);
        if (!allowed.includes(v)) c.add(f, ['sets', dim, ans], `"${v}" is not a ${dim} (${allowed.join(', ')})`);
      }
      sets[dim as Dimension] = map;
    }
    questionRaw.push({ file: f, q });
    questions[q.id] = { id: q.id, answers: q.answers, next: q.next, references: q.references as Reference[], sets };
  }

  // arrangements
  const arrText = get('rules/arrangements.yaml');
  const arrFile = arrText !== undefined ? parseYaml('rules/arrangements.yaml', arrText, c) : undefined;
  const arrShape = arrFile ? shape(arrangementsSchema, arrFile, c) : undefined;
  const arrangements: Arrangement[] = [];
  if (arrShape) {
    arrShape.arrangements.forEach((a, i) => {
      if (arrangements.some((x) => x.id === a.id)) c.add('rules/arrangements.yaml', ['arrangements', i, 'id'], `the id "${a.id}" is used twice`);
      const when = parseCondition(a.when, ['arrangements', i, 'when'], { file: 'rules/arrangements.yaml', leavesAllowed: false }, c);
      if (when) arrangements.push({ id: a.id, kind: a.kind, when, facts: a.facts, references: a.references as Reference[] });
    });
  }
  const arrangementIds = new Set(arrShape?.arrangements.map((a) => a.id) ?? []);

  // predicates
  const predicates: Record<string, Predicate> = {};
  const predicateFiles = Object.keys(files)
    .filter((f) => /^rules\/predicates\/[^/]+\.ya?ml$/.test(f))
    .sort();
  for (const f of predicateFiles) {
    const p = parseYaml(f, files[f]!, c);
    if (!p) continue;
    if (p.data === null || p.data === undefined) continue;
    if (typeof p.data !== 'object' || Array.isArray(p.data)) {
      c.add(f, [], 'must be a map of predicate names to { when, references }');
      continue;
    }
    for (const [name, raw] of Object.entries(p.data as Record<string, unknown>)) {
      if (!PREDICATE_NAME.test(name)) {
        c.add(f, [name], `"${name}" is not a valid predicate name (start lower-case, letters and digits only)`);
        continue;
      }
      if (predicates[name]) {
        c.add(f, [name], `the predicate "${name}" is already defined in ${predicates[name]!.file}`);
        continue;
      }
      const r = predicateSchema.safeParse(raw);
      if (!r.success) {
        for (const issue of r.error.issues) c.add(f, [name, ...(issue.path as Path)], describeIssue(issue));
        continue;
      }
      const when = parseCondition(r.data.when, [name, 'when'], { file: f, leavesAllowed: true }, c);
      if (when) predicates[name] = { name, file: f, when, references: (r.data.references ?? []) as Reference[] };
    }
  }

  // support items
  const support: SupportItem[] = [];
  /** The file each support item came from (its id may differ from the file name: an error, but
   * later errors must still name the file). */
  const supportFileOf = new Map<SupportItem, string>();
  const supportFiles = Object.keys(files)
    .filter((f) => /^rules\/support\/[^/]+\.ya?ml$/.test(f))
    .sort();
  const supportCtx = (file: string): ConditionContext => ({ file, leavesAllowed: false });
  for (const f of supportFiles) {
    const p = parseYaml(f, files[f]!, c);
    const s = p && shape(supportSchema, p, c);
    if (!s) continue;
    if (s.id !== base(f)) c.add(f, ['id'], `the id "${s.id}" must match the file name "${base(f)}"`);
    const ctx = supportCtx(f);
    const appliesWhen = s.appliesWhen === undefined ? undefined : parseCondition(s.appliesWhen, ['appliesWhen'], ctx, c);
    if (s.appliesWhen === undefined && s.mayApplyWhen === undefined)
      c.add(
        f,
        ['mayApplyWhen'],
        'is missing: an item without appliesWhen can at most "may apply", so it needs mayApplyWhen to say when (see rules/README.md)',
      );
    const relevantWhen = parseCondition(s.relevantWhen ?? 'isKinshipCareInEngland', ['relevantWhen'], ctx, c);
    const mayApplyWhen = s.mayApplyWhen === undefined ? undefined : parseCondition(s.mayApplyWhen, ['mayApplyWhen'], ctx, c);
    const statusWhen = (s.statusWhen ?? []).map((sw, i) => ({
      when: parseCondition(sw.when, ['statusWhen', i, 'when'], ctx, c),
      status: sw.status,
    }));
    const notes = (s.notes ?? []).map((n, i) => ({ id: n.id, when: parseCondition(n.when, ['notes', i, 'when'], ctx, c) }));
    const noteDup = notes.find((n, i) => notes.findIndex((m) => m.id === n.id) !== i);
    if (noteDup) c.add(f, ['notes'], `the note id "${noteDup.id}" is used twice`);
    const amounts: Amount[] = [];
    (s.amounts ?? []).forEach((a, i) => {
      const path: Path = ['amounts', i];
      if (amounts.some((x) => x.id === a.id)) c.add(f, [...path, 'id'], `the amount id "${a.id}" is used twice`);
      const dims = a.dimensions ?? [];
      if (a.sameAs !== undefined) {
        if (a.values !== undefined || a.dimensions !== undefined)
          c.add(f, path, 'an amount with sameAs must not have its own values or dimensions');
        const [item, amount] = a.sameAs.split('/') as [string, string];
        amounts.push({ id: a.id, period: a.period, dimensions: [], values: [], sameAs: { item, amount } });
        return;
      }
      if (a.values === undefined || Object.keys(a.values).length === 0) {
        c.add(f, path, 'an amount needs `values` keyed by the date each took effect (or `sameAs`)');
        return;
      }
      const values: Amount['values'] = [];
      for (const [from, raw] of Object.entries(a.values)) {
        if (!isValidDate(from)) {
          c.add(f, [...path, 'values', from], `"${from}" must be the date the value took effect, written YYYY-MM-DD`);
          continue;
        }
        const v = parseAmountValue(raw, dims, [...path, 'values', from], f, c);
        if (v !== undefined) values.push({ from, value: v });
      }
      values.sort((x, y) => x.from.localeCompare(y.from));
      amounts.push({ id: a.id, period: a.period, dimensions: dims, values });
    });
    if ((s.appliesWhen !== undefined && !appliesWhen) || !relevantWhen || (s.mayApplyWhen !== undefined && !mayApplyWhen)) continue;
    if (!appliesWhen && !mayApplyWhen) continue;
    if (statusWhen.some((x) => !x.when) || notes.some((n) => !n.when)) continue;
    support.push({
      id: s.id,
      category: s.category,
      status: s.status,
      statusWhen: statusWhen as SupportItem['statusWhen'],
      provider: s.provider,
      tests: s.tests ?? [],
      warning: s.warning ?? false,
      relevantWhen,
      appliesWhen,
      mayApplyWhen,
      amounts,
      notes: notes as SupportItem['notes'],
      references: s.references as Reference[],
      lastChecked: s.lastChecked,
      notModelled: s.notModelled,
      ...(s.letter ? { letter: s.letter } : {}),
    });
    supportFileOf.set(support[support.length - 1]!, f);
  }

  // councils and zones
  const councils: Council[] = [];
  const csv = get('rules/councils.csv');
  if (csv !== undefined) {
    const rows = parseCsv(csv);
    const header = rows.shift();
    if (header?.join(',') !== 'name,gss_code,dfe_la_code,region') {
      c.errors.push({ file: 'rules/councils.csv', path: [], line: 1, message: 'the header must be name,gss_code,dfe_la_code,region' });
    }
    rows.forEach((r, i) => {
      const [name, gss, dfe, region] = r;
      if (r.length !== 4 || !name || !/^E\d{8}$/.test(gss ?? '') || !/^\d{3}$/.test(dfe ?? '') || !region) {
        c.errors.push({ file: 'rules/councils.csv', path: [], line: i + 2, message: 'each row needs a name, a GSS code (E + 8 digits), a 3-digit DfE code and a region' });
        return;
      }
      councils.push({ id: gss!, name: name!, dfeCode: dfe!, region: region!, kinshipZone: false });
    });
  }
  const zonesText = get('rules/kinship-zones.yaml');
  const zonesFile = zonesText !== undefined ? parseYaml('rules/kinship-zones.yaml', zonesText, c) : undefined;
  const zones = zonesFile ? shape(zonesSchema, zonesFile, c) : undefined;
  zones?.councils.forEach((code, i) => {
    const council = councils.find((x) => x.id === code);
    if (!council) c.add('rules/kinship-zones.yaml', ['councils', i], `"${code}" is not in rules/councils.csv`);
    else council.kinshipZone = true;
  });

  const optText = get('rules/options.yaml');
  const optFile = optText !== undefined ? parseYaml('rules/options.yaml', optText, c) : undefined;
  const optShape = optFile ? shape(optionsSchema, optFile, c) : undefined;

  // --- cross-file checks -----------------------------------------------------------------
  const knownTargets = new Set([...Object.keys(questions), RESULT_TARGET]);
  for (const { file, q } of questionRaw) {
    q.next.forEach((t, i) => {
      if (t.when !== undefined && !predicates[t.when])
        c.add(file, ['next', i, 'when'], `no predicate is called "${t.when}" (see rules/predicates/)`);
      else if (t.when !== undefined) {
        const other = [...factsTested(predicates[t.when]!.when, predicates)][0];
        if (other)
          c.add(file, ['next', i, 'when'], `"${t.when}" tests the ${other}, which is not known during the interview: routing may only test answers`);
      }
      if (!knownTargets.has(t.goto))
        c.add(file, ['next', i, 'goto'], `"${t.goto}" is neither a question id nor "${RESULT_TARGET}"`);
      if (t.goto === q.id) c.add(file, ['next', i, 'goto'], 'a question cannot lead to itself');
      if (t.when === undefined && i !== q.next.length - 1)
        c.add(file, ['next', i + 1], 'this entry can never be used: the entry before it has no `when`, so it always applies');
    });
    if (q.next.length && q.next[q.next.length - 1]!.when !== undefined)
      c.add(file, ['next', q.next.length - 1], 'the last `next` entry must have no `when`, so every answer leads somewhere');
  }
  if (meta && !questions[meta.start]) c.add('rules/meta.yaml', ['start'], `"${meta.start}" is not a question id`);

  // names used in conditions
  const checkRefs = (cond: Condition, file: string, path: Path, inArrangement: boolean, seen: string[] = []) => {
    const walk = (x: Condition): void => {
      switch (x.kind) {
        case 'predicate': {
          const p = predicates[x.name];
          if (!p) {
            c.add(file, path, `no predicate is called "${x.name}" (see rules/predicates/)`);
            return;
          }
          if (seen.includes(x.name)) {
            c.add(file, path, `the predicate "${x.name}" refers to itself through ${[...seen, x.name].join(' -> ')}`);
            return;
          }
          if (inArrangement && factsTested(p.when, predicates).has('arrangement')) {
            c.add(file, path, `"${x.name}" tests the arrangement, so it cannot be used to decide the arrangement`);
          }
          return;
        }
        case 'all':
        case 'any':
          x.of.forEach(walk);
          return;
        case 'not':
          walk(x.of);
          return;
        case 'answer': {
          const q = questions[x.question];
          if (!q) c.add(file, path, `no question is called "${x.question}"`);
          else
            for (const a of x.in)
              if (!q.answers.includes(a)) c.add(file, path, `"${a}" is not an answer to "${x.question}" (answers: ${q.answers.join(', ')})`);
          return;
        }
        case 'arrangement':
          for (const a of x.in) if (!arrangementIds.has(a)) c.add(file, path, `no arrangement is called "${a}"`);
          return;
        default:
          return;
      }
    };
    walk(cond);
  };
  for (const p of Object.values(predicates)) {
    checkRefs(p.when, p.file, [p.name, 'when'], false, [p.name]);
    const cyc = findCycle(p.name, predicates, []);
    if (cyc) c.add(p.file, [p.name, 'when'], `predicates refer to each other in a loop: ${cyc.join(' -> ')}`);
  }
  arrangements.forEach((a) => {
    const i = arrShape!.arrangements.findIndex((x) => x.id === a.id);
    checkRefs(a.when, 'rules/arrangements.yaml', ['arrangements', i, 'when'], true);
  });
  for (const s of support) {
    const file = supportFileOf.get(s)!;
    if (s.appliesWhen) checkRefs(s.appliesWhen, file, ['appliesWhen'], false);
    checkRefs(s.relevantWhen, file, ['relevantWhen'], false);
    if (s.mayApplyWhen) checkRefs(s.mayApplyWhen, file, ['mayApplyWhen'], false);
    s.statusWhen.forEach((sw, i) => checkRefs(sw.when, file, ['statusWhen', i, 'when'], false));
    s.notes.forEach((n, i) => checkRefs(n.when, file, ['notes', i, 'when'], false));
    s.amounts.forEach((a, i) => {
      if (!a.sameAs) return;
      const other = support.find((x) => x.id === a.sameAs!.item);
      const target = other?.amounts.find((x) => x.id === a.sameAs!.amount);
      if (!target) c.add(file, ['amounts', i, 'sameAs'], `no amount "${a.sameAs.amount}" in support item "${a.sameAs.item}"`);
      else if (target.sameAs) c.add(file, ['amounts', i, 'sameAs'], 'sameAs must point at an amount with its own values');
    });
  }
  const dupSupport = support.find((s, i) => support.findIndex((x) => x.id === s.id) !== i);
  if (dupSupport) c.errors.push({ file: 'rules/support/', path: [], message: `two support items are called "${dupSupport.id}"` });

  // seed references: the quote must be in the named lines of the named seed
  const checkReferences = (refs: Reference[], file: string, path: Path) => {
    refs.forEach((r, i) => {
      if (!('seed' in r)) return;
      const text = files[`seeds/${r.seed}`];
      const at: Path = [...path, i];
      if (text === undefined) {
        c.add(file, [...at, 'seed'], `there is no seeds/${r.seed}`);
        return;
      }
      const lines = text.split(/\r?\n/);
      if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
      const [from, to] = r.lines;
      if (from > to) {
        c.add(file, [...at, 'lines'], `the range ${from}-${to} runs backwards`);
        return;
      }
      if (to > lines.length) {
        c.add(file, [...at, 'lines'], `seeds/${r.seed} has only ${lines.length} lines, so ${from}-${to} is out of range`);
        return;
      }
      const joined = normaliseSpace(lines.slice(from - 1, to).join(' '));
      if (!joined.includes(normaliseSpace(r.quote))) {
        c.add(file, [...at, 'quote'], `this quote is not in seeds/${r.seed} lines ${from}-${to} (it must be word for word)`);
      }
    });
  };
  questionRaw.forEach(({ file, q }) => checkReferences(q.references as Reference[], file, ['references']));
  arrangements.forEach((a) => {
    const i = arrShape!.arrangements.findIndex((x) => x.id === a.id);
    checkReferences(a.references, 'rules/arrangements.yaml', ['arrangements', i, 'references']);
  });
  Object.values(predicates).forEach((p) => checkReferences(p.references, p.file, [p.name, 'references']));
  support.forEach((s) => checkReferences(s.references, supportFileOf.get(s)!, ['references']));
  if (zones) checkReferences(zones.references as Reference[], 'rules/kinship-zones.yaml', ['references']);

  // Options: every id they name exists; a route either is the current situation or says who it is
  // open to and what it changes.
  const options: RouteOption[] = [];
  if (optShape) {
    const OF = 'rules/options.yaml';
    const supportIds = new Set(support.map((x) => x.id));
    const arrIds = new Set(arrangements.map((x) => x.id));
    if (optShape.options.filter((o) => o.current).length !== 1) c.add(OF, ['options'], 'exactly one option must be `current: true` (the situation as it is)');
    optShape.options.forEach((o, i) => {
      const at: Path = ['options', i];
      if (optShape.options.findIndex((x) => x.id === o.id) !== i) c.add(OF, [...at, 'id'], `the id "${o.id}" is used twice`);
      if (o.current && (o.openFor || o.set || o.gettingThere)) c.add(OF, at, 'the current situation has no openFor, set or gettingThere');
      if (!o.current && (!o.openFor || !o.set)) c.add(OF, at, 'a route needs openFor (who it is open to) and set (what it changes)');
      for (const key of ['openFor', 'adviceFirstFor'] as const) {
        o[key]?.forEach((a, j) => {
          if (!arrIds.has(a)) c.add(OF, [...at, key, j], `"${a}" is not an arrangement in rules/arrangements.yaml`);
        });
      }
      for (const [q, v] of Object.entries(o.set ?? {})) {
        const question = Object.hasOwn(questions, q) ? questions[q] : undefined;
        if (!question) {
          c.add(OF, [...at, 'set', q], `"${q}" is not a question`);
          continue;
        }
        const values = typeof v === 'string' ? [[[], v] as const] : Object.entries(v.fromLookedAfter).map(([k, a]) => [['fromLookedAfter', k], a] as const);
        for (const [sub, a] of values) {
          if (!question.answers.includes(a)) c.add(OF, [...at, 'set', q, ...sub], `"${a}" is not an answer to "${q}" (answers: ${question.answers.join(', ')})`);
        }
      }
      o.gettingThere?.forEach((x, j) => {
        if (!supportIds.has(x)) c.add(OF, [...at, 'gettingThere', j], `"${x}" is not a support item in rules/support/`);
      });
      checkReferences((o.references ?? []) as Reference[], OF, [...at, 'references']);
      options.push({ id: o.id, current: o.current === true, openFor: o.openFor ?? [], set: o.set ?? {}, gettingThere: o.gettingThere ?? [], adviceFirstFor: o.adviceFirstFor ?? [], references: (o.references ?? []) as Reference[] });
    });
  }

  if (c.errors.length > 0 || !meta || !arrShape || !optShape) return { errors: c.errors };
  return {
    errors: [],
    rules: {
      version: meta.version,
      lastChecked: meta.lastChecked,
      start: meta.start,
      questions,
      questionOrder: Object.keys(questions),
      arrangements,
      predicates,
      support,
      councils,
      options,
    },
  };
}

export function normaliseSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

type Fact = 'arrangement' | 'council' | 'date';

/** What a condition tests besides answers (the arrangement, the council, the date), following
 * named predicates. */
function factsTested(cond: Condition, predicates: Record<string, Predicate>, seen: string[] = []): Set<Fact> {
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

function findCycle(name: string, predicates: Record<string, Predicate>, stack: string[]): string[] | undefined {
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
