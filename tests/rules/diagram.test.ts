/** The rules flowchart (npm run rules:diagram): every question and arrangement is a box, every
 * `next` entry an arrow with its test, every arrow into an outcome is one some route really takes
 * (and no such arrow is missing), the SVG is well-formed XML with the accessible parts, the output
 * is deterministic, and the committed src/generated/rules-diagram.svg is current. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { enumeratePaths } from '../../src/engine/paths.ts';
import { route } from '../../src/engine/route.ts';
import { localeTitles, rulesDiagram } from '../../tools/diagram/diagram.ts';
import { loadRules, PROJECT_ROOT } from '../../tools/rules/load.ts';
import { RESULT_TARGET } from '../../src/rules/types.ts';

const rules = loadRules();
const readEn = (file: string): unknown => JSON.parse(readFileSync(join(PROJECT_ROOT, 'locales', 'en', file), 'utf8'));
const titles = localeTitles(readEn('questions.json'), readEn('arrangements.json'));
const COMMITTED = join(PROJECT_ROOT, 'src', 'generated', 'rules-diagram.svg');

let svg = '';
beforeAll(async () => {
  svg = await rulesDiagram(rules, titles);
});

interface Arrow {
  from: string;
  to: string;
  when: string;
}

const unescape = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function arrows(text: string): Arrow[] {
  const out: Arrow[] = [];
  for (const m of text.matchAll(/<g class="edge" data-from="([^"]*)" data-to="([^"]*)" data-when="([^"]*)">/g))
    out.push({ from: unescape(m[1]!), to: unescape(m[2]!), when: unescape(m[3]!) });
  return out;
}

/** jsdom 29 ships no types (and @types/jsdom is not installed): the little used here, typed. */
type XmlDom = new (text: string, options: { contentType: string }) => { window: { document: Document } };
async function parseSvg(text: string): Promise<Document> {
  const specifier: string = 'jsdom';
  const { JSDOM } = (await import(specifier)) as { JSDOM: XmlDom };
  return new JSDOM(text, { contentType: 'image/svg+xml' }).window.document;
}

const key = (a: Arrow) => `${a.from} -[${a.when}]-> ${a.to}`;

describe('the rules diagram', () => {
  it('has a box for every question and every arrangement, each with a title', () => {
    for (const id of rules.questionOrder) expect(svg, `question ${id}`).toMatch(new RegExp(`<g id="q-${id}" [^>]*>\\n<title>`));
    for (const a of rules.arrangements) expect(svg, `arrangement ${a.id}`).toMatch(new RegExp(`<g id="a-${a.id}" [^>]*>\\n<title>`));
    const ids = [...svg.matchAll(/<g id="([^"]*)"/g)].map((m) => m[1]);
    expect(ids.sort()).toEqual(
      [...rules.questionOrder.map((q) => `q-${q}`), ...rules.arrangements.map((a) => `a-${a.id}`)].sort(),
    );
  });

  it('shows the English title in each box, wrapped onto lines', async () => {
    const doc = await parseSvg(svg); // throws on XML that is not well-formed
    const shown = (id: string) =>
      [...doc.getElementById(id)!.querySelectorAll('text')].map((t) => t.textContent).join('').replace(/\s+/g, '');
    for (const id of rules.questionOrder) expect(shown(`q-${id}`)).toContain(titles.questions[id]!.replace(/\s+/g, ''));
    for (const a of rules.arrangements) expect(shown(`a-${a.id}`)).toContain(titles.arrangements[a.id]!.replace(/\s+/g, ''));
  });

  it("draws every question's next entries, labelled with their named test", () => {
    const drawn = new Set(arrows(svg).map(key));
    for (const id of rules.questionOrder) {
      for (const t of rules.questions[id]!.next) {
        const when = t.when ?? 'otherwise';
        if (t.goto !== RESULT_TARGET) {
          expect(drawn.has(key({ from: `q-${id}`, to: `q-${t.goto}`, when })), `${id} -[${when}]-> ${t.goto}`).toBe(true);
        } else {
          const toOutcome = arrows(svg).filter((a) => a.from === `q-${id}` && a.when === when && a.to.startsWith('a-'));
          expect(toOutcome.length, `${id} -[${when}]-> result`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('draws exactly the arrows into outcomes that some route takes', () => {
    const expected = new Set<string>();
    for (const p of enumeratePaths(rules)) {
      const r = route(rules, p.answers);
      if (!r.complete) continue;
      const last = r.steps[r.steps.length - 1]!;
      expect(last.to).toBe(RESULT_TARGET);
      expected.add(key({ from: `q-${last.question}`, to: `a-${r.outcome.arrangement}`, when: last.via ?? 'otherwise' }));
    }
    const drawn = arrows(svg).filter((a) => a.to.startsWith('a-')).map(key);
    expect(new Set(drawn).size).toBe(drawn.length);
    expect(new Set(drawn)).toEqual(expected);
  });

  it('is a well-formed, self-contained, accessible SVG', async () => {
    expect(svg.startsWith('<svg ')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    const doc = await parseSvg(svg); // throws on XML that is not well-formed
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.localName).toBe('svg');
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('lang')).toBe('en');
    expect(root.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
    expect(root.querySelector(':scope > title')?.textContent).toBeTruthy();
    expect(root.querySelector(':scope > desc')?.textContent).toBeTruthy();
    for (const g of root.querySelectorAll('g[id]')) expect(g.querySelector(':scope > title')?.textContent, g.id).toBeTruthy();
    // No scripts, no external fonts or images, no links out.
    expect(root.querySelectorAll('script, foreignObject, image, a, style, use')).toHaveLength(0);
    expect(svg).not.toMatch(/\bon[a-z]+=|href=|@import|url\(/i);
    const sizes = [...svg.matchAll(/font-size="(\d+(?:\.\d+)?)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14);
  });

  it('is deterministic', async () => {
    expect(await rulesDiagram(rules, titles)).toBe(svg);
  });

  it('is committed up to date in src/generated/rules-diagram.svg', () => {
    let committed = '';
    try {
      committed = readFileSync(COMMITTED, 'utf8');
    } catch {
      // compared below
    }
    expect(committed === svg, 'src/generated/rules-diagram.svg is out of date: run `npm run rules:diagram`').toBe(true);
  });
});
