/** A broken rules file names the file, the path inside it and what is wrong.
 *
 * Each case starts from the real rules/ and seeds/ (readSourceFiles()), breaks ONE file in memory,
 * and checks the error a maintainer would see from `npm run rules:check`: the file, the path
 * (as formatPath prints it), what is wrong, and where the place is certain, the line. Routing and
 * locale problems are found by check.ts and locale-keys.ts rather than compileRules, so those cases
 * call the function that really reports them (and show compileRules does not). */
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { describe, expect, it } from 'vitest';
import { evaluate, type Result } from '../../src/engine/evaluate.ts';
import { enumeratePaths } from '../../src/engine/paths.ts';
import { checkRoutes } from '../../tools/rules/check.ts';
import { compileRules, type SourceFiles } from '../../tools/rules/compile.ts';
import { formatError, formatPath, type RuleError } from '../../tools/rules/errors.ts';
import { PROJECT_ROOT, readSourceFiles } from '../../tools/rules/load.ts';
import { checkLocaleKeys, readLocales, type Locales } from '../../tools/rules/locale-keys.ts';
import type { Rules } from '../../src/rules/types.ts';

type Path = (string | number)[];

const real: SourceFiles = readSourceFiles();

// --- breaking one file ------------------------------------------------------------------------

function text(file: string): string {
  const t = real[file];
  if (t === undefined) throw new Error(`the test expects ${file} to exist`);
  return t;
}

function withFile(file: string, newText: string): SourceFiles {
  if (newText === real[file]) throw new Error(`the edit left ${file} unchanged, so it tests nothing`);
  return { ...real, [file]: newText };
}

/** Replace the first `from` in the file's text; `from` must be there. */
function replaceText(file: string, from: string, to: string): SourceFiles {
  const t = text(file);
  if (!t.includes(from)) throw new Error(`${file} no longer contains ${JSON.stringify(from)}`);
  return withFile(file, t.replace(from, to));
}

/** Edit the file as a YAML document (comments and layout elsewhere are kept). */
function editYaml(file: string, edit: (doc: Document) => void): SourceFiles {
  const doc = parseDocument(text(file));
  edit(doc);
  return withFile(file, doc.toString());
}

/** Replace the value at `path`, which must already exist (so the case breaks something real). */
function setAt(file: string, path: Path, value: unknown): SourceFiles {
  return editYaml(file, (doc) => {
    if (!doc.hasIn(path)) throw new Error(`${file} has nothing at ${formatPath(path)}`);
    doc.setIn(path, doc.createNode(value, { flow: true }));
  });
}

/** The first support item citing a seed: its file, the reference's index and the reference. */
function firstSeedReference(): { file: string; index: number; lines: [number, number]; seed: string } {
  for (const file of Object.keys(real).filter((f) => f.startsWith('rules/support/')).sort()) {
    const refs = parseDocument(text(file)).toJS()?.references as unknown;
    if (!Array.isArray(refs)) continue;
    const index = refs.findIndex((r) => r && typeof r === 'object' && 'seed' in r);
    if (index >= 0) {
      const r = refs[index] as { seed: string; lines: [number, number] };
      return { file, index, lines: r.lines, seed: r.seed };
    }
  }
  throw new Error('no support item cites a seed; this test needs one');
}

/** The 1-based line of the first line of the file containing `marker`. */
function lineContaining(files: SourceFiles, file: string, marker: string): number {
  const i = (files[file] ?? '').split(/\r?\n/).findIndex((l) => l.includes(marker));
  if (i < 0) throw new Error(`${file} has no line containing ${JSON.stringify(marker)}`);
  return i + 1;
}

// --- what the error must say --------------------------------------------------------------------

interface Expected {
  file: string;
  /** formatPath() of the error's path; a list means any of these. */
  at: string | string[];
  message: RegExp;
  /** The error's line must be the line holding this text in the broken file. */
  lineOf?: string;
}

function expectError(errors: RuleError[], want: Expected, files?: SourceFiles): RuleError {
  const listing = errors.length ? errors.map((e) => `  ${formatError(e)}`).join('\n') : '  (none)';
  const at = Array.isArray(want.at) ? want.at : [want.at];
  const hit = errors.find((e) => e.file === want.file && at.includes(formatPath(e.path)) && want.message.test(e.message));
  expect(hit, `expected an error in ${want.file} at ${at.join(' or ')} matching ${want.message}; the errors were:\n${listing}`).toBeDefined();
  if (want.lineOf !== undefined && files) {
    expect(hit!.line, `the line of: ${formatError(hit!)}`).toBe(lineContaining(files, want.file, want.lineOf));
  }
  return hit!;
}

