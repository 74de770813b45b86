/** Turns the text of rules/ (and seeds/) into a validated Rules object, or a list of errors that
 * each name the file, the path inside it and what is wrong. Pure: no file system, no clock, so it
 * runs the same in Node (rules:check, tests, the CLI) and at build time. */
import { z } from 'zod';
import type { RuleError } from './errors.ts';
import { Collector, describeIssue, parseYaml, shape, type Path, type SourceFiles } from './collect.ts';
import {
  arrangementsSchema,
  contactsSchema,
  metaSchema,
  optionsSchema,
  PREDICATE_NAME,
  predicateSchema,
  providersSchema,
  questionSchema,
  supportSchema,
  zonesSchema,
  councilAliasesSchema,
} from './schema.ts';
import { factsTested, findCycle, parseCondition, type ConditionContext } from './conditions.ts';
import { parseAmountValue } from './amounts.ts';
import { parseCsv } from './councils.ts';
import { isRealDate } from '../../src/engine/evaluate.ts';
import { normaliseCouncilName } from '../../src/engine/councils.ts';
import {
  DIMENSIONS,
  RESULT_TARGET,
  type Amount,
  type Arrangement,
  type Condition,
  type Contact,
  type Council,
  type CouncilAlias,
  type Dimension,
  type Predicate,
  type Question,
  type Reference,
  type Rules,
  type SupportItem,
  type RouteOption,
} from '../../src/rules/types.ts';

export { Collector, type SourceFiles };

