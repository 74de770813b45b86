/** 'Leave this page' in Chromium with the back/forward cache ON, as real browsers have it
 * (Playwright turns it off by default): at the top level and inside a charity's page, by the
 * button and by pressing Shift three times. Coming back with Back never shows her answers, the
 * remembered answers are gone, and no address left in the history names a question. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { answerAll, assertChromium, CHROME_FLAGS, CHROMIUM, locale, ready, ROOT, scenarios, text } from './harness.ts';
import { serveStatic, type StaticServer } from '../../tools/cli/static-server.ts';
import { freePort } from './engines/webdriver.ts';

const app = locale('app');
const questions = locale('questions');
const t = (key: string) => text(app, key);
const SGO = scenarios().find((s) => s.expect.arrangement === 'special-guardianship')!;

let browser: Browser;
let checker: StaticServer;
let other: Server;
let otherUrl: string;

beforeAll(async () => {
  assertChromium();
  checker = await serveStatic({ dir: join(ROOT, 'dist'), port: await freePort() });
  const port = await freePort();
  otherUrl = `http://127.0.0.1:${port}/`;
  const demo = readFileSync(join(ROOT, 'dist', 'embed-demo.html'), 'utf8')
    .replace(/<script src="\.\/embed\.js"[^>]*><\/script>/, `<script src="${checker.url}embed.js" async></script>`)
    .replace('./embed-demo.css', `${checker.url}embed-demo.css`);
  // Another site: a plain page the carer came from, and a charity page that embeds the checker.
  other = createServer((req, res) => {
    const body = req.url?.startsWith('/charity') ? demo : '<!doctype html><title>before</title><h1>A page before the checker</h1>';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((r) => other.listen(port, '127.0.0.1', () => r()));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS, ignoreDefaultArgs: ['--disable-back-forward-cache'] });
});
afterAll(async () => {
  await browser?.close();
  await checker?.stop();
  other?.close();
});

/** A new tab whose exit page (a real site, never reached from a test) is answered locally. */
async function tab(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
  await context.route('https://www.bbc.co.uk/**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>elsewhere</title><p>weather</p>' }));
  const page = await context.newPage();
  return { context, page };
}

/** Every address in the tab's history, walking Back from the current entry to the first. */
async function history(page: Page): Promise<string[]> {
  const seen = [page.url()];
  for (let i = 0; i < 20; i++) {
    const before = page.url();
    await page.goBack({ waitUntil: 'commit', timeout: 5_000 }).catch(() => null);
    await page.waitForTimeout(0);
    if (page.url() === before) break;
    seen.push(page.url());
  }
  return seen;
}

async function toCheckAnswers(page: Page | Frame) {
  await page.locator('.button--start').click();
  await answerAll(page as Page, SGO.answers, questions);
  await page.getByRole('button', { name: t('council.ratherNotSay') }).click();
  await page.locator('.summary-list').waitFor();
}

describe('leave this page, at the top level', () => {
  it('clears remembered answers too (review M2): a new tab offers nothing to continue', async () => {
    const { context, page } = await tab();
    await page.goto(checker.url);
    await ready(page);
    await toCheckAnswers(page);
    await page.getByLabel(t('check.remember')).check();
    expect(await page.evaluate(() => localStorage.getItem('kinship-checker'))).toContain('special-guardianship-order');
    await page.getByRole('link', { name: t('quickExit') }).click();
    await expect.poll(() => page.title(), { timeout: 20_000 }).toBe('elsewhere');
    const again = await context.newPage();
    await again.goto(checker.url);
    await ready(again);
    expect(await again.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    expect(await again.locator('h1').textContent()).toBe(t('start.title'));
    await context.close();
  });

  it('replaces the page in the history: Back shows no answer, and no address left names a question (review M3)', async () => {
    const { context, page } = await tab();
    await page.goto(otherUrl);
    await page.goto(checker.url);
    await ready(page);
    await toCheckAnswers(page);
    await page.getByRole('link', { name: t('quickExit') }).click();
    await expect.poll(() => page.title(), { timeout: 20_000 }).toBe('elsewhere');
    const trail = await history(page);
    expect(trail.filter((u) => u.startsWith(checker.origin) && !/^#?\/?$/.test(new URL(u).hash))).toEqual([]);
    expect(trail).toContain(otherUrl);
    expect(await page.locator('.summary-list').count()).toBe(0);
    await context.close();
  });

  it('Shift pressed three times leaves from any page; other keys in between start the count again', async () => {
    const { context, page } = await tab();
    await page.goto(checker.url);
    await ready(page);
    await page.locator('.button--start').click();
    await page.locator('h1', { hasText: text(questions, 'where-child-lives.title') }).waitFor();
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('a');
    await page.keyboard.press('Shift');
    expect(page.url()).toContain(checker.origin);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect.poll(() => page.title(), { timeout: 20_000 }).toBe('elsewhere');
    await context.close();
  });
});

describe('leave this page, inside a charity page on another origin', () => {
  it('the charity page leaves too; Back (back/forward cache on) never shows her answers', async () => {
    const { context, page } = await tab();
    await page.goto(otherUrl);
    await page.goto(`${otherUrl}charity`);
    const el = page.locator('iframe[title="Kinship care checker"]');
    await el.waitFor();
    const frame = (await (await el.elementHandle())!.contentFrame())!;
    await frame.waitForFunction(() => document.documentElement.dataset.kcReady !== undefined);
    await toCheckAnswers(frame);
    await frame.getByRole('link', { name: t('quickExit') }).click();
    await expect.poll(() => page.title(), { timeout: 20_000 }).toBe('elsewhere');
    // No waiting for a load event: a page from the back/forward cache fires none.
    await page.goBack({ waitUntil: 'commit' });
    await page.waitForTimeout(500); // let a restored page's pageshow handlers run before looking
    // Wherever Back landed (the page before, or the charity page from the cache), no answer shows.
    if (page.url().includes('/charity')) {
      // The charity page itself came back: its frame is a fresh start.
      const f = page.frames().find((x) => x.url().startsWith(checker.origin))!;
      await f.waitForFunction(() => document.documentElement.dataset.kcReady !== undefined, null, { timeout: 10_000 });
      expect(await f.locator('.summary-list').count()).toBe(0);
      expect(await f.locator('.button--start').count()).toBe(1);
    } else {
      // The charity page was replaced in the history too: Back goes to the page before it.
      expect(page.url()).toBe(otherUrl);
    }
    await context.close();
  });

  it('Shift pressed three times inside the frame: the charity page leaves too', async () => {
    const { context, page } = await tab();
    await page.goto(otherUrl);
    await page.goto(`${otherUrl}charity`);
    const el = page.locator('iframe[title="Kinship care checker"]');
    await el.waitFor();
    const frame = (await (await el.elementHandle())!.contentFrame())!;
    await frame.waitForFunction(() => document.documentElement.dataset.kcReady !== undefined);
    await frame.locator('.button--start').click();
    await frame.locator('label[for="where-child-lives-with-me-england"]').click();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await expect.poll(() => page.title(), { timeout: 20_000 }).toBe('elsewhere');
    await page.goBack({ waitUntil: 'commit' });
    await expect.poll(() => page.url()).toBe(otherUrl);
    await context.close();
  });
});
