/** Reading rules files: YAML with line numbers, shapes checked by zod, and every problem collected
 * with the file, the path inside it and the line (never thrown). */
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { RuleError } from './errors.ts';

/** File path (relative to the project root, forward slashes) -> text. */
export type SourceFiles = Record<string, string>;

export type Path = (string | number)[];

export interface ParsedFile {
  file: string;
  doc: Document;
  lines: LineCounter;
  data: unknown;
}

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

export function parseYaml(file: string, text: string, c: Collector): ParsedFile | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const pos = lines.linePos(e.pos[0]);
      c.errors.push({ file, path: [], line: pos.line, message: `not valid YAML: ${e.message.split('\n')[0]}` });
    }
    return undefined;
  }
  // An unknown tag (`!shell england`) is only a warning to yaml: here it is an error (review L5).
  if (doc.warnings.length > 0) {
    for (const w of doc.warnings) {
      c.errors.push({ file, path: [], line: lines.linePos(w.pos[0]).line, message: `not valid YAML: ${w.message.split('\n')[0]}` });
    }
    return undefined;
  }
  // Keep dates as text: YAML 1.1 timestamps are not used (the default core schema already reads
  // 2026-11-22 as a string in yaml v2), so values pass through as written. Too many aliases (a
  // 'billion laughs' file) throw here: reported with the file, not as a crash (review L5).
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    const message = /alias/i.test((e as Error).message)
      ? 'too many aliases (the rules use none; a file that expands them this much is refused)'
      : (e as Error).message;
    c.errors.push({ file, path: [], message: `not valid YAML: ${message}` });
    return undefined;
  }
  const parsed: ParsedFile = { file, doc, lines, data };
  c.register(parsed);
  return parsed;
}

export function shape<T>(schema: z.ZodType<T>, p: ParsedFile, c: Collector): T | undefined {
  const r = schema.safeParse(p.data);
  if (r.success) return r.data;
  for (const issue of r.error.issues) {
    c.add(p.file, issue.path as Path, describeIssue(issue));
  }
  return undefined;
}

export function describeIssue(issue: z.core.$ZodIssue): string {
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
