/** Whole journeys in real Chromium at phone size (360x640): one per arrangement type, by clicking,
 * with axe on every page type; a keyboard-only journey; back and refresh; start again. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { answerAll, assertChromium, expectNoAxeViolations, launch, locale, ROOT, scenarios, startServer, text } from './harness.ts';

const SHOTS = join(ROOT, 'tests', 'browser', 'screenshots');
const questions = locale('questions');
const arrangements = locale('arrangements');
const app = locale('app');

let server: { url: string; stop: () => void };
let browser: Browser;
beforeAll(async () => {
  assertChromium();
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer(4311);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  server?.stop();
});

async function phone(): Promise<{ context: BrowserContext; page: Page; requests: string[] }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => {
    throw e;
  });
  return { context, page, requests };
}

/** The first scenario for each arrangement type: the journey a carer in that arrangement takes. */
const byArrangement = new Map<string, ReturnType<typeof scenarios>[number]>();
for (const s of scenarios()) if (!byArrangement.has(s.expect.arrangement)) byArrangement.set(s.expect.arrangement, s);

describe('one journey per arrangement type, by clicking, at 360x640', () => {
  const lengths: Record<string, number> = {};
  afterAll(() => {
    console.log('journey lengths (questions asked):', JSON.stringify(lengths));
  });
  for (const [arrangement, s] of byArrangement) {
    it(`${arrangement}: ${s.name}`, async () => {
      const { context, page, requests } = await phone();
      await page.goto(server.url);
      await page.getByRole('button', { name: text(app, 'start.button') }).click();
      const asked = await answerAll(page, s.answers, questions);
      lengths[arrangement] = asked.length;
      // The optional council question.
      expect(page.url()).toContain('#/council');
      const council = s.council;
      if (council) {
        await page.getByLabel(text(app, 'council.title')).fill(council);
        await page.getByRole('button', { name: text(app, 'continue') }).click();
      } else {
        await page.getByRole('button', { name: text(app, 'council.ratherNotSay') }).click();
      }
      await expect.poll(() => page.url()).toContain('#/check-answers');
      await page.getByRole('button', { name: text(app, 'check.button') }).click();
      await expect.poll(() => page.url()).toContain('#/result');
      await expect
        .poll(() => page.locator('.panel__title').textContent())
        .toBe(text(arrangements, `${arrangement}.title`));
      await expectNoAxeViolations(page, `result for ${arrangement}`);
      await page.screenshot({ path: join(SHOTS, `result-${arrangement}.png`), fullPage: true });
      // Nothing left the device: every request went to our own origin.
      expect(requests.filter((u) => !u.startsWith(server.url))).toEqual([]);
      await context.close();
    });
  }
});
