/** The carer's printed summary (review finding 9): for the three review journeys, printed on A4 in
 * Chromium, it is at most two pages, every word on it is at least 11 pt, 'What to do now' comes
 * first after her arrangement, phone numbers are written out, and the long explanations and
 * sources stay on screen (a line says so). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { answerAll, assertChromium, launch, locale, ready, ROOT, text } from './harness.ts';
import { serveStatic, type StaticServer } from '../../tools/cli/static-server.ts';

const app = locale('app');
const t = (key: string) => text(app, key);
const SHOTS = join(ROOT, 'tests', 'browser', 'screenshots');
/** 11 pt in CSS pixels (1 pt = 4/3 px). */
const ELEVEN_PT = (11 * 4) / 3;

/** The review's journeys (../shared/reviews/2026-12-ux.md): J1, J2 and J3. */
const JOURNEYS: { name: string; id: string; council: string; answers: Record<string, string> }[] = [
  {
    name: 'a grandmother with a special guardianship order (J1)',
    id: 'j1-sgo',
    council: 'Birmingham',
    answers: { 'where-child-lives': 'with-me-england', relationship: 'grandparent', 'court-order': 'special-guardianship-order', 'looked-after-before': 'yes', 'child-age': '5-to-10', parents: 'neither', 'pension-age': 'yes' },
  },
  {
    name: 'a grandmother a social worker asked to take the baby, with no order (J2)',
    id: 'j2-social-worker-asked',
    council: 'Kent',
    answers: { 'where-child-lives': 'with-me-england', relationship: 'grandparent', 'court-order': 'none', 'who-arranged': 'council', 'foster-approval': 'not-approved', 'child-age': 'under-2', parents: 'neither', 'pension-age': 'no' },
  },
  {
    name: 'a family friend caring for a 15-year-old (J3)',
    id: 'j3-friend-15',
    council: 'Leeds',
    answers: { 'where-child-lives': 'with-me-england', relationship: 'family-friend', 'court-order': 'none', 'who-arranged': 'family', 'child-age': '11-to-15', 'child-disabled': 'no', 'how-long': '28-days-or-more', parents: 'neither', 'pension-age': 'no' },
  },
];

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  assertChromium();
  server = await serveStatic({ dir: join(ROOT, 'dist'), port: 4352 });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function toResult(page: Page, j: { council: string; answers: Record<string, string> }) {
  await page.goto(server.url);
  await ready(page);
  await page.getByRole('button', { name: t('start.button') }).click();
  await answerAll(page, j.answers);
  await page.getByLabel(t('council.title')).fill(j.council);
  await page.getByRole('button', { name: t('continue') }).click();
  await page.getByRole('button', { name: t('check.button') }).click();
  await page.locator('.panel__title').waitFor();
}

/** Every element with words of its own that print media shows, with its font size in px. */
const printedText = (page: Page) =>
  page.evaluate(() => {
    const out: { px: number; text: string; top: number }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const words = n.textContent?.trim();
      if (!words) continue;
      const el = n.parentElement!;
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      out.push({ px: parseFloat(getComputedStyle(el).fontSize), text: words, top: r.top + window.scrollY });
    }
    return out;
  });

/** Pages in a PDF: its /Type /Page objects (not the /Pages tree). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe('the printed summary', () => {
  for (const j of JOURNEYS) {
    it(`for ${j.name}: at most 2 A4 pages, all text at least 11 pt, what to do now first`, async () => {
      const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
      const page = await context.newPage();
      await toResult(page, j);
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));

      const printed = await printedText(page);
      const small = printed.filter((x) => x.px < ELEVEN_PT - 0.01);
      expect(small.map((x) => `${x.px}px: ${x.text.slice(0, 60)}`)).toEqual([]);
      const smallest = Math.min(...printed.map((x) => x.px));

      // Her arrangement first, then 'What to do now' (issue 16's steps, where the page has them)
      // before any other section.
      const all = printed.map((x) => x.text).join('\n');
      const headings = await page.locator('h2').evaluateAll((els) =>
        els.filter((e) => (e as HTMLElement).checkVisibility()).map((e) => (e.textContent ?? '').trim()),
      );
      expect(headings[0]).toBe(t('result.arrangementHeading'));
      const todo = (app.result as Record<string, unknown>).todoHeading;
      if (typeof todo === 'string' && (await page.locator('.todo').count()) > 0) expect(headings[1]).toBe(todo);
      // The advice line's number is written out; where to read the rest is said.
      expect(all).toContain('0808 801 0366');
      expect(all).toContain(t('result.printSeeMore'));
      // Sources and the quick exit are not printed.
      expect(await page.locator('.sources').evaluateAll((els) => els.filter((e) => (e as HTMLElement).checkVisibility()).length)).toBe(0);
      expect(all).not.toContain(t('quickExit'));

      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      const pages = pageCount(pdf);
      console.log(`printed summary, ${j.id}: ${pages} A4 pages, smallest text ${(smallest * 0.75).toFixed(1)} pt`);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
      await page.screenshot({ path: join(SHOTS, `print-${j.id}.png`), fullPage: true });
      await context.close();
    });
  }
});
