/** Mutation tests for rules: generated corruptions of the real rules files are all rejected, and
 * each rejection names the file and a place in it on the way to what was broken. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDocument, isMap, isSeq, isScalar, type Document, type Node } from 'yaml';
import { compileRules } from '../../tools/rules/compile.ts';
import { readSourceFiles } from '../../tools/rules/load.ts';
import { formatError } from '../../tools/rules/errors.ts';

const files = readSourceFiles();
const yamlFiles = Object.keys(files).filter((f) => f.endsWith('.yaml') && f.startsWith('rules/')).sort();

type Path = (string | number)[];
interface Spot { path: Path; kind: 'map' | 'seq' | 'scalar' }

/** Every node in a YAML document, with its path. */
function spots(doc: Document): Spot[] {
  const out: Spot[] = [];
  const walk = (n: Node | null | undefined, path: Path) => {
    if (isMap(n)) {
      out.push({ path, kind: 'map' });
      for (const pair of n.items) walk(pair.value as Node, [...path, String((pair.key as { value: unknown }).value)]);
    } else if (isSeq(n)) {
      out.push({ path, kind: 'seq' });
      n.items.forEach((item, i) => walk(item as Node, [...path, i]));
    } else if (isScalar(n)) out.push({ path, kind: 'scalar' });
  };
  walk(doc.contents as Node, []);
  return out;
}

const MUTATIONS = ['unknown key', 'scalar becomes a mapping', 'mapping becomes a list', 'list becomes text'] as const;
type Mutation = (typeof MUTATIONS)[number];

function applies(m: Mutation, s: Spot) {
  if (m === 'unknown key') return s.kind === 'map';
  if (m === 'scalar becomes a mapping') return s.kind === 'scalar' && s.path.length > 0;
  if (m === 'mapping becomes a list') return s.kind === 'map' && s.path.length > 0;
  return s.kind === 'seq' && s.path.length > 0;
}

function mutate(text: string, m: Mutation, s: Spot): string {
  const doc = parseDocument(text);
  if (m === 'unknown key') {
    if (s.path.length === 0) doc.set('zzNotAKey', 1);
    else doc.setIn([...s.path, 'zzNotAKey'], 1);
  } else if (m === 'scalar becomes a mapping') doc.setIn(s.path, doc.createNode({ zzNotAKey: true }));
  else if (m === 'mapping becomes a list') doc.setIn(s.path, doc.createNode([1]));
  else doc.setIn(s.path, 'zz-not-a-list');
  return doc.toString();
}

/** One path is on the way to the other (the error may point at the broken node, its owner or a part of it). */
const related = (a: Path, b: Path) => {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (String(a[i]) !== String(b[i])) return false;
  return true;
};

describe('corrupted rules files are rejected, naming the file and the place', () => {
  const cases = yamlFiles.flatMap((file) => {
    const all = spots(parseDocument(files[file]!));
    return MUTATIONS.flatMap((m) => all.filter((s) => applies(m, s)).map((s) => ({ file, m, s })));
  });

  it(`there are many ways to break them (${cases.length} possible single mutations)`, () => {
    expect(cases.length).toBeGreaterThan(1000);
  });

  it('every sampled mutation is rejected with its file and a related path', () => {
    fc.assert(
      fc.property(fc.constantFrom(...cases), ({ file, m, s }) => {
        const broken = mutate(files[file]!, m, s);
        const { rules, errors } = compileRules({ ...files, [file]: broken });
        const shown = errors.map(formatError).join('\n');
        expect(rules, `${file} ${m} at ${s.path.join('.')} was accepted`).toBeUndefined();
        const named = errors.filter((e) => e.file === file && related(e.path, s.path) && (e.path.length > 0 || s.path.length <= 1));
        expect(named.length, `${file}: ${m} at ${s.path.join('.')}\n${shown}`).toBeGreaterThan(0);
        expect(named.every((e) => e.message.trim().length > 5)).toBe(true);
      }),
      { numRuns: 400, seed: 20261123 },
    );
  });

  it('a broken council row names councils.csv and the row', () => {
    const csv = files['rules/councils.csv']!.split('\n');
    csv[5] = csv[5]!.replace(/E\d{8}/, 'X123');
    const { errors } = compileRules({ ...files, 'rules/councils.csv': csv.join('\n') });
    expect(errors.some((e) => e.file === 'rules/councils.csv' && e.line !== undefined)).toBe(true);
  });
});
