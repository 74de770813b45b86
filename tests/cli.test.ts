/** `npm run check` (tools/cli/check.ts), run as a child process the way a social worker or a script
 * would run it: JSON on stdout and exit 0 for a result; for bad input, exit 1, nothing on stdout
 * and exactly one line on stderr that says what is wrong. The cases run side by side, each in its
 * own process, so the file stays quick. Temporary answer files go under os.tmpdir(). */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../tools/rules/load.ts';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node --import tsx tools/cli/check.ts ARGS` from the project root. */
function check(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tools/cli/check.ts', ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const EXAMPLE = 'examples/grandmother-sgo.json';
const ONE_LINE = /^check: [^\n]+\n$/;

let dir = '';
/** Writes an answers file under the temporary folder and returns its path. */
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kinship-check-cli-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The checks every refusal must pass: exit 1, nothing on stdout, one line on stderr. */
function expectRefusal(r: Run, says: RegExp) {
  expect(r.stdout, 'stdout').toBe('');
  expect(r.stderr, 'stderr is exactly one line').toMatch(ONE_LINE);
  expect(r.stderr).toMatch(says);
  expect(r.stderr, 'no stack trace').not.toMatch(/\bat .+:\d+:\d+/);
  expect(r.status, `exit code (stderr: ${r.stderr})`).toBe(1);
}

describe.concurrent('npm run check, given good answers', () => {
  /** One run of the example, shared by the two tests that look at it. */
  let example: Promise<Run> | undefined;
  const runExample = () => (example ??= check('--answers', EXAMPLE, '--as-of', '2026-11-23'));

  it("names special guardianship for the example grandmother, as JSON, with exit code 0", async () => {
    const r = await runExample();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.complete).toBe(true);
    expect(out.arrangement.id).toBe('special-guardianship');
    expect(out.arrangement.kind).toBe('kinship');
    expect(out.route.map((s: { question: string }) => s.question)).toEqual([
      'where-child-lives',
      'relationship',
      'court-order',
      'looked-after-before',
      'child-age',
      'parents',
      'pension-age',
    ]);
    expect(out.council).toBeNull();
  });

  it('says which date it used: the --as-of date when given', async () => {
    const r = await runExample();
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).asOf).toBe('2026-11-23');
  });

  it("says which date it used: today's, when --as-of is left out", async () => {
    const before = new Date().toISOString().slice(0, 10);
    const r = await check('--answers', EXAMPLE);
    const after = new Date().toISOString().slice(0, 10);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect([before, after]).toContain(JSON.parse(r.stdout).asOf);
  });

  it('finds a council by its name, and says it is a Kinship Zone', async () => {
    const r = await check('--answers', EXAMPLE, '--as-of', '2026-11-23', '--council', 'Bexley');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).council).toEqual({ id: 'E09000004', name: 'Bexley', kinshipZone: true });
  });

  it('finds a council by its GSS code, and says it is not a Kinship Zone', async () => {
    const r = await check('--answers', EXAMPLE, '--as-of', '2026-11-23', '--council', 'E08000035');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).council).toEqual({ id: 'E08000035', name: 'Leeds', kinshipZone: false });
  });

  it('prints its usage on stdout for --help, with exit code 0', async () => {
    const r = await check('--help');
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^usage: npm run check -- --answers FILE\.json/);
    expect(r.status).toBe(0);
  });
});

