/** The phone screen (360 x 640) in every language: the header and the language control take at
 * most a fifth of it, the first question's Continue is on the first screen, 'Leave this page'
 * stays on screen as she scrolls and works; and the council box accepts what people type, asks
 * back when a name is several councils, and offers 'Did you mean' for a near miss. axe on each. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { answerAll, assertChromium, expectNoAxeViolations, launch, locale, ready, startServer, text } from './harness.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';

let server: { url: string; stop: () => void };
let browser: Browser;
beforeAll(async () => {
  assertChromium();
  server = await startServer(4318);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  server?.stop();
});

async function phone(lng = 'en'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, locale: lng === 'en' ? 'en-GB' : lng });
  await context.route('https://www.bbc.co.uk/**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>elsewhere</title><p>weather</p>' }));
  const page = await context.newPage();
  page.on('pageerror', (e) => {
    throw e;
  });
  return page;
}

const bottom = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().bottom);

describe('the first question on a 360 x 640 phone', () => {
  for (const lng of Object.keys(LANGUAGES)) {
    it(`${LANGUAGES[lng]!.name} (${lng}): header and language row at most 128 px, Continue on the first screen, axe clean`, async () => {
      const page = await phone(lng);
      await page.goto(`${server.url}#/questions/where-child-lives`);
      await ready(page);
      await page.locator('h1', { hasText: text(locale('questions', lng), 'where-child-lives.title') }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lng);
      const chrome = Math.max(await bottom(page, '.header'), await bottom(page, 'nav.languages'));
      expect(chrome, `${lng}: header and languages end at ${chrome}px`).toBeLessThanOrEqual(128);
      const cont = await bottom(page, 'main button[type=submit]');
      expect(cont, `${lng}: Continue ends at ${cont}px`).toBeLessThanOrEqual(640);
      // The language control is one row (a 40 px control), whatever the language.
      expect(await page.locator('nav.languages').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(52);
      await expectNoAxeViolations(page, `${lng} first question`);
      await page.context().close();
    });
  }
});

describe("'Leave this page' on a phone", () => {
  it('stays on screen at the bottom of a long page, and leaves, clearing the answers', async () => {
    const page = await phone();
    await page.goto(`${server.url}#/questions/where-child-lives`);
    await ready(page);
    await answerAll(page, { 'where-child-lives': 'with-me-england', relationship: 'grandparent', 'court-order': 'care-order', 'foster-approval': 'approved', 'child-age': '5-to-10', 'pension-age': 'no' });
    await page.getByRole('button', { name: text(locale('app'), 'council.ratherNotSay') }).click();
    await expect.poll(() => page.url()).toContain('#/check-answers');
    // The page itself, not only its address (its chunk may still be loading).
    await page.locator('h1', { hasText: text(locale('app'), 'check.title') }).waitFor({ timeout: 10_000 });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    const exit = page.getByRole('link', { name: text(locale('app'), 'quickExit') });
    const box = (await exit.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(128);
    await exit.click();
    await page.waitForURL(/bbc\.co\.uk/);
    await page.goto(server.url);
    expect(await page.evaluate(() => sessionStorage.length + localStorage.length)).toBe(0);
    await page.context().close();
  });
});

describe('the council box on a phone', () => {
  const app = locale('app');
  const t = (key: string, values: Record<string, string> = {}) => text(app, key).replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k]!);
  async function atCouncil(): Promise<Page> {
    const page = await phone();
    await page.goto(`${server.url}#/questions/where-child-lives`);
    await ready(page);
    await answerAll(page, { 'where-child-lives': 'with-me-england', relationship: 'grandparent', 'court-order': 'care-order', 'foster-approval': 'approved', 'child-age': '5-to-10', 'pension-age': 'no' });
    await expect.poll(() => page.url()).toContain('#/council');
    return page;
  }
  const type = async (page: Page, words: string) => {
    await page.getByLabel(t('council.title')).fill(words);
    await page.getByRole('button', { name: t('continue'), exact: true }).click();
  };
  const councilOnCheckPage = (page: Page) => page.locator('.summary-list__row', { hasText: t('check.council') }).locator('.summary-list__value').textContent();

  it('accepts "Birmingham City Council" as Birmingham', async () => {
    const page = await atCouncil();
    await type(page, 'Birmingham City Council');
    await expect.poll(() => page.url()).toContain('#/check-answers');
    expect(await councilOnCheckPage(page)).toContain('Birmingham');
    await page.context().close();
  });

  it('asks which council for "Cumbria", as radios, and takes the one she picks; axe clean', async () => {
    const page = await atCouncil();
    await type(page, 'Cumbria');
    const asked = page.getByRole('group', { name: t('council.several', { value: 'Cumbria' }) });
    await asked.waitFor();
    expect(await asked.getByRole('radio').count()).toBe(2);
    await expectNoAxeViolations(page, 'council asked back');
    await page.screenshot({ path: '/work/notes/16b-council-cumbria.png' });
    // Continue with no choice: the GOV.UK error, linked to the choices.
    await page.getByRole('button', { name: t('continue'), exact: true }).click();
    await expect.poll(() => page.title()).toMatch(/^Error: /);
    await expectNoAxeViolations(page, 'council asked back, with an error');
    await asked.getByLabel('Westmorland and Furness').check();
    await page.getByRole('button', { name: t('continue'), exact: true }).click();
    await expect.poll(() => page.url()).toContain('#/check-answers');
    expect(await councilOnCheckPage(page)).toContain('Westmorland and Furness');
    await page.context().close();
  });

  it('never takes "London" for the City of London: every London council is a choice', async () => {
    const page = await atCouncil();
    await type(page, 'London');
    const asked = page.getByRole('group', { name: t('council.several', { value: 'London' }) });
    await asked.waitFor();
    expect(await asked.getByRole('radio').count()).toBe(33);
    expect(page.url()).toContain('#/council');
    await page.screenshot({ path: '/work/notes/16b-council-london.png' });
    await asked.getByLabel('Lambeth').check();
    await page.getByRole('button', { name: t('continue'), exact: true }).click();
    await expect.poll(() => page.url()).toContain('#/check-answers');
    expect(await councilOnCheckPage(page)).toContain('Lambeth');
    await page.context().close();
  });

  it('"Darlingtn": Did you mean Darlington?', async () => {
    const page = await atCouncil();
    await type(page, 'Darlingtn');
    const asked = page.getByRole('group', { name: t('council.didYouMean') });
    await asked.waitFor();
    expect(await asked.getByRole('radio').count()).toBe(1);
    await expectNoAxeViolations(page, 'did you mean');
    await page.screenshot({ path: '/work/notes/16b-council-didyoumean.png' });
    await asked.getByLabel('Darlington').check();
    await page.getByRole('button', { name: t('continue'), exact: true }).click();
    await expect.poll(() => page.url()).toContain('#/check-answers');
    expect(await councilOnCheckPage(page)).toContain('Darlington');
    await page.context().close();
  });

  it('"asdfgh": not found, the error summary takes focus', async () => {
    const page = await atCouncil();
    await type(page, 'asdfgh');
    const summary = page.getByRole('alert');
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await summary.textContent()).toContain(t('council.notFound', { value: 'asdfgh' }));
    await page.screenshot({ path: '/work/notes/16b-council-notfound.png' });
    await expectNoAxeViolations(page, 'council not found');
    await page.context().close();
  });
});