// --- the real files are fine ---------------------------------------------------------------------

const compiled = compileRules(real);

describe('the real rules', () => {
  it('compile with no errors', () => {
    expect(compiled.errors.map(formatError)).toEqual([]);
    expect(compiled.rules).toBeDefined();
  });

  it('reach every question and every arrangement', () => {
    const rules = compiled.rules!;
    expect(checkRoutes(rules, enumeratePaths(rules)).map(formatError)).toEqual([]);
  });

  it('have every English locale text they need and no text left over', () => {
    expect(checkLocaleKeys(compiled.rules!, readLocales(PROJECT_ROOT), 'en').map(formatError)).toEqual([]);
  });
});

// --- one broken file, one error from compileRules ---------------------------------------------

const CB = 'rules/support/child-benefit.yaml';
const CAO = 'rules/support/cao-allowance.yaml';
const STAYING_PUT = 'rules/support/staying-put.yaml';
const PILOT = 'rules/support/kinship-allowance-pilot.yaml';
const ANSWERS = 'rules/predicates/answers.yaml';
const RELATIONSHIP = 'rules/questions/relationship.yaml';

interface Case extends Expected {
  name: string;
  files: () => SourceFiles;
}

const seedRef = firstSeedReference();
const seedPath: Path = ['references', seedRef.index];
const seedAt = formatPath(seedPath);

