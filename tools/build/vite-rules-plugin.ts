/** Compiles rules/ at build time into the virtual module 'virtual:rules' (validated JSON), so the
 * browser never parses YAML and a broken rule fails the build with the same message as
 * `npm run rules:check`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { parse } from 'yaml';
import { compileRules } from '../rules/compile.ts';
import { interviewRules } from '../../src/rules/types.ts';
import { formatError } from '../rules/errors.ts';
import { readSourceFiles, PROJECT_ROOT } from '../rules/load.ts';

/** virtual:rules: everything (tests, tools). virtual:rules/interview: what the interview needs
 * (the app's first download, see InterviewRules). virtual:rules/core: all but the support items
 * (references, council names), with the council page on. virtual:rules/support: the support items
 * and routes, with the result page. */
const IDS = ['virtual:rules', 'virtual:rules/interview', 'virtual:rules/core', 'virtual:rules/support'];

export function rulesPlugin(): Plugin {
  // The four modules come from one compile: the same files are compiled once, not once a module
  // (compiling walks every route, which takes most of a second).
  let last: { key: string; compiled: ReturnType<typeof compileRules> } | undefined;
  const compileOnce = (files: Record<string, string>) => {
    const key = JSON.stringify(files);
    if (last?.key !== key) last = { key, compiled: compileRules(files) };
    return last.compiled;
  };
  return {
    name: 'kinship-rules',
    resolveId(id) {
      return IDS.includes(id) ? `\0${id}` : undefined;
    },
    load(resolved) {
      const id = resolved.slice(1);
      if (!resolved.startsWith('\0') || !IDS.includes(id)) return undefined;
      // KC_RULES_ROOT: build from another folder holding rules/ and seeds/ (to preview a rules
      // change before it is merged; the update test builds a second version this way).
      const root = process.env.KC_RULES_ROOT ? join(process.env.KC_RULES_ROOT, '/') : PROJECT_ROOT;
      const files = readSourceFiles(root);
      for (const f of Object.keys(files)) this.addWatchFile(`${root}${f}`);
      this.addWatchFile(join(root, 'seeds', 'index.yaml'));
      const { rules, errors } = compileOnce(files);
      if (!rules) this.error(`rules/ has problems:\n${errors.map(formatError).join('\n')}`);
      // The titles of the source documents, for citing a seed by name rather than file.
      const index = parse(readFileSync(join(root, 'seeds', 'index.yaml'), 'utf8')) as { file: string; title: string }[];
      const seedTitles = Object.fromEntries(index.map((s) => [s.file, s.title]));
      const { support, options, stopGetting, ...core } = rules;
      if (id === 'virtual:rules/support')
        return `export default ${JSON.stringify(support)};\nexport const options = ${JSON.stringify(options)};\nexport const stopGetting = ${JSON.stringify(stopGetting)};\nexport const seedTitles = ${JSON.stringify(seedTitles)};`;
      if (id === 'virtual:rules/core') return `export default ${JSON.stringify(core)};`;
      if (id === 'virtual:rules/interview') return `export default ${JSON.stringify(interviewRules(core))};`;
      return `export default ${JSON.stringify(rules)};\nexport const seedTitles = ${JSON.stringify(seedTitles)};`;
    },
  };
}
