/** npm run check -- --answers FILE.json [--as-of YYYY-MM-DD] [--council NAME-OR-GSS-CODE]
 *
 * Prints, as JSON, what the checker concludes for a set of answers: the arrangement, warnings,
 * the support that applies, may apply or does not apply, and why. For social workers, policy
 * staff and tests. Bad input gets one line on stderr that says what is wrong, and exit code 1.
 * With no --as-of the date is today's, and the output says which date was used. */
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { evaluate, findCouncil, isRealDate } from '../../src/engine/evaluate.ts';
import { loadRules } from '../rules/load.ts';
import { RulesInvalidError } from '../rules/errors.ts';
import type { Rules } from '../../src/rules/types.ts';

const USAGE = 'usage: npm run check -- --answers FILE.json [--as-of YYYY-MM-DD] [--council NAME-OR-GSS-CODE]';

/** An answers file is small (a few hundred bytes): anything over this is not one. */
export const MAX_ANSWERS_BYTES = 1024 * 1024;
/** Longest piece of the input echoed back in a message. */
const ECHO = 80;

/** One line on stderr, then exit 1. What the message echoes from the input (a file name, a key, a
 * value) cannot drive the terminal: control characters are shown as \u escapes (review L4), and
 * the line is cut. */
function fail(message: string): never {
  const line = message
    .replace(/\s*\n\s*/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  process.stderr.write(`check: ${line.length > 400 ? `${line.slice(0, 400)}…` : line}\n`);
  process.exit(1);
}

/** Text from the input, quoted and cut, for a message. */
function shown(v: string): string {
  const q = JSON.stringify(v);
  return q.length > ECHO ? `${q.slice(0, ECHO)}…"` : q;
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

const file = values.answers.length > ECHO ? `${values.answers.slice(0, ECHO)}…` : values.answers;
let text = '';
try {
  // Looked at before it is opened: opening a FIFO would wait for a writer.
  if (!statSync(values.answers).isFile()) fail(`${file} is not a regular file`);
  // Opened once and checked before reading: a regular file (not a device such as /dev/zero, not a
  // FIFO that would wait for ever), and not larger than an answers file can be.
  const fd = openSync(values.answers, 'r');
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) fail(`${file} is not a regular file`);
    if (st.size > MAX_ANSWERS_BYTES) fail(`${file} is ${st.size} bytes; an answers file is at most ${MAX_ANSWERS_BYTES} bytes`);
    const buf = Buffer.alloc(st.size);
    let got = 0;
    while (got < st.size) {
      const n = readSync(fd, buf, got, st.size - got, got);
      if (n === 0) break;
      got += n;
    }
    text = buf.subarray(0, got).toString('utf8');
  } finally {
    closeSync(fd);
  }
} catch (e) {
  fail(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
}
// A byte-order mark (Windows Notepad, PowerShell) is not part of the JSON.
if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
let answers: unknown;
try {
  answers = JSON.parse(text);
} catch (e) {
  fail(`${file} is not valid JSON: ${(e as Error).message}`);
}

const asOf = values['as-of'] ?? new Date().toISOString().slice(0, 10);
if (!isRealDate(asOf)) fail(`--as-of ${shown(asOf)} is not a date that exists, written YYYY-MM-DD`);
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
  fail(`${file}: ${(e as Error).message}`);
}