const cases: Case[] = [
  {
    name: 'an unknown key in a support item is named, in the item it was written in',
    files: () => editYaml(CB, (doc) => doc.set('eligibility', 'everyone')),
    file: CB,
    // zod reports unknown keys on the object that holds them; the key itself is in the message.
    at: ['(top)', 'eligibility'],
    message: /unknown key "eligibility" \(check the spelling/,
  },
  {
    name: 'an unknown key inside an amount is named, at that amount',
    files: () =>
      editYaml(CB, (doc) => {
        const amount = doc.getIn(['amounts', 0], true);
        if (!isMap(amount)) throw new Error(`${CB} has no amounts[0]`);
        amount.set('perid', 'week');
      }),
    file: CB,
    at: ['amounts[0]', 'amounts[0].perid'],
    message: /unknown key "perid"/,
  },
  {
    name: 'a status written as a number is refused, with the statuses that are allowed',
    files: () => setAt(CB, ['status'], 5),
    file: CB,
    at: 'status',
    message: /must be one of: right, your-duty, duty, discretionary, pilot, not-law, info/,
    lineOf: 'status: 5',
  },
  {
    name: 'an unknown status value is refused, with the statuses that are allowed',
    files: () => setAt(CB, ['status'], 'entitlement'),
    file: CB,
    at: 'status',
    message: /must be one of: right, your-duty, duty, discretionary, pilot, not-law, info/,
    lineOf: 'status: entitlement',
  },
  {
    name: 'a lastChecked that is not a real date says how to write a date',
    files: () => setAt(CB, ['lastChecked'], '2026-02-30'),
    file: CB,
    at: 'lastChecked',
    message: /must be a real date written YYYY-MM-DD/,
    lineOf: 'lastChecked:',
  },
  {
    name: 'a lastChecked written as a number says a date (text) was expected',
    files: () => setAt(CB, ['lastChecked'], 20261122),
    file: CB,
    at: 'lastChecked',
    message: /expected string, got number/,
    lineOf: 'lastChecked:',
  },
  {
    name: 'a support condition naming an unknown predicate names the predicate',
    files: () => setAt(CB, ['appliesWhen'], 'childIsNotLookedAftr'),
    file: CB,
    at: 'appliesWhen',
    message: /no predicate is called "childIsNotLookedAftr"/,
    lineOf: 'appliesWhen:',
  },
  {
    name: 'a support item with neither appliesWhen nor mayApplyWhen is refused, at mayApplyWhen',
    files: () => editYaml(CAO, (doc) => doc.delete('appliesWhen')),
    file: CAO,
    at: 'mayApplyWhen',
    message: /is missing: an item without appliesWhen can at most "may apply", so it needs mayApplyWhen/,
  },
  {
    name: 'a support item that leaves out appliesWhen and loses its mayApplyWhen is refused, at mayApplyWhen',
    files: () => editYaml(STAYING_PUT, (doc) => doc.delete('mayApplyWhen')),
    file: STAYING_PUT,
    at: 'mayApplyWhen',
    message: /is missing: an item without appliesWhen can at most "may apply", so it needs mayApplyWhen/,
  },
  {
    name: 'a predicate whose answer test names an unknown question names the question',
    files: () => setAt(ANSWERS, ['isCloseRelative', 'when', 'answer'], 'relation'),
    file: ANSWERS,
    at: 'isCloseRelative.when',
    message: /no question is called "relation"/,
  },
  {
    name: 'a predicate whose answer test names an unknown answer of a real question lists the real answers',
    files: () => setAt(ANSWERS, ['isCloseRelative', 'when', 'in', 1], 'sibling'),
    file: ANSWERS,
    at: 'isCloseRelative.when',
    message: /"sibling" is not an answer to "relationship" \(answers: grandparent, brother-or-sister/,
  },
  {
    name: 'a next entry going to an unknown question names the target',
    files: () => setAt(RELATIONSHIP, ['next', 1, 'goto'], 'court-orders'),
    file: RELATIONSHIP,
    at: 'next[1].goto',
    message: /"court-orders" is neither a question id nor "result"/,
    lineOf: 'goto: court-orders',
  },
  {
    name: 'a next entry whose when names an unknown predicate names the predicate',
    files: () => setAt(RELATIONSHIP, ['next', 0, 'when'], 'isParentish'),
    file: RELATIONSHIP,
    at: 'next[0].when',
    message: /no predicate is called "isParentish"/,
    lineOf: 'when: isParentish',
  },
  {
    name: 'a seed quote that is not in the cited lines names the seed and the line range',
    files: () => setAt(seedRef.file, [...seedPath, 'lines'], [seedRef.lines[0] + 1, seedRef.lines[1] + 1]),
    file: seedRef.file,
    at: `${seedAt}.quote`,
    message: new RegExp(
      `this quote is not in seeds/${seedRef.seed.replace(/\./g, '\\.')} lines ${seedRef.lines[0] + 1}-${seedRef.lines[1] + 1}`,
    ),
    lineOf: 'quote:',
  },
  {
    name: 'a short citation (cite) longer than 60 characters names the reference',
    files: () => editYaml(CB, (doc) => doc.setIn(['references', 0, 'cite'], 'Children Act 1989, section 22(1), as amended by every Act since then')),
    file: CB,
    at: 'references[0].cite',
    message: /a short citation is at most 60 characters/,
  },
  {
    name: 'a seed line range past the end of the seed says how many lines it has',
    files: () => setAt(seedRef.file, [...seedPath, 'lines'], [seedRef.lines[0], 999999]),
    file: seedRef.file,
    at: `${seedAt}.lines`,
    message: /has only \d+ lines, so \d+-999999 is out of range/,
  },
  {
    name: 'a seed reference to a missing seed file names the missing file',
    files: () => setAt(seedRef.file, [...seedPath, 'seed'], '099_missing.txt'),
    file: seedRef.file,
    at: `${seedAt}.seed`,
    message: /there is no seeds\/099_missing\.txt/,
    lineOf: 'seed: 099_missing.txt',
  },
  {
    name: 'a support item whose id differs from its file name gives both names',
    files: () => setAt(CB, ['id'], 'child-benefits'),
    file: CB,
    at: 'id',
    message: /the id "child-benefits" must match the file name "child-benefit"/,
    lineOf: 'id: child-benefits',
  },
  {
    name: 'an amount value keyed by something other than a date asks for the date it took effect',
    files: () =>
      editYaml(CB, (doc) => {
        const values = doc.getIn(['amounts', 0, 'values'], true);
        if (!isMap(values)) throw new Error(`${CB} amounts[0] has no values map`);
        values.set('April 2027', 28.1);
      }),
    file: CB,
    at: 'amounts[0].values.April 2027',
    message: /"April 2027" must be the date the value took effect, written YYYY-MM-DD/,
    lineOf: 'April 2027',
  },
  {
    name: 'a sameAs pointing at a missing support item names the item and the amount',
    files: () => setAt(PILOT, ['amounts', 0, 'sameAs'], 'fostering-allowances/nma'),
    file: PILOT,
    at: 'amounts[0].sameAs',
    message: /no amount "nma" in support item "fostering-allowances"/,
    lineOf: 'sameAs:',
  },
  {
    name: 'a sameAs pointing at a missing amount of a real item names the item and the amount',
    files: () => setAt(PILOT, ['amounts', 0, 'sameAs'], 'fostering-allowance/weekly'),
    file: PILOT,
    at: 'amounts[0].sameAs',
    message: /no amount "weekly" in support item "fostering-allowance"/,
    lineOf: 'sameAs:',
  },
  {
    name: 'predicates that refer to each other in a loop show the loop',
    files: () =>
      withFile(ANSWERS, `${text(ANSWERS)}\nisLoopStart:\n  when: { any: [isCloseRelative, isLoopEnd] }\nisLoopEnd:\n  when: { not: isLoopStart }\n`),
    file: ANSWERS,
    at: 'isLoopStart.when',
    message: /predicates refer to each other in a loop: isLoopStart -> isLoopEnd -> isLoopStart/,
    lineOf: 'isLoopEnd] }',
  },
  {
    name: 'invalid YAML syntax gives the file and the line of the break',
    files: () => replaceText(CB, 'provider: hmrc', 'provider: hmrc: dwp'),
    file: CB,
    at: '(top)',
    message: /^not valid YAML: \S/,
    lineOf: 'provider: hmrc: dwp',
  },
];

describe('a broken rules file names the file, the path inside it and what is wrong', () => {
  for (const c of cases) {
    it(c.name, () => {
      const files = c.files();
      const { rules, errors } = compileRules(files);
      expect(rules, 'a broken rule set must not compile').toBeUndefined();
      expectError(errors, c, files);
      // The one broken file is the only one blamed.
      expect(errors.filter((e) => e.file !== c.file).map(formatError)).toEqual([]);
    });
  }
});

// --- problems only the whole-route check can see ---------------------------------------------------

function compileOk(files: SourceFiles): Rules {
  const { rules, errors } = compileRules(files);
  expect(errors.map(formatError), 'compileRules should accept this edit; the route check must catch it').toEqual([]);
  return rules!;
}

describe('a route problem names the file, the path inside it and what is wrong (checkRoutes)', () => {
  it('a question no route can reach is named, in its own file', () => {
    const file = 'rules/questions/nobody-asks.yaml';
    if (real[file] !== undefined) throw new Error(`${file} already exists`);
    const files = {
      ...real,
      [file]: [
        'id: nobody-asks',
        'answers: [first-answer, second-answer]',
        'next:',
        '  - goto: result',
        'references:',
        '  - title: A source',
        '    href: https://www.gov.uk/',
        '',
      ].join('\n'),
    };
    const rules = compileOk(files);
    const errors = checkRoutes(rules, enumeratePaths(rules));
    expectError(errors, { file, at: 'id', message: /no route reaches the question "nobody-asks"/ });
    expect(errors.filter((e) => e.file !== file).map(formatError)).toEqual([]);
  });

  it('an arrangement no route can reach (shadowed by an earlier one with the same test) is named, at its test', () => {
    const file = 'rules/arrangements.yaml';
    let index = -1;
    const files = editYaml(file, (doc) => {
      const list = doc.getIn(['arrangements'], true);
      const first = doc.getIn(['arrangements', 0], true);
      if (!isSeq(list) || !isMap(first)) throw new Error(`${file} has no arrangements list`);
      const copy = first.clone();
      copy.set('id', 'shadowed-copy');
      index = list.items.length;
      list.add(copy);
    });
    const rules = compileOk(files);
    const errors = checkRoutes(rules, enumeratePaths(rules));
    expectError(errors, { file, at: `arrangements[${index}].when`, message: /no route ends in the arrangement "shadowed-copy"/ });
    expect(errors.filter((e) => e.file !== file || formatPath(e.path) !== `arrangements[${index}].when`).map(formatError)).toEqual([]);
  });
});

// --- locale texts ---------------------------------------------------------------------------------

describe('a locale problem names the locale file, the key and what is wrong (checkLocaleKeys)', () => {
  const rules = compiled.rules!;
  const fresh = (): Locales => structuredClone(readLocales(PROJECT_ROOT));
  const supportTexts = (l: Locales) => {
    const s = l.en?.support;
    if (!s) throw new Error('locales/en/support.json is missing');
    return s;
  };

  it('a missing locale text is named by its key', () => {
    const locales = fresh();
    const item = supportTexts(locales)['child-benefit'];
    if (!item || typeof item === 'string' || item.title === undefined) throw new Error('no child-benefit.title in locales/en/support.json');
    delete item.title;
    const errors = checkLocaleKeys(rules, locales, 'en');
    expectError(errors, { file: 'locales/en/support.json', at: 'child-benefit.title', message: /^missing text$/ });
    expect(errors).toHaveLength(1);
  });

  it('a locale text no rule uses is named by its key', () => {
    const locales = fresh();
    supportTexts(locales)['child-benefits'] = { title: 'Child Benefits' };
    const errors = checkLocaleKeys(rules, locales, 'en');
    expectError(errors, { file: 'locales/en/support.json', at: 'child-benefits.title', message: /no rule uses this text/ });
    expect(errors).toHaveLength(1);
  });
});

// --- an item without appliesWhen ------------------------------------------------------------------

describe('a support item without appliesWhen is at most "may apply"', () => {
  const where = (r: Result, id: string) =>
    (['warnings', 'applies', 'mayApply', 'notApplicable'] as const).find((k) => r[k].some((x) => x.id === id)) ?? 'not listed';
  const run = (rules: Rules, answers: Record<string, string>, council: string | null = null): Result => {
    const r = evaluate(rules, answers, { asOf: '2026-11-23', council });
    if (!r.complete) throw new Error('the answers stop before the end of the route');
    return r;
  };
  const fosterCare16 = {
    'where-child-lives': 'with-me-england',
    relationship: 'aunt-or-uncle',
    'court-order': 'care-order',
    'foster-approval': 'approved',
    'child-age': '16-to-17',
    'pension-age': 'no',
  };
  const family = {
    'where-child-lives': 'with-me-england',
    relationship: 'grandparent',
    'court-order': 'none',
    'who-arranged': 'family',
    parents: 'neither',
    'pension-age': 'no',
  };
  const sgo = {
    'where-child-lives': 'with-me-england',
    relationship: 'grandparent',
    'court-order': 'special-guardianship-order',
    'looked-after-before': 'no',
    parents: 'neither',
    'pension-age': 'no',
  };

  it('compiles, and keeps no appliesWhen', () => {
    const item = compiled.rules!.support.find((s) => s.id === 'staying-put');
    expect(item?.appliesWhen).toBeUndefined();
    expect(item?.mayApplyWhen).toBeDefined();
  });

  it('may apply when mayApplyWhen is true, with its findings as the reason', () => {
    const r = run(compiled.rules!, fosterCare16);
    expect(where(r, 'staying-put')).toBe('mayApply');
    expect(r.mayApply.find((x) => x.id === 'staying-put')!.because).toEqual([
      expect.objectContaining({ predicate: 'isKinshipFosterCare', value: 'yes' }),
    ]);
  });

  it('may apply when mayApplyWhen is unknown, naming what is unknown', () => {
    const r = run(compiled.rules!, sgo, null);
    expect(where(r, 'kinship-allowance-pilot')).toBe('mayApply');
    expect(r.mayApply.find((x) => x.id === 'kinship-allowance-pilot')!.because).toEqual([
      expect.objectContaining({ predicate: 'councilIsKinshipZone', value: 'unknown' }),
    ]);
  });

  it('does not apply when mayApplyWhen is false, with its findings as the reason', () => {
    const r = run(compiled.rules!, sgo, 'E08000035');
    expect(where(r, 'kinship-allowance-pilot')).toBe('notApplicable');
    expect(r.notApplicable.find((x) => x.id === 'kinship-allowance-pilot')!.because).toEqual([
      expect.objectContaining({ predicate: 'councilIsKinshipZone', value: 'no' }),
    ]);
  });

  it('never applies outright, even where its appliesWhen would have been true', () => {
    // child-benefit applies to a private family arrangement; without appliesWhen it is decided by
    // its mayApplyWhen (lookedAfterStatusUnclear) alone, which is false here.
    const files = editYaml(CB, (doc) => doc.delete('appliesWhen'));
    const rules = compileOk(files);
    expect(where(run(compiled.rules!, family), 'child-benefit')).toBe('applies');
    expect(where(run(rules, family), 'child-benefit')).toBe('notApplicable');
  });
});

// --- providers: a list a policy person extends --------------------------------------------------

describe('providers live in rules/providers.yaml', () => {
  it('a support item naming a provider not on the list is named by file and path, with the list', () => {
    const files = replaceText(CB, 'provider: hmrc', 'provider: nhs');
    const errors = compileRules(files).errors;
    expectError(errors, { file: CB, at: 'provider', message: /"nhs" is not a provider: add it to rules\/providers\.yaml, or use one of: council, dwp, hmrc/, lineOf: 'provider: nhs' }, files);
  });

  it('a new provider on the list is accepted, and its name is then needed in app.json', () => {
    const files = { ...replaceText(CB, 'provider: hmrc', 'provider: nhs'), 'rules/providers.yaml': `${text('rules/providers.yaml')}  - nhs\n` };
    const { rules, errors } = compileRules(files);
    expect(errors.map(formatError)).toEqual([]);
    expect(rules!.support.find((s) => s.id === 'child-benefit')!.provider).toBe('nhs');
    const localeErrors = checkLocaleKeys(rules!, readLocales(PROJECT_ROOT), 'en');
    expectError(localeErrors, { file: 'locales/en/app.json', at: 'provider.nhs', message: /^missing text$/ });
    expect(localeErrors).toHaveLength(1);
  });

  it('a provider listed twice is named', () => {
    const files = { ...real, 'rules/providers.yaml': `${text('rules/providers.yaml')}  - dwp\n` };
    // The new line is the last of the list.
    const last = (files['rules/providers.yaml']!.match(/^ {2}- /gm) ?? []).length - 1;
    expectError(compileRules(files).errors, { file: 'rules/providers.yaml', at: `providers[${last}]`, message: /the provider "dwp" is listed twice/ });
  });
});

describe('a question id is also a page of the journey', () => {
  it('a question called like one of the other pages (council) is refused', () => {
    const rel = text('rules/questions/relationship.yaml');
    const files = { ...real, 'rules/questions/council.yaml': rel.replace(/^id: relationship$/m, 'id: council') };
    expectError(compileRules(files).errors, { file: 'rules/questions/council.yaml', at: 'id', message: /"council" is the name of a page of the checker/ });
  });
});

// --- what to do now, contacts and money (issue 16) ------------------------------------------------

describe('a step, its contacts and its weekly amount are checked', () => {
  it('a contact not in rules/contacts.yaml is named by file and path, with the list', () => {
    const files = replaceText(CB, 'contacts: [child-benefit-office]', 'contacts: [hmrc-helpline]');
    expectError(compileRules(files).errors, { file: CB, at: 'contacts[0]', message: /"hmrc-helpline" is not in rules\/contacts\.yaml: add it there, or use one of: family-rights-group/ }, files);
  });

  it('a step that says call needs a contact with a phone number', () => {
    const files = replaceText(CB, 'step: { urgency: 3, action: link }', 'step: { urgency: 3, action: call }');
    const at = compileRules({ ...files, [CB]: files[CB]!.replace('contacts: [child-benefit-office]', 'contacts: [kinship]') }).errors;
    expectError(at, { file: CB, at: 'step.action', message: /`call` needs a contact with a phone number/ });
  });

  it('a step that says letter needs a letter, and an urgency outside 1 to 9 is refused', () => {
    expectError(compileRules(replaceText(CB, 'step: { urgency: 3, action: link }', 'step: { urgency: 3, action: letter }')).errors, {
      file: CB,
      at: 'step.action',
      message: /`letter` needs the item's `letter`/,
    });
    expectError(compileRules(replaceText(CB, 'step: { urgency: 3, action: link }', 'step: { urgency: 12, action: link }')).errors, {
      file: CB,
      at: 'step.urgency',
      message: /urgency is 1 \(first\) to 9 \(last\)/,
    });
  });

  it('only one amount of an item counts in the weekly figure', () => {
    const files = replaceText(CB, "      \"2026-04-06\": 17.90", "      \"2026-04-06\": 17.90\n    weekly: true");
    expectError(compileRules(files).errors, { file: CB, at: 'amounts', message: /only one amount may have `weekly: true`/ });
  });

  it('a contact number must be written as the organisation prints it, and a step needs its words in every language', () => {
    const files = replaceText('rules/contacts.yaml', 'phone: "0808 801 0366"', 'phone: "call us"');
    expectError(compileRules(files).errors, { file: 'rules/contacts.yaml', at: 'contacts[0].phone', message: /must be a UK number as printed/ });
    const { rules } = compileRules(real);
    const withStep = { ...rules!, support: rules!.support.map((s) => (s.id === 'qualifying-care-relief' ? { ...s, step: { urgency: 5, action: 'link' as const } } : s)) };
    expectError(checkLocaleKeys(withStep, readLocales(PROJECT_ROOT), 'en'), { file: 'locales/en/support.json', at: 'qualifying-care-relief.step', message: /^missing text$/ });
  });
});
