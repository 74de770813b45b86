/** The result a carer can act on (issue 16), in real Chromium at 360x640: 'What to do now' first,
 * 3 to 5 steps that each work, everything else folded, the page short, every advice line a number
 * she can tap, and no axe violation folded or open, in every language. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { LANGUAGE_CODES } from '../../src/i18n/languages.ts';
import { route } from '../../src/engine/route.ts';
import { matchCouncil } from '../../src/engine/councils.ts';
import { serialise, STORAGE_KEY } from '../../src/interview/persist.ts';
import { interviewRules } from '../../src/rules/types.ts';
import { loadRules } from '../../tools/rules/load.ts';
import { assertChromium, expectNoAxeViolations, launch, locale, ready, scenarios, startServer, text } from './harness.ts';

const rules = loadRules();
const SCREEN = 640;
/** The page up to the first folded section, and the whole page with every section folded. */
const BUDGET = { toFirstFold: 3, whole: 8 };

let server: { url: string; stop: () => void };
let browser: Browser;
beforeAll(async () => {
  assertChromium();
  server = await startServer(4331);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  server?.stop();
});

/** Opens her result straight away: her answers put where the app keeps them (as the journey
 * would after answering), then the result's address. */
async function resultFor(answers: Record<string, string>, council: string | null, lng = 'en'): Promise<Page> {
  const r = route(rules, answers);
  if (!r.complete) throw new Error(`incomplete answers: next ${r.next}`);
  const found = council ? matchCouncil(rules.councils, council, rules.councilAliases) : undefined;
  if (found && found.kind !== 'found') throw new Error(`no one council is called ${council}`);
  const id = found?.kind === 'found' ? found.council.id : null;
  const stored = serialise(interviewRules(rules), { answers, path: r.steps.map((s) => s.question), council: id, remember: false });
  const context = await browser.newContext({ viewport: { width: 360, height: SCREEN } });
  await context.addInitScript(([key, value]) => window.sessionStorage.setItem(key!, value!), [STORAGE_KEY, stored]);
  const page = await context.newPage();
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.goto(`${server.url}?lang=${lng}#/result`);
  await ready(page);
  await page.locator('.panel__title').waitFor({ timeout: 10_000 });
  return page;
}

interface Measure {
  afterPanel: string;
  steps: { text: string; actions: string[] }[];
  toFirstFold: number;
  whole: number;
}

const measure = (page: Page): Promise<Measure> =>
  page.evaluate(() => {
    const panel = document.querySelector('main .panel')!;
    const next = panel.nextElementSibling as HTMLElement | null;
    const fold = document.querySelector('.fold');
    const top = (e: Element) => e.getBoundingClientRect().top + window.scrollY;
    return {
      afterPanel: next?.className ?? '',
      steps: [...document.querySelectorAll('.todo__step')].map((li) => ({
        text: li.querySelector('.todo__text')?.textContent ?? '',
        actions: [...li.querySelectorAll('.todo__action a')].map((a) => a.getAttribute('href') ?? ''),
      })),
      toFirstFold: fold ? top(fold) : document.documentElement.scrollHeight,
      whole: document.documentElement.scrollHeight,
    };
  });

/** One journey per arrangement, from the scenarios a social worker checked. */
const perArrangement = new Map<string, { answers: Record<string, string>; council: string | null }>();
for (const s of scenarios()) if (!perArrangement.has(s.expect.arrangement)) perArrangement.set(s.expect.arrangement, { answers: s.answers, council: s.council ?? null });

