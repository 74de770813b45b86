/** npm run check -- --answers FILE.json [--as-of YYYY-MM-DD] [--council NAME-OR-GSS-CODE]
 *
 * Prints, as JSON, what the checker concludes for a set of answers: the arrangement, warnings,
 * the support that applies, may apply or does not apply, and why. For social workers, policy
 * staff and tests. Bad input gets one line on stderr that says what is wrong, and exit code 1.
 * With no --as-of the date is today's, and the output says which date was used. */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { evaluate, findCouncil, isRealDate } from '../../src/engine/evaluate.ts';
import { loadRules } from '../rules/load.ts';
import { RulesInvalidError } from '../rules/errors.ts';
import type { Rules } from '../../src/rules/types.ts';

const USAGE = 'usage: npm run check -- --answers FILE.json [--as-of YYYY-MM-DD] [--council NAME-OR-GSS-CODE]';

function fail(message: string): never {
  process.stderr.write(`check: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exit(1);
}

let values: { answers?: string; 'as-of'?: string; council?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      answers: { type: 'string' },
      'as-of': { type: 'string' },
      council: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  }));
} catch (e) {
  fail(`${(e as Error).message}; ${USAGE}`);
}
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (!values.answers) fail(`--answers is required; ${USAGE}`);

let text: string;
try {
  text = readFileSync(values.answers, 'utf8');
} catch (e) {
  fail(`cannot read ${values.answers}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
}
let answers: unknown;
try {
  answers = JSON.parse(text);
} catch (e) {
  fail(`${values.answers} is not valid JSON: ${(e as Error).message}`);
}

const asOf = values['as-of'] ?? new Date().toISOString().slice(0, 10);
if (!isRealDate(asOf)) fail(`--as-of "${asOf}" is not a date that exists, written YYYY-MM-DD`);
let rules: Rules;
try {
  rules = loadRules();
} catch (e) {
  fail(e instanceof RulesInvalidError ? `the rules are broken, run npm run rules:check: ${e.message}` : (e as Error).message);
}
try {
  findCouncil(rules, values.council ?? null);
} catch (e) {
  fail(`--council: ${(e as Error).message}`);
}
try {
  const result = evaluate(rules, answers, { asOf, council: values.council ?? null });
  if (!result.complete) fail(`the answers stop before a result: the next question to answer is "${result.next}"`);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} catch (e) {
  if (e instanceof RulesInvalidError) fail(`the rules are broken, run npm run rules:check: ${e.message}`);
  fail(`${values.answers}: ${(e as Error).message}`);
}
