/** Reads rules/ and seeds/ from disk and compiles them. Node only (CLI, tests, build). */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { compileRules, type SourceFiles } from './compile.ts';
import { RulesInvalidError } from './errors.ts';
import type { Rules } from '../../src/rules/types.ts';

export const PROJECT_ROOT = new URL('../../', import.meta.url).pathname;

function walk(dir: string, out: string[]) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
}

/** rules/**\/*.{yaml,yml,csv} and seeds/*.txt, keyed by path relative to the root. */
export function readSourceFiles(root = PROJECT_ROOT): SourceFiles {
  const paths: string[] = [];
  walk(join(root, 'rules'), paths);
  walk(join(root, 'seeds'), paths);
  const files: SourceFiles = {};
  for (const p of paths) {
    const rel = relative(root, p).split(sep).join('/');
    if (/^rules\/.*\.(ya?ml|csv)$/.test(rel) || /^seeds\/[^/]+\.txt$/.test(rel)) files[rel] = readFileSync(p, 'utf8');
  }
  return files;
}

let cached: Rules | undefined;

/** The project's rules; throws RulesInvalidError listing every problem. */
export function loadRules(root = PROJECT_ROOT): Rules {
  if (root === PROJECT_ROOT && cached) return cached;
  const { rules, errors } = compileRules(readSourceFiles(root));
  if (!rules) throw new RulesInvalidError(errors);
  if (root === PROJECT_ROOT) cached = rules;
  return rules;
}