describe('What to do now, for one journey per arrangement', () => {
  it('covers every arrangement', () => {
    expect([...perArrangement.keys()].sort()).toEqual(rules.arrangements.map((a) => a.id).sort());
  });

  for (const [arrangement, j] of perArrangement) {
    it(`${arrangement}: first after the arrangement, 3 to 5 steps each with a working action; the page fits its screens`, async () => {
      const page = await resultFor(j.answers, j.council);
      const m = await measure(page);
      const kind = rules.arrangements.find((a) => a.id === arrangement)!.kind;
      expect(m.afterPanel).toContain('todo');
      expect(m.steps.length).toBeLessThanOrEqual(5);
      expect(m.steps.length).toBeGreaterThanOrEqual(kind === 'outside-england' || kind === 'not-kinship' ? 1 : 3);
      for (const s of m.steps) {
        expect(s.text.length, 'a step says what to do').toBeGreaterThan(10);
        expect(s.actions, `one action for "${s.text}"`).toHaveLength(1);
        expect(s.actions[0]).toMatch(/^(tel:0\d{9,10}|https:\/\/\S+|#\/letter\/[a-zA-Z]+)$/);
      }
      expect(m.toFirstFold / SCREEN, 'screens up to the first folded section').toBeLessThanOrEqual(BUDGET.toFirstFold);
      expect(m.whole / SCREEN, 'screens, every section folded').toBeLessThanOrEqual(BUDGET.whole);
      await page.context().close();
    });
  }

  it("a step's letter opens the letter, and a step's reminder saves a calendar file", async () => {
    const j = perArrangement.get('looked-after-not-approved')!;
    const page = await resultFor(j.answers, j.council);
    const letter = page.locator('.todo__action a[href^="#/letter/"]').first();
    const title = await letter.textContent();
    await letter.click();
    await expect.poll(() => page.locator('h1').first().textContent()).toBe(title);
    await page.context().close();

    const pf = perArrangement.get('private-fostering')!;
    const page2 = await resultFor(pf.answers, pf.council);
    const [download] = await Promise.all([page2.waitForEvent('download'), page2.locator('.todo__step button').first().click()]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    let body = await new Promise<string>((resolve, reject) => {
      void download.createReadStream().then((s) => {
        let out = '';
        s.on('data', (c: Buffer) => (out += c.toString('utf8')));
        s.on('end', () => resolve(out));
        s.on('error', reject);
      });
    });
    expect(body).toContain('BEGIN:VEVENT');
    // Long lines are folded (RFC 5545): unfold before reading.
    body = body.replace(/\r\n /g, '');
    expect(body).toContain(`SUMMARY:${text(locale('support'), 'private-fostering-notification.step').replace(/,/g, '\\,')}`);
    await page2.context().close();
  });
});

describe('tap to call', () => {
  it('every phone number on the result is a tel: link, folded sections open', async () => {
    for (const arrangement of ['special-guardianship', 'council-arranged-check', 'private-fostering']) {
      const j = perArrangement.get(arrangement)!;
      const page = await resultFor(j.answers, j.council);
      for (const b of await page.locator('.fold__button').all()) await b.click();
      const loose = await page.evaluate(() => {
        const out: string[] = [];
        const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const found = n.textContent!.match(/\b0\d{3}[\s\d]{6,10}\d\b/g);
          if (found && !n.parentElement!.closest('a[href^="tel:"]')) out.push(...found);
        }
        return out;
      });
      expect(loose, arrangement).toEqual([]);
      expect(await page.locator('main a[href^="tel:"]').count()).toBeGreaterThan(0);
      await page.context().close();
    }
  });
});

describe('in every language: the first screens and axe', () => {
  const j = perArrangement.get('special-guardianship')!;
  for (const code of LANGUAGE_CODES) {
    it(`${code}: up to the first fold in ${BUDGET.toFirstFold} screens, all of it in ${BUDGET.whole}; no axe violation folded or open`, async () => {
      const page = await resultFor(j.answers, j.council, code);
      const m = await measure(page);
      expect(m.afterPanel).toContain('todo');
      expect(m.toFirstFold / SCREEN).toBeLessThanOrEqual(BUDGET.toFirstFold);
      expect(m.whole / SCREEN).toBeLessThanOrEqual(BUDGET.whole);
      await expectNoAxeViolations(page, `result (${code}, folded)`);
      for (const b of await page.locator('.fold__button').all()) await b.click();
      expect(await page.locator('.fold__button[aria-expanded="false"]').count()).toBe(0);
      await expectNoAxeViolations(page, `result (${code}, open)`);
      await page.context().close();
    });
  }
});
