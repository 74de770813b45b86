/** Citation integrity: the seed documents are the ones recorded in seeds/index.yaml (and the same
 * bytes as ../shared/seeds/), every quote the rules cite is word for word in the lines it names,
 * every web reference is a usable address with a title, the committed answers schema is current,
 * and no rule claims to have been checked after the rule set as a whole. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { answersJsonSchemaText } from '../../tools/rules/answers-schema.ts';
import { loadRules, PROJECT_ROOT } from '../../tools/rules/load.ts';
import type { Reference } from '../../src/rules/types.ts';

const rules = loadRules();
const SEEDS = join(PROJECT_ROOT, 'seeds');
const SHARED_SEEDS = join(PROJECT_ROOT, '..', 'shared', 'seeds');
const hasShared = existsSync(SHARED_SEEDS);
const skippedNote = hasShared ? '' : ' (skipped: ../shared/seeds is not present on this machine)';

const seedFiles = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort();

const indexSchema = z.array(
  z.object({
    file: z.string().regex(/^[\w.-]+\.txt$/),
    title: z.string().trim().min(1),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    lines: z.number().int().min(0),
  }),
);
const seedIndex = indexSchema.parse(parse(readFileSync(join(SEEDS, 'index.yaml'), 'utf8')));
const indexed = new Map(seedIndex.map((e) => [e.file, e]));

const seedBytes = (f: string) => readFileSync(join(SEEDS, f));

/** Lines as an editor numbers them (1-based); a final newline does not start another line. */
function seedLines(f: string): string[] {
  const lines = seedBytes(f).toString('utf8').split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Runs of white space (including line breaks) count as one space, as compile.ts does. */
const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

const isRealDate = (s: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

// --- every reference in the rules, with where it is written ------------------------------------

interface Cited {
  where: string;
  ref: Reference;
}

// kinship-zones.yaml is validated by compileRules but not kept in Rules, so read it here.
const zonesRefs = z
  .object({ references: z.array(z.custom<Reference>((r) => typeof r === 'object' && r !== null)) })
  .parse(parse(readFileSync(join(PROJECT_ROOT, 'rules', 'kinship-zones.yaml'), 'utf8'))).references;

const cited: Cited[] = [
  ...rules.questionOrder.flatMap((id) =>
    rules.questions[id]!.references.map((ref, i) => ({ where: `rules/questions/${id}.yaml references[${i}]`, ref })),
  ),
  ...rules.arrangements.flatMap((a) =>
    a.references.map((ref, i) => ({ where: `rules/arrangements.yaml ${a.id} references[${i}]`, ref })),
  ),
  ...Object.values(rules.predicates).flatMap((p) =>
    p.references.map((ref, i) => ({ where: `${p.file} ${p.name}.references[${i}]`, ref })),
  ),
  ...rules.support.flatMap((s) => s.references.map((ref, i) => ({ where: `rules/support/${s.id}.yaml references[${i}]`, ref }))),
  ...zonesRefs.map((ref, i) => ({ where: `rules/kinship-zones.yaml references[${i}]`, ref })),
];
type SeedRef = Extract<Reference, { seed: string }>;
type WebRef = Extract<Reference, { href: string }>;
const seedRefs = cited.filter((c): c is { where: string; ref: SeedRef } => 'seed' in c.ref);
const webRefs = cited.filter((c): c is { where: string; ref: WebRef } => 'href' in c.ref);

// --- (a) the seed files --------------------------------------------------------------------------

describe('the seed documents', () => {
  it('are each listed once in seeds/index.yaml, and every listed file is in seeds/', () => {
    expect(seedFiles.length).toBeGreaterThan(0);
    const listed = seedIndex.map((e) => e.file);
    expect(new Set(listed).size, 'a file is listed twice in seeds/index.yaml').toBe(listed.length);
    expect([...listed].sort()).toEqual(seedFiles);
  });

  for (const f of seedFiles) {
    it(`${f} has the sha256 and line count recorded in seeds/index.yaml`, () => {
      const entry = indexed.get(f);
      expect(entry, `${f} is not in seeds/index.yaml`).toBeDefined();
      const bytes = seedBytes(f);
      expect(createHash('sha256').update(bytes).digest('hex'), `${f} has changed since it was indexed`).toBe(entry!.sha256);
      // index.yaml records `wc -l`: the number of newline characters.
      expect(bytes.filter((b) => b === 0x0a).length).toBe(entry!.lines);
    });
  }

  for (const f of seedFiles) {
    it.skipIf(!hasShared)(`${f} is byte-identical to ../shared/seeds/${f}${skippedNote}`, () => {
      const original = join(SHARED_SEEDS, f);
      expect(existsSync(original), `../shared/seeds/${f} does not exist`).toBe(true);
      expect(seedBytes(f).equals(readFileSync(original)), `seeds/${f} differs from ../shared/seeds/${f}`).toBe(true);
    });
  }

  it.skipIf(!hasShared)(`include every .txt document in ../shared/seeds${skippedNote}`, () => {
    const shared = readdirSync(SHARED_SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    expect(seedFiles).toEqual(shared);
  });
});

// --- (b) quotes ---------------------------------------------------------------------------------

describe('every seed reference quotes its seed word for word, within the lines it cites', () => {
  it('the rules cite the seeds at least once', () => {
    expect(seedRefs.length).toBeGreaterThan(0);
  });

  for (const { where, ref } of seedRefs) {
    const [from, to] = ref.lines;
    it(`${where} quotes seeds/${ref.seed} lines ${from}-${to}`, () => {
      expect(seedFiles, `seeds/${ref.seed} does not exist`).toContain(ref.seed);
      const lines = seedLines(ref.seed);
      expect(from, 'line numbers start at 1').toBeGreaterThanOrEqual(1);
      expect(from, `the range ${from}-${to} runs backwards`).toBeLessThanOrEqual(to);
      expect(to, `seeds/${ref.seed} has ${lines.length} lines`).toBeLessThanOrEqual(lines.length);
      const quote = normalise(ref.quote);
      expect(quote, 'the quote is empty').not.toBe('');
      const cited = normalise(lines.slice(from - 1, to).join(' '));
      expect(cited, `the quote is not word for word in seeds/${ref.seed} lines ${from}-${to}`).toContain(quote);
    });
  }
});

// --- (c) web references and titles ------------------------------------------------------------------

describe('every reference can be followed', () => {
  it('the rules cite web pages', () => {
    expect(webRefs.length).toBeGreaterThan(0);
  });

  it('every web reference is an absolute http or https address', () => {
    const bad = webRefs
      .filter(({ ref }) => {
        if (/\s/.test(ref.href)) return true;
        try {
          const u = new URL(ref.href);
          return !(u.protocol === 'http:' || u.protocol === 'https:') || u.hostname === '' || !ref.href.startsWith(`${u.protocol}//`);
        } catch {
          return true;
        }
      })
      .map(({ where, ref }) => `${where}: ${JSON.stringify(ref.href)}`);
    expect(bad).toEqual([]);
  });

  it('every web reference has a title', () => {
    const bad = webRefs.filter(({ ref }) => ref.title.trim() === '').map(({ where }) => where);
    expect(bad).toEqual([]);
  });

  it('every seed reference names a seed whose title is in seeds/index.yaml', () => {
    const bad = seedRefs.filter(({ ref }) => !indexed.get(ref.seed)?.title.trim()).map(({ where, ref }) => `${where}: ${ref.seed}`);
    expect(bad).toEqual([]);
  });
});

// --- (d) the generated answers schema -------------------------------------------------------------

it('rules/answers.schema.json is the schema the current questions generate', () => {
  const committed = readFileSync(join(PROJECT_ROOT, 'rules', 'answers.schema.json'), 'utf8');
  expect(committed, 'rules/answers.schema.json is out of date: run `npm run rules:schema` and commit the result').toBe(
    answersJsonSchemaText(rules),
  );
});

// --- (e) dates checked ---------------------------------------------------------------------------

describe('lastChecked dates', () => {
  it(`the rule set's lastChecked (${rules.lastChecked}) is a real date`, () => {
    expect(isRealDate(rules.lastChecked)).toBe(true);
  });

  it('no support item was checked after the rule set as a whole, and each date is real', () => {
    const bad = rules.support
      .filter((s) => !isRealDate(s.lastChecked) || s.lastChecked > rules.lastChecked)
      .map((s) => `rules/support/${s.id}.yaml: lastChecked ${s.lastChecked} (rules/meta.yaml says ${rules.lastChecked})`);
    expect(bad).toEqual([]);
  });

  it('arrangements.yaml and kinship-zones.yaml were not checked after the rule set as a whole', () => {
    const bad = ['arrangements.yaml', 'kinship-zones.yaml']
      .map((f) => ({ f, d: String((parse(readFileSync(join(PROJECT_ROOT, 'rules', f), 'utf8')) as { lastChecked?: unknown }).lastChecked) }))
      .filter(({ d }) => !isRealDate(d) || d > rules.lastChecked)
      .map(({ f, d }) => `rules/${f}: lastChecked ${d} (rules/meta.yaml says ${rules.lastChecked})`);
    expect(bad).toEqual([]);
  });
});