describe.concurrent('npm run check, given bad input, exits 1 with one line on stderr that', () => {
  it('says --answers is required when it is missing', async () => {
    expectRefusal(await check('--as-of', '2026-11-23'), /--answers is required; usage: /);
  });

  it('names an unknown option', async () => {
    expectRefusal(await check('--answers', EXAMPLE, '--date', '2026-11-23'), /Unknown option '--date'.*usage: /);
  });

  it('names a file that does not exist', async () => {
    const missing = join(dir, 'no-such-answers.json');
    expectRefusal(await check('--answers', missing), new RegExp(`cannot read ${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ENOENT`));
  });

  it('says a file is not JSON', async () => {
    const p = file('not-json.json', 'where-child-lives: with-me-england\n');
    expectRefusal(await check('--answers', p), /not-json\.json is not valid JSON: /);
  });

  it('says the answers must be an object when the JSON is an array', async () => {
    const p = file('array.json', '[{"where-child-lives": "with-me-england"}]');
    expectRefusal(await check('--answers', p), /answers must be an object of question id to answer id/);
  });

  it('names an unknown question id', async () => {
    const p = file('unknown-question.json', '{"where-child-lives": "with-me-england", "childs-age": "5-to-10"}');
    expectRefusal(await check('--answers', p), /"childs-age" is not a question \(questions: /);
  });

  it('names an impossible answer and the question it was given for', async () => {
    const p = file('impossible-answer.json', '{"where-child-lives": "on-the-moon"}');
    expectRefusal(await check('--answers', p), /"on-the-moon" is not an answer to "where-child-lives" \(answers: with-me-england, /);
  });

  it('names an unknown council', async () => {
    expectRefusal(
      await check('--answers', EXAMPLE, '--as-of', '2026-11-23', '--council', 'Narnia'),
      /"Narnia" is not a children's services authority in England/,
    );
  });

  it('takes a council as a carer types it, and names the councils a name could be rather than guessing', async () => {
    const r = await check('--answers', EXAMPLE, '--as-of', '2026-11-23', '--council', 'Kent County Council');
    expect(JSON.parse(r.stdout).council).toMatchObject({ id: 'E10000016', name: 'Kent' });
    expectRefusal(
      await check('--answers', EXAMPLE, '--as-of', '2026-11-23', '--council', 'Cumbria'),
      /"Cumbria" could be 2 councils: Cumberland \(E06000063\), Westmorland and Furness \(E06000064\)/,
    );
  });

  it('names a bad --as-of date', async () => {
    expectRefusal(await check('--answers', EXAMPLE, '--as-of', '23/11/2026'), /--as-of "23\/11\/2026" is not a date that exists, written YYYY-MM-DD/);
  });

  it('refuses an --as-of date that does not exist', async () => {
    expectRefusal(await check('--answers', EXAMPLE, '--as-of', '2026-02-31'), /--as-of "2026-02-31" is not a date that exists/);
  });

  it('refuses a question id that is a built-in object name', async () => {
    const p = file('proto.json', '{"constructor": "x"}');
    expectRefusal(await check('--answers', p, '--as-of', '2026-11-23'), /"constructor" is not a question/);
  });

  it('names the next question when the answers stop before a result', async () => {
    const p = file('incomplete.json', '{"where-child-lives": "with-me-england", "relationship": "grandparent"}');
    expectRefusal(await check('--answers', p, '--as-of', '2026-11-23'), /the answers stop before a result: the next question to answer is "court-order"/);
  });
});

describe.concurrent('npm run check, given hostile input (review L4)', () => {
  it('never writes a control character from the input to the terminal', async () => {
    const r = await check('--answers', file('ansi-key.json', JSON.stringify({ '\u001b[2J\u001b[31mcleared': 'x' })));
    expectRefusal(r, /is not a question/);
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(r.stderr).toContain('\\u001b[2J');
  });

  it('cuts a long value it echoes', async () => {
    const r = await check('--answers', file('long-value.json', JSON.stringify({ 'where-child-lives': 'x'.repeat(50_000) })));
    expectRefusal(r, /where-child-lives/);
    expect(r.stderr.length).toBeLessThan(600);
  });

  it('refuses a file over 1 MB without reading it all', async () => {
    const r = await check('--answers', file('big.json', `{"where-child-lives": "${'x'.repeat(1_100_000)}"}`));
    expectRefusal(r, /at most 1048576 bytes/);
  });

  it('refuses what is not a regular file: a device, and a FIFO (which would wait for ever)', async () => {
    expectRefusal(await check('--answers', '/dev/zero'), /\/dev\/zero is not a regular file/);
    const fifo = join(dir, 'answers.fifo');
    const { spawnSync } = await import('node:child_process');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expectRefusal(await check('--answers', fifo), /is not a regular file/);
  });

  it('reads a file that starts with a byte-order mark (Windows Notepad, PowerShell)', async () => {
    const { readFileSync } = await import('node:fs');
    const r = await check('--answers', file('bom.json', `\ufeff${readFileSync(join(PROJECT_ROOT, EXAMPLE), 'utf8')}`), '--as-of', '2026-11-01');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).arrangement.id).toBe('special-guardianship');
  });
});
