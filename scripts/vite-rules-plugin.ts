/** Compiles rules/ at build time into the virtual module 'virtual:rules' (validated JSON), so the
 * browser never parses YAML and a broken rule fails the build with the same message as
 * `npm run rules:check`. */
import type { Plugin } from 'vite';
import { compileRules } from '../src/rules/compile.ts';
import { formatError } from '../src/rules/errors.ts';
import { readSourceFiles, PROJECT_ROOT } from '../src/rules/load-node.ts';

const ID = 'virtual:rules';
const RESOLVED = '\0virtual:rules';

export function rulesPlugin(): Plugin {
  return {
    name: 'kinship-rules',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const files = readSourceFiles(PROJECT_ROOT);
      for (const f of Object.keys(files)) this.addWatchFile(`${PROJECT_ROOT}${f}`);
      const { rules, errors } = compileRules(files);
      if (!rules) this.error(`rules/ has problems:\n${errors.map(formatError).join('\n')}`);
      return `export default ${JSON.stringify(rules)};`;
    },
  };
}
