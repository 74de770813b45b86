/** A pseudo-locale run: every English text is wrapped as ⟦...⟧, every page type is rendered, and
 * any letter on the page outside the wrappers is a word that did not come from locales/ (or from
 * rules/ through locales). Text marked as another language (lang="en" on the English title of a
 * source document, each language's own name in the switcher) is exempt: it is meant to be so. */
// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import rules from 'virtual:rules';
import { renderApp } from '../app/render.tsx';
import { initI18n } from '../../src/i18n/index.ts';
import { englishResources } from '../../src/i18n/english.ts';
import { route } from '../../src/engine/route.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';

interface Scenario { name: string; asOf: string; council?: string; answers: Record<string, string>; expect: { arrangement: string } }
const dir = `${process.cwd()}/tests/scenarios/`;
const scenarios = (): Scenario[] => readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().flatMap((f) => parse(readFileSync(dir + f, 'utf8')) as Scenario[]);

afterEach(cleanup);
const PSEUDO = 'qps';

type Tree = { [k: string]: string | Tree };
const wrap = (t: Tree): Tree => Object.fromEntries(Object.entries(t).map(([k, v]) => [k, typeof v === 'string' ? `⟦${v}⟧` : wrap(v)]));
const pseudo = () => initI18n({ [PSEUDO]: Object.fromEntries(Object.entries(englishResources()).map(([ns, t]) => [ns, wrap(t as Tree)])) }, PSEUDO);

/** What is left of a text once every ⟦...⟧ (nested too) is taken out. */
function outside(text: string): string {
  let s = text;
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  return s;
}

function untranslated(): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement!;
    if (el.closest('script, style')) continue;
    const lang = el.closest('[lang]')?.getAttribute('lang');
    if (lang && lang !== PSEUDO) continue;
    if (/\p{L}/u.test(outside(n.textContent ?? ''))) found.push(`text "${n.textContent}" in <${el.tagName.toLowerCase()} class="${el.className}">`);
  }
  for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
    for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
      const v = el.getAttribute(a);
      if (v && /\p{L}/u.test(outside(v))) found.push(`${a}="${v}" on <${el.tagName.toLowerCase()}>`);
    }
  }
  if (/\p{L}/u.test(outside(document.title))) found.push(`document title "${document.title}"`);
  return found;
}

const byArrangement = new Map<string, Scenario>();
// For each arrangement, the scenario that asks the most questions not yet covered by the others
// (so every question is covered with one page run per arrangement).
{
  const all = scenarios();
  const covered = new Set<string>();
  for (const arrangement of [...new Set(all.map((s) => s.expect.arrangement))]) {
    // Questions few scenarios ask weigh most, so a rare question is not lost to a tie.
    const asking = (q: string) => all.filter((x) => q in x.answers).length;
    const gain = (s: Scenario) => Object.keys(s.answers).reduce((sum, q) => sum + (covered.has(q) ? 0 : 1 / asking(q)), 0);
    const best = all.filter((s) => s.expect.arrangement === arrangement).reduce((a, b) => (gain(b) > gain(a) ? b : a));
    byArrangement.set(arrangement, best);
    for (const q of Object.keys(best.answers)) covered.add(q);
  }
}

