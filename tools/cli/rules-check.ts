/** npm run rules:check — validates rules/ (and the seed quotes it cites) and prints every problem
 * as FILE:LINE: PATH: WHAT IS WRONG. Exits 1 if there is any. */
import { compileRules } from '../rules/compile.ts';
import { checkRoutes, checkSupportReachable } from '../rules/check.ts';
import { formatError, type RuleError } from '../rules/errors.ts';
import { readSourceFiles, PROJECT_ROOT } from '../rules/load.ts';
import { checkLocaleKeys, readLocales } from '../rules/locale-keys.ts';
import { enumeratePaths, routeStats } from '../../src/engine/paths.ts';

const files = readSourceFiles();
const { rules, errors } = compileRules(files);
const problems: RuleError[] = [...errors];
let summary = '';
if (rules) {
  const paths = enumeratePaths(rules);
  problems.push(...checkRoutes(rules, paths));
  if (problems.length === 0) problems.push(...checkSupportReachable(rules, paths, rules.lastChecked));
  problems.push(...checkLocaleKeys(rules, readLocales(PROJECT_ROOT), 'en'));
  const s = routeStats(paths);
  summary =
    `${rules.questionOrder.length} questions, ${rules.arrangements.length} arrangements, ` +
    `${Object.keys(rules.predicates).length} predicates, ${rules.support.length} support items, ` +
    `${rules.councils.length} councils; ${s.routes} routes (${s.answerPaths} answer combinations), ` +
    `median ${s.medianLength} questions, longest ${s.longest}`;
}
if (problems.length) {
  for (const p of problems) console.error(formatError(p));
  console.error(`\nrules:check found ${problems.length} problem${problems.length === 1 ? '' : 's'}.`);
  process.exit(1);
}
console.log(`rules:check OK: ${summary}`);
