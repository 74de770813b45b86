/** Property-based fuzzing (fast-check) of everything that reads outside input: saved state from
 * storage, the language in the address or storage, the answers file of `npm run check`, and the
 * embed snippet's attributes and messages.
 * Thousands of generated inputs: none crashes; each bad one ends in a clear message or a usable
 * state. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRules } from '../../tools/rules/load.ts';
import { parseStored, serialise, EMPTY, type Session } from '../../src/interview/persist.ts';
import { checkAnswers, AnswersError } from '../../src/engine/route.ts';
import { evaluate } from '../../src/engine/evaluate.ts';
import { startLanguage } from '../../src/i18n/choose.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { contrast, HEIGHT_MESSAGE, isHeightMessage, parseTheme, themeFromSearch } from '../../src/embed/theme.ts';

const rules = loadRules();
const ROOT = new URL('../../', import.meta.url).pathname;

const questionIds = fc.constantFrom(...rules.questionOrder);
/** Plausible answers: real question ids with real or made-up answers, plus junk keys. */
const answersLike = fc.dictionary(
  fc.oneof(questionIds, fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString')),
  fc.oneof(fc.constantFrom(...new Set(Object.values(rules.questions).flatMap((q) => q.answers))), fc.string(), fc.integer(), fc.constant(null), fc.object()),
);
/** Saved state: well-formed, near-misses, and any JSON at all. */
const storedText = fc.oneof(
  fc.string(),
  fc.json(),
  fc.record({
    v: fc.oneof(fc.constant(1), fc.integer(), fc.string()),
    rulesVersion: fc.oneof(fc.constant(rules.version), fc.integer()),
    session: fc.oneof(
      fc.record({ answers: answersLike, path: fc.array(fc.oneof(questionIds, fc.string(), fc.integer())), council: fc.oneof(fc.constant(null), fc.string(), fc.constantFrom(...rules.councils.slice(0, 5).map((c) => c.id)), fc.integer()), remember: fc.oneof(fc.boolean(), fc.string()) }, { requiredKeys: [] }),
      fc.anything(),
    ),
    asked: fc.oneof(fc.dictionary(fc.string(), fc.string()), fc.anything()),
  }, { requiredKeys: [] }).map((o) => JSON.stringify(o)),
);

function isUsable(s: Session) {
  // Every kept answer is a real answer to a real question; the route is one the machine accepts.
  for (const [q, a] of Object.entries(s.answers)) expect(rules.questions[q]?.answers).toContain(a);
  expect(s.path.every((q) => typeof q === 'string' && rules.questions[q])).toBe(true);
  expect(s.council === undefined || s.council === null || rules.councils.some((c) => c.id === s.council)).toBe(true);
  expect(typeof s.remember).toBe('boolean');
}

describe('saved state from storage', () => {
  it('any text at all: never throws, always a usable session; unreadable text is explained', () => {
    fc.assert(
      fc.property(fc.oneof(storedText, fc.constant(null)), (text) => {
        const r = parseStored(rules, text);
        isUsable(r.session);
        if (r.note?.kind === 'corrupt') expect(r.session).toEqual(EMPTY);
      }),
      { numRuns: 3000 },
    );
  });
  it('a real session survives a round trip unchanged', () => {
    const sessions = fc.array(fc.constantFrom(...rules.questionOrder), { maxLength: 12 }).chain((qs) =>
      fc.tuple(...qs.map((q) => fc.constantFrom(...rules.questions[q]!.answers.map((a) => [q, a] as const)))),
    );
    fc.assert(
      fc.property(sessions, fc.boolean(), (pairs, remember) => {
        const answers = Object.fromEntries(pairs);
        const first = parseStored(rules, serialise(rules, { answers, path: Object.keys(answers), remember })).session;
        const again = parseStored(rules, serialise(rules, first));
        expect(again.session).toEqual(first);
        expect(again.note).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the language from the address or from storage', () => {
  it('anything: always one of the seven languages', () => {
    fc.assert(
      fc.property(fc.string(), fc.oneof(fc.string(), fc.constant(null)), fc.array(fc.string()), (search, saved, preferred) => {
        const lng = startLanguage(search, { getItem: () => saved }, preferred);
        expect(Object.keys(LANGUAGES)).toContain(lng);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('answers given to the engine (the answers file of npm run check)', () => {
  it('any JSON value: either checked answers, or an AnswersError with a message naming the problem', () => {
    fc.assert(
      fc.property(fc.oneof(answersLike, fc.jsonValue()), (input) => {
        try {
          const a = checkAnswers(rules, input);
          const r = evaluate(rules, a, { asOf: '2026-11-23', council: null });
          expect(['result', 'incomplete']).toContain('arrangement' in r ? 'result' : 'incomplete');
        } catch (e) {
          expect(e).toBeInstanceOf(AnswersError);
          expect((e as Error).message.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 3000 },
    );
  });
  it('the CLI: bad files end in one line on stderr and exit code 1, never a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kc-fuzz-'));
    try {
      const samples = fc.sample(fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v)), answersLike.map((v) => JSON.stringify(v))), { numRuns: 25, seed: 7 });
      for (const [i, text] of samples.entries()) {
        const f = join(dir, `a${i}.json`);
        writeFileSync(f, text);
        const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'tools/cli/check.ts'), '--answers', f, '--as-of', '2026-11-23'], { encoding: 'utf8' });
        if (r.status === 0) {
          expect(() => JSON.parse(r.stdout)).not.toThrow();
        } else {
          expect(r.status).toBe(1);
          const lines = r.stderr.trim().split('\n').filter((l) => !l.startsWith('npm warn'));
          expect(lines.length, r.stderr).toBe(1);
          expect(lines[0]).toMatch(/^check: /);
          expect(r.stderr).not.toMatch(/\n\s+at /);
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // 25 CLI processes one after another: about 30 s on an idle 2-core machine, over 100 s when
    // the machine is shared; a limit, not a speed target.
  }, 300_000);
});

describe('embed attributes and messages', () => {
  const codes = Object.keys(LANGUAGES);
  const attrs = ['data-brand', 'data-link', 'data-lang', 'data-header', 'data-title'];
  const colourish = fc.oneof(fc.string(), fc.stringMatching(/^#[0-9a-fA-F]{6}$/), fc.stringMatching(/^#[0-9a-fA-F]{3,8}$/), fc.constantFrom('red', '#FFFFFF', '#000000', ' #1d4f91 ', 'javascript:alert(1)', 'url(x)'));
  it('any attributes: never throws; every accepted colour has 4.5:1 with white; every refusal names its attribute', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...attrs), fc.oneof(colourish, fc.constant(null))), (given) => {
        const { theme, problems } = parseTheme((a) => given[a] ?? null, codes);
        for (const c of [theme.brand, theme.link]) if (c) expect(contrast(c, '#ffffff')).toBeGreaterThanOrEqual(4.5);
        if (theme.lang) expect(codes).toContain(theme.lang);
        for (const p of problems) expect(p.message.startsWith(p.attribute)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
  it('any address inside the frame: never throws, same checks', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webQueryParameters().map((q) => `?embed=1&${q}`)), (search) => {
        const r = themeFromSearch(search, codes);
        for (const c of [r.theme.brand, r.theme.link]) if (c) expect(contrast(c, '#ffffff')).toBeGreaterThanOrEqual(4.5);
      }),
      { numRuns: 3000 },
    );
  });
  it('postMessage data: only exactly { type, height } with a sane number is a height', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        const ok = isHeightMessage(data);
        if (ok) {
          expect(Object.keys(data as object).sort()).toEqual(['height', 'type']);
          expect(Number.isFinite((data as { height: number }).height)).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
    expect(isHeightMessage({ type: HEIGHT_MESSAGE, height: 800 })).toBe(true);
    expect(isHeightMessage({ type: HEIGHT_MESSAGE, height: 800, answers: { relationship: 'grandparent' } })).toBe(false);
    expect(isHeightMessage({ type: HEIGHT_MESSAGE, height: Infinity })).toBe(false);
    expect(isHeightMessage({ type: HEIGHT_MESSAGE, height: '800' })).toBe(false);
  });
});