/** The journey's pages other than the questions (and the result's own state, 'summary'). */
const JOURNEY_PAGES = ['start', 'routing', 'council', 'check-answers', 'result', 'summary', 'compare', 'benefits-check', 'case-note', 'letter'];

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
    // A question's id is also its page in the journey (src/interview/journey.ts) beside these.
    if (JOURNEY_PAGES.includes(q.id)) c.add(f, ['id'], `"${q.id}" is the name of a page of the checker: call the question something else`);
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
      const factsWhen = (a.factsWhen ?? []).map((f, j) => ({
        when: parseCondition(f.when, ['arrangements', i, 'factsWhen', j, 'when'], { file: 'rules/arrangements.yaml', leavesAllowed: false }, c),
        facts: f.facts,
      }));
      if (when && factsWhen.every((f) => f.when))
        arrangements.push({ id: a.id, kind: a.kind, when, facts: a.facts, factsWhen: factsWhen as Arrangement['factsWhen'], references: a.references as Reference[] });
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
  // Who may provide support: a list a policy person extends (rules/providers.yaml).
  const provText = get('rules/providers.yaml');
  const provFile = provText !== undefined ? parseYaml('rules/providers.yaml', provText, c) : undefined;
  const providers = (provFile && shape(providersSchema, provFile, c)?.providers) ?? [];
  providers.forEach((x, i) => {
    if (providers.indexOf(x) !== i) c.add('rules/providers.yaml', ['providers', i], `the provider "${x}" is listed twice`);
  });
  // Who she can call: rules/contacts.yaml. A support item's contacts must be listed there.
  const contText = get('rules/contacts.yaml');
  const contFile = contText !== undefined ? parseYaml('rules/contacts.yaml', contText, c) : undefined;
  const contShape = contFile ? shape(contactsSchema, contFile, c) : undefined;
  const contacts: Contact[] = (contShape?.contacts ?? []).map((x) => ({
    id: x.id,
    ...(x.phone ? { phone: x.phone } : {}),
    hours: x.hours,
    web: x.web,
    references: x.references as Reference[],
    lastChecked: x.lastChecked,
  }));
  contacts.forEach((x, i) => {
    if (contacts.findIndex((y) => y.id === x.id) !== i) c.add('rules/contacts.yaml', ['contacts', i, 'id'], `the contact "${x.id}" is listed twice`);
  });
  if (contText === undefined) c.errors.push({ file: 'rules/contacts.yaml', path: [], message: 'is missing: it lists who a carer can call' });
  for (const f of supportFiles) {
    const p = parseYaml(f, files[f]!, c);
    const s = p && shape(supportSchema, p, c);
    if (!s) continue;
    if (s.id !== base(f)) c.add(f, ['id'], `the id "${s.id}" must match the file name "${base(f)}"`);
    if (provFile && !providers.includes(s.provider))
      c.add(f, ['provider'], `"${s.provider}" is not a provider: add it to rules/providers.yaml, or use one of: ${providers.join(', ')}`);
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
        amounts.push({ id: a.id, period: a.period, dimensions: [], values: [], sameAs: { item, amount }, weekly: a.weekly === true });
        return;
      }
      if (a.values === undefined || Object.keys(a.values).length === 0) {
        c.add(f, path, 'an amount needs `values` keyed by the date each took effect (or `sameAs`)');
        return;
      }
      const values: Amount['values'] = [];
      for (const [from, raw] of Object.entries(a.values)) {
        if (!isRealDate(from)) {
          c.add(f, [...path, 'values', from], `"${from}" must be the date the value took effect, written YYYY-MM-DD`);
          continue;
        }
        const v = parseAmountValue(raw, dims, [...path, 'values', from], f, c);
        if (v !== undefined) values.push({ from, value: v });
      }
      values.sort((x, y) => x.from.localeCompare(y.from));
      amounts.push({ id: a.id, period: a.period, dimensions: dims, values, weekly: a.weekly === true });
    });
    if ((s.amounts ?? []).filter((a) => a.weekly).length > 1)
      c.add(f, ['amounts'], 'only one amount may have `weekly: true` (the one for one child that counts in her weekly figure)');
    (s.amounts ?? []).forEach((a, i) => {
      if (a.weekly && a.period === 'once') c.add(f, ['amounts', i, 'weekly'], 'a one-off amount cannot count in a weekly figure');
    });
    (s.contacts ?? []).forEach((x, i) => {
      if (contShape && !contacts.some((y) => y.id === x))
        c.add(f, ['contacts', i], `"${x}" is not in rules/contacts.yaml: add it there, or use one of: ${contacts.map((y) => y.id).join(', ')}`);
    });
    if (s.step?.action === 'call' && !(s.contacts ?? []).some((x) => contacts.find((y) => y.id === x)?.phone))
      c.add(f, ['step', 'action'], '`call` needs a contact with a phone number in `contacts`');
    if (s.step?.action === 'link' && !s.link) c.add(f, ['step', 'action'], '`link` needs the item\'s `link` (the page where she acts)');
    if (s.step?.action === 'letter' && !s.letter) c.add(f, ['step', 'action'], '`letter` needs the item\'s `letter`');
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
      contacts: s.contacts ?? [],
      ...(s.link ? { link: s.link } : {}),
      ...(s.step ? { step: s.step } : {}),
    });
    supportFileOf.set(support[support.length - 1]!, f);
  }

  // councils and zones
  const councils: Council[] = [];
  const csv = get('rules/councils.csv');
  if (csv !== undefined) {
    const CSV = 'rules/councils.csv';
    const HEADER = 'name,gss_code,dfe_la_code,region,nma_region';
    const bands: readonly string[] = DIMENSIONS.region;
    const rows = parseCsv(csv);
    const header = rows.shift();
    if (header?.join(',') !== HEADER) {
      c.errors.push({ file: CSV, path: [], line: 1, message: `the header must be ${HEADER}` });
    }
    rows.forEach((r, i) => {
      const line = i + 2;
      const [name, gss, dfe, region, nma] = r;
      if (r.length !== 5 || !name || !/^E\d{8}$/.test(gss ?? '') || !/^\d{3}$/.test(dfe ?? '') || !region) {
        c.errors.push({
          file: CSV,
          path: [],
          line,
          message: 'each row needs a name, a GSS code (E + 8 digits), a 3-digit DfE code, a region and an nma_region (which may be blank)',
        });
        return;
      }
      // The national minimum fostering allowance band (GOV.UK 'Help with the cost of fostering').
      // Blank where the band is not confirmed: both outside-London rows are then shown.
      if (nma !== '' && !bands.includes(nma!)) {
        c.errors.push({ file: CSV, path: [], line, message: `nma_region "${nma}" for ${name} must be blank or one of: ${bands.join(', ')}` });
        return;
      }
      if ((region === 'London') !== (nma === 'london')) {
        c.errors.push({
          file: CSV,
          path: [],
          line,
          message: `${name}: nma_region is "london" exactly when the region is London (region "${region}", nma_region "${nma}")`,
        });
        return;
      }
      councils.push({
        id: gss!,
        name: name!,
        dfeCode: dfe!,
        region: region!,
        ...(nma ? { nmaRegion: nma as Council['nmaRegion'] } : {}),
        kinshipZone: false,
      });
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

  // other names for councils
  const ALIASES = 'rules/council-aliases.yaml';
  const aliasText = get(ALIASES);
  const aliasFile = aliasText !== undefined ? parseYaml(ALIASES, aliasText, c) : undefined;
  const aliasShape = aliasFile ? shape(councilAliasesSchema, aliasFile, c) : undefined;
  const councilAliases: CouncilAlias[] = [];
  const aliasSeen = new Map<string, string>();
  const councilByKey = new Map(councils.map((x) => [normaliseCouncilName(x.name), x]));
  aliasShape?.aliases.forEach((a, i) => {
    a.typed.forEach((typed, j) => {
      const key = normaliseCouncilName(typed);
      if (!key) c.add(ALIASES, ['aliases', i, 'typed', j], `"${typed}" is only words like "council" or "county": name a place`);
      else if (aliasSeen.has(key)) c.add(ALIASES, ['aliases', i, 'typed', j], `"${typed}" is read the same as "${aliasSeen.get(key)}", listed before`);
      else aliasSeen.set(key, typed);
    });
    let ids: string[] = [];
    if (a.councils) {
      a.councils.forEach((code, j) => {
        if (!councils.some((x) => x.id === code)) c.add(ALIASES, ['aliases', i, 'councils', j], `"${code}" is not in rules/councils.csv`);
      });
      if (new Set(a.councils).size !== a.councils.length) c.add(ALIASES, ['aliases', i, 'councils'], 'a council is listed twice');
      ids = a.councils;
    } else if (a.region) {
      ids = councils.filter((x) => x.region === a.region).map((x) => x.id);
      if (ids.length === 0) c.add(ALIASES, ['aliases', i, 'region'], `no council in rules/councils.csv is in the region "${a.region}"`);
    }
    // An alias that means only the council whose name it already is would never change anything.
    a.typed.forEach((typed, j) => {
      const own = councilByKey.get(normaliseCouncilName(typed));
      if (own && ids.length === 1 && ids[0] === own.id) c.add(ALIASES, ['aliases', i, 'typed', j], `"${typed}" is already read as ${own.name} (rules/councils.csv): remove it`);
    });
    councilAliases.push({ typed: a.typed, councils: ids });
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
    a.factsWhen.forEach((f, j) => checkRefs(f.when, 'rules/arrangements.yaml', ['arrangements', i, 'factsWhen', j, 'when'], true));
  });
  // `notAsked: no` turns an unknown into a no: it may decide whether an item is listed at all
  // (relevantWhen), never whether it applies, so an unknown is never rounded to "not for you".
  const roundsNotAsked = (cond: Condition, seen: string[] = []): string | undefined => {
    switch (cond.kind) {
      case 'predicate': {
        const p = predicates[cond.name];
        if (!p || seen.includes(cond.name)) return undefined;
        return roundsNotAsked(p.when, [...seen, cond.name]) ? cond.name : undefined;
      }
      case 'all':
      case 'any':
        for (const x of cond.of) {
          const hit = roundsNotAsked(x, seen);
          if (hit) return hit;
        }
        return undefined;
      case 'not':
        return roundsNotAsked(cond.of, seen);
      case 'answer':
        return cond.notAskedIsNo ? cond.question : undefined;
      default:
        return undefined;
    }
  };
  for (const s of support) {
    const file = supportFileOf.get(s)!;
    for (const [key, cond] of [['appliesWhen', s.appliesWhen], ['mayApplyWhen', s.mayApplyWhen]] as const) {
      const hit = cond && roundsNotAsked(cond);
      if (hit) c.add(file, [key], `"${hit}" counts a question that was not asked as no (notAsked: no): use it only in relevantWhen, never to decide whether an item applies`);
    }
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
      o.openFor?.forEach((a, j) => {
        if (!arrIds.has(a)) c.add(OF, [...at, 'openFor', j], `"${a}" is not an arrangement in rules/arrangements.yaml`);
      });
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
      options.push({
        id: o.id,
        current: o.current === true,
        openFor: o.openFor ?? [],
        openWhenLookedAfter: o.openWhenLookedAfter ?? [],
        set: o.set ?? {},
        gettingThere: o.gettingThere ?? [],
        adviceFirstWhenLookedAfter: o.adviceFirstWhenLookedAfter ?? [],
        references: (o.references ?? []) as Reference[],
      });
    });
  }

  if (c.errors.length > 0 || !meta || !arrShape || !optShape || !aliasShape) return { errors: c.errors };
  return {
    errors: [],
    rules: {
      version: meta.version,
      lastChecked: meta.lastChecked,
      sourcesUpTo: meta.sourcesUpTo,
      start: meta.start,
      questions,
      questionOrder: Object.keys(questions),
      arrangements,
      predicates,
      support,
      councils,
      councilAliases,
      options,
      stopGetting: optShape.stopGetting,
      providers,
      contacts,
      reportProblemTo: meta.reportProblemTo,
    },
  };
}

export function normaliseSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