describe('a pseudo-locale run: no untranslated word reaches the page', () => {
  it('the start page', () => {
    renderApp('/', undefined, undefined, undefined, pseudo());
    expect(untranslated().join('\n')).toBe('');
  });

  const seen = new Set<string>();
  const seenPages = new Set<string>();
  for (const [arrangement, s] of byArrangement) {
    it(`every question, check answers and the result on the route to ${arrangement}`, async () => {
      const r = route(rules, s.answers);
      expect(r.complete && r.outcome.arrangement).toBe(arrangement);
      const path = r.steps.map((x) => x.question);
      const session = { answers: s.answers, path, council: s.council ?? null };
      for (const q of path) {
        seen.add(q);
        renderApp(`/questions/${q}`, session, undefined, undefined, pseudo());
        expect(untranslated().join('\n'), q).toBe('');
        cleanup();
      }
      renderApp('/check-answers', session, s.asOf, undefined, pseudo());
      expect(untranslated().join('\n'), 'check answers').toBe('');
      cleanup();
      renderApp('/result', session, s.asOf, undefined, pseudo());
      // The result page is its own chunk: wait for it (up to 10 s: the default 1 s is not enough
      // for a chunk's first import when the machine is busy).
      expect((await screen.findAllByRole('heading', { level: 1 }, { timeout: 10_000 })).length).toBe(1);
      await screen.findByText(`⟦${englishResources().app.result.arrangementHeading}⟧`, undefined, { timeout: 10_000 });
      expect(untranslated().join('\n'), 'result').toBe('');
      // The pages reached from the result: compare (where routes are open), case note, letters.
      const links = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
      for (const path of ['/compare', '/case-note', ...links.filter((h) => h.startsWith('/letter/'))]) {
        if (path === '/compare' && !links.includes('/compare')) continue;
        cleanup();
        renderApp(path, session, s.asOf, undefined, pseudo());
        await screen.findAllByRole('heading', { level: 1 }, { timeout: 9000 });
        await new Promise((r) => setTimeout(r, 0));
        expect(untranslated().join('\n'), path).toBe('');
        seenPages.add(path.replace(/\/letter\/.*/, '/letter'));
      }
      expect(untranslated().join('\n'), 'result').toBe('');
    });
  }
  it('covers every question, and the compare, case note and letter pages', () => {
    expect([...seen].sort()).toEqual([...rules.questionOrder].sort());
    expect([...seenPages].sort()).toEqual(['/case-note', '/compare', '/letter']);
  });

  it('how the checker decides (the chart itself is English, marked lang="en")', async () => {
    renderApp('/how-it-decides', undefined, undefined, undefined, pseudo());
    await screen.findAllByRole('heading', { level: 1 });
    expect(document.querySelector('.diagram svg')?.getAttribute('lang')).toBe('en');
    expect(untranslated().join('\n')).toBe('');
  });

  it('error messages: a question with no answer, a council not found or asked back, and a page not found', async () => {
    renderApp(`/questions/${rules.start}`, undefined, undefined, undefined, pseudo());
    fireEvent.click(screen.getByRole('button', { name: `⟦${englishResources().app.continue}⟧` }));
    expect(document.querySelector('.error-summary')).not.toBeNull();
    expect(untranslated().join('\n')).toBe('');
    cleanup();
    const s = byArrangement.get('special-guardianship')!;
    const path = route(rules, s.answers).steps.map((x) => x.question);
    renderApp('/council', { answers: s.answers, path }, undefined, undefined, pseudo());
    // The council page is its own chunk (with the council names): it arrives a moment later.
    await screen.findByRole('combobox');
    fireEvent.change(document.querySelector('input[list]')!, { target: { value: 'Atlantis' } });
    fireEvent.click(screen.getByRole('button', { name: `⟦${englishResources().app.continue}⟧` }));
    expect(document.querySelector('.error-summary')).not.toBeNull();
    expect(untranslated().join('\n')).toBe('');
    // Asked back: a name that is several councils, then a near miss, then Continue with no choice.
    for (const typed of ['Cumbria', 'Darlingtn']) {
      fireEvent.change(document.querySelector('input[list]')!, { target: { value: typed } });
      fireEvent.click(screen.getByRole('button', { name: `⟦${englishResources().app.continue}⟧` }));
      expect(screen.getAllByRole('radio').length).toBeGreaterThan(0);
      expect(untranslated().join('\n')).toBe('');
    }
    fireEvent.click(screen.getByRole('button', { name: `⟦${englishResources().app.continue}⟧` }));
    expect(document.querySelector('.error-summary')).not.toBeNull();
    expect(untranslated().join('\n')).toBe('');
    cleanup();
    renderApp('/no-such-page', undefined, undefined, undefined, pseudo());
    expect(untranslated().join('\n')).toBe('');
  });
});
