/** Every language, in real Chromium at phone size: every journey to its result with zero axe
 * violations, html lang and dir set, right-to-left layout for Urdu and Arabic, the review notice,
 * and a switcher that keeps the carer's place and answers. Screenshots in every language. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { answerAll, assertChromium, expectNoAxeViolations, launch, locale, ready, ROOT, scenarios, text } from './harness.ts';
import { serveStatic, type StaticServer } from '../../tools/cli/static-server.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';

const SHOTS = join(ROOT, 'tests', 'browser', 'screenshots');
let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  assertChromium();
  mkdirSync(SHOTS, { recursive: true });
  server = await serveStatic({ dir: join(ROOT, 'dist'), port: 4315 });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const byArrangement = new Map<string, ReturnType<typeof scenarios>[number]>();
for (const s of scenarios()) if (!byArrangement.has(s.expect.arrangement)) byArrangement.set(s.expect.arrangement, s);

async function phone(lng: string) {
  // The browser's own language decides the first visit.
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, locale: lng === 'en' ? 'en-GB' : lng });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  return { context, page, errors, requests };
}

async function finish(page: Page, app: Record<string, unknown>, council?: string) {
  if (council) {
    await page.locator('#council').fill(council);
    await page.getByRole('button', { name: text(app, 'continue'), exact: true }).click();
  } else {
    await page.getByRole('button', { name: text(app, 'council.ratherNotSay') }).click();
  }
  await expect.poll(() => page.url()).toContain('#/check-answers');
  await page.getByRole('button', { name: text(app, 'check.button') }).click();
  await expect.poll(() => page.url()).toContain('#/result');
}

for (const lng of Object.keys(LANGUAGES)) {
  const app = locale('app', lng);
  const questions = locale('questions', lng);
  const arrangements = locale('arrangements', lng);
  const dir = LANGUAGES[lng]!.dir;

  describe(`${LANGUAGES[lng]!.name} (${lng})`, () => {
    it('every journey reaches its result, axe-clean on every page type, nothing leaves the origin', async () => {
      const { context, page, errors, requests } = await phone(lng);
      let first = true;
      for (const [arrangement, s] of byArrangement) {
        await page.goto(server.url);
        await page.evaluate(() => sessionStorage.clear());
        await page.goto(`${server.url}#/`);
        await page.reload();
        await ready(page);
        expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lng, dir]);
        expect((await page.locator('h1').textContent())?.trim()).toBe(text(app, 'start.title'));
        if (first) {
          await expectNoAxeViolations(page, `${lng} start`);
          await page.screenshot({ path: join(SHOTS, `${lng}-start.png`), fullPage: true });
        }
        await page.getByRole('button', { name: text(app, 'start.button') }).click();
        if (first) {
          await page.waitForURL(/#\/questions\//);
          await expectNoAxeViolations(page, `${lng} question`);
          await page.screenshot({ path: join(SHOTS, `${lng}-question.png`), fullPage: true });
        }
        await answerAll(page, s.answers, questions, app);
        if (first) await expectNoAxeViolations(page, `${lng} council`);
        await finish(page, app, s.council);
        await expect.poll(() => page.locator('.panel__title').textContent()).toBe(text(arrangements, `${arrangement}.title`));
        await expectNoAxeViolations(page, `${lng} result ${arrangement}`);
        if (first || arrangement === 'special-guardianship') await page.screenshot({ path: join(SHOTS, `${lng}-result-${arrangement}.png`), fullPage: true });
        first = false;
      }
      expect(errors).toEqual([]);
      expect(requests.filter((u) => !u.startsWith(server.origin))).toEqual([]);
      await context.close();
    });

    if (lng !== 'en') {
      it('says the translation is not yet reviewed, in this language, and offers the English', async () => {
        const { context, page } = await phone(lng);
        await page.goto(server.url);
        await ready(page);
        const notice = page.getByText(text(app, 'language.unreviewed'));
        expect(await notice.isVisible()).toBe(LANGUAGES[lng]!.review === 'unreviewed');
        if (LANGUAGES[lng]!.review === 'unreviewed') {
          await page.getByRole('button', { name: text(app, 'language.readInEnglish') }).click();
          await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
          expect((await page.locator('h1').textContent())?.trim()).toBe(text(locale('app'), 'start.title'));
        }
        await context.close();
      });
    }
  });
}

describe('the language switcher', () => {
  it('keeps the page, the place in the interview and the answers; remembers the choice', async () => {
    const en = locale('app');
    const q = locale('questions');
    const { context, page } = await phone('en');
    await page.goto(server.url);
    await page.getByRole('button', { name: text(en, 'start.button') }).click();
    await page.getByLabel(text(q, 'where-child-lives.answers.with-me-england'), { exact: true }).check();
    await page.getByRole('button', { name: text(en, 'continue'), exact: true }).click();
    await page.waitForURL((u) => !u.hash.endsWith('/questions/where-child-lives'));
    const at = page.url();
    const ur = locale('app', 'ur');
    const urQ = locale('questions', 'ur');
    const switcher = page.getByRole('navigation', { name: text(en, 'language.label') });
    // One row: the language she reads now; it opens the list of every language.
    expect(await switcher.getByRole('button', { name: 'اردو' }).isVisible()).toBe(false);
    await switcher.locator('summary').click();
    await switcher.getByRole('button', { name: 'اردو' }).click();
    await expect.poll(() => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir].join())).toBe('ur,rtl');
    expect(page.url()).toBe(at);
    // The list closes and the control keeps focus, now naming her language: she is where she was.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    expect(await page.evaluate(() => document.activeElement?.querySelector('[lang]')?.textContent)).toBe('اردو');
    expect(await switcher.getByRole('button', { name: 'English' }).isVisible()).toBe(false);
    await expect.poll(() => page.getByRole('link', { name: text(ur, 'back') }).isVisible()).toBe(true);
    await page.getByRole('link', { name: text(ur, 'back') }).click();
    await page.waitForURL((u) => u.hash.endsWith('/questions/where-child-lives'));
    expect(await page.getByLabel(text(urQ, 'where-child-lives.answers.with-me-england'), { exact: true }).isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'ur question after switching');
    // The choice is remembered: a new tab opens in Urdu, even though the browser says English.
    const again = await context.newPage();
    await again.goto(server.url);
    await expect.poll(() => again.evaluate(() => document.documentElement.lang)).toBe('ur');
    await context.close();
  });

  it('right to left: the layout mirrors for Urdu and Arabic', async () => {
    for (const lng of ['ur', 'ar']) {
      const { context, page } = await phone(lng);
      await page.goto(server.url);
      await ready(page);
      await page.getByRole('button', { name: text(locale('app', lng), 'start.button') }).click();
      await page.waitForURL(/#\/questions\//);
      // The radio circle sits on the right of its label, and the heading starts on the right.
      const item = (await page.locator('.radios__item').first().boundingBox())!;
      const input = (await page.locator('.radios__input').first().boundingBox())!;
      expect(Math.abs(input.x + input.width - (item.x + item.width))).toBeLessThan(2);
      expect(input.x - item.x).toBeGreaterThan(100);
      const h1 = await page.locator('h1').evaluate((el) => getComputedStyle(el).direction);
      expect(h1).toBe('rtl');
      await context.close();
    }
  });
});
