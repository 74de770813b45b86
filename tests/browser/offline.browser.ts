/** Works with no signal: the service worker, offline journeys, the update flow the carer
 * controls, installability, and a sub-path. Real Chromium, the built app (dist/). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerAll, assertChromium, chooseLanguage, buildB as makeBuildB, CHROME_FLAGS, CHROMIUM, launch, locale, ROOT, scenarios, text } from './harness.ts';
import { serveStatic, type StaticServer } from '../../tools/cli/static-server.ts';

const app = locale('app');
const arrangements = locale('arrangements');
const questions = locale('questions');
const SUB = '/charity/kinship-checker/';

let browser: Browser;
let buildB: string;

beforeAll(async () => {
  assertChromium();
  browser = await launch();
  buildB = makeBuildB();
});
afterAll(async () => {
  await browser?.close();
});

async function controlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined, null, { timeout: 30_000 });
}

async function h1(page: Page) {
  return (await page.locator('h1').textContent())?.trim();
}

describe('offline, from a sub-path', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic({ dir: join(ROOT, 'dist'), port: 4313, prefix: SUB });
  });
  afterAll(() => server?.stop());

  it('after one visit, a whole interview, the result and its print view work with no network', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.url);
    await controlled(page);
    expect(await page.getByText(text(app, 'offline.offline')).count()).toBe(0);

    await context.setOffline(true);
    // The browser's offline event is enough for the indicator while the page is open...
    await expect.poll(() => page.getByText(text(app, 'offline.offline')).isVisible()).toBe(true);
    // ...and after a reload with no network, where Chromium's emulation (like a dead Wi-Fi)
    // still says navigator.onLine, the failed probe request is.
    await page.reload();
    expect(await h1(page)).toBe(text(app, 'start.title'));
    await expect.poll(() => page.getByText(text(app, 'offline.offline')).isVisible()).toBe(true);

    const sgo = scenarios().find((s) => s.expect.arrangement === 'special-guardianship')!;
    await page.getByRole('button', { name: text(app, 'start.button') }).click();
    await answerAll(page, sgo.answers, questions);
    await page.getByRole('button', { name: text(app, 'council.ratherNotSay') }).click();
    await expect.poll(() => page.url()).toContain('#/check-answers');
    await page.getByRole('button', { name: text(app, 'check.button') }).click();
    await expect.poll(() => page.locator('.panel__title').textContent()).toBe(text(arrangements, 'special-guardianship.title'));

    // The print view: the print stylesheet is there, the banners and buttons are not.
    // (The printed summary lists the support one line each: issue 16.)
    expect(await page.getByRole('heading', { name: text(app, 'result.mayHelpHeading') }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByText(text(app, 'offline.offline')).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: text(app, 'result.mayHelpHeading') }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // Another language, still offline: its words were precached too.
    await chooseLanguage(page, 'اردو');
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expect.poll(() => page.locator('h1').textContent()).toBe(text(locale('app', 'ur'), 'result.title'));
    await expect.poll(() => page.locator('.panel__title').textContent()).toBe(text(locale('arrangements', 'ur'), 'special-guardianship.title'));

    // A cold start with no network: a new page in the same (offline) browser profile.
    const again = await context.newPage();
    await again.goto(server.url);
    await again.waitForSelector('h1');
    expect(await h1(again)).toBe(text(locale('app', 'ur'), 'start.title'));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('once installed, a carer coming back mid-interview never sees the start page flash by', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await controlled(page);
    await page.getByRole('button', { name: text(app, 'start.button') }).click();
    const sgo = scenarios().find((s) => s.expect.arrangement === 'special-guardianship')!;
    await page.getByLabel(text(questions, `where-child-lives.answers.${sgo.answers['where-child-lives']}`), { exact: true }).check();
    await page.getByRole('button', { name: text(app, 'continue'), exact: true }).click();
    await page.waitForURL((u) => !u.hash.endsWith('/questions/where-child-lives'));
    // The address changes a moment before the next question is drawn.
    await expect.poll(() => h1(page)).not.toBe(text(questions, 'where-child-lives.title'));
    const second = (await h1(page))!;
    // Every paint the page reports from the very start of the reload (largest contentful paint
    // candidates): the start page's heading must never be one of them.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => seen.push(((e as unknown as { element?: Element }).element?.textContent ?? '').trim()))).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    const response = await page.reload();
    // Served by the service worker: app.html, with boot.js deciding before anything is drawn.
    expect(response?.fromServiceWorker()).toBe(true);
    await page.waitForFunction(() => document.documentElement.dataset.kcReady !== undefined);
    expect(await h1(page)).toBe(second);
    // Paint reports reach the observer in a task after the paint: on a busy machine, after the
    // app says it is ready. Wait for the first; a flash of the start page would be that first one.
    const seen = () => page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    await expect.poll(async () => (await seen()).length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await seen()).not.toContain(text(app, 'start.title'));
    await context.close();
  });

  it('the manifest is valid and Chromium finds the app installable from the sub-path', async () => {
    // Installability needs a normal (not incognito) profile: a fresh one in a temporary folder.
    const profile = mkdtempSync(join(tmpdir(), 'kc-profile-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROME_FLAGS, viewport: { width: 360, height: 640 } });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    await controlled(page);
    const manifestUrl = await page.locator('link[rel=manifest]').evaluate((l) => (l as HTMLLinkElement).href);
    expect(manifestUrl).toBe(`${server.url}manifest.webmanifest`);
    const manifest = (await (await fetch(manifestUrl)).json()) as Record<string, unknown>;
    expect(manifest).toMatchObject({ name: 'Kinship care checker', short_name: 'Kinship checker', display: 'standalone', start_url: './', scope: './' });
    expect(new URL(manifest.start_url as string, manifestUrl).href).toBe(server.url);
    const icons = manifest.icons as { src: string; sizes: string; purpose?: string }[];
    expect(icons.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const icon of icons) {
      const bytes = Buffer.from(await (await fetch(new URL(icon.src, manifestUrl))).arrayBuffer());
      // A PNG's width and height are in its IHDR chunk, bytes 16 to 24.
      expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`).toBe(icon.sizes);
    }
    // Chromium's own installability check (the one behind Lighthouse's former audit and the
    // browser's install prompt): no errors.
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  });
});

describe('updates: the carer decides when', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic({ dir: join(ROOT, 'dist'), port: 4314 });
  });
  afterAll(() => server?.stop());

  it('a new version waits, a banner says so, nothing reloads by itself, and answers survive the reload', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await controlled(page);
    await page.getByRole('button', { name: text(app, 'start.button') }).click();
    const first = 'where-child-lives';
    await page.getByLabel(text(questions, `${first}.answers.with-me-england`), { exact: true }).check();
    await page.getByRole('button', { name: text(app, 'continue') }).click();
    await page.waitForURL((u) => !u.hash.endsWith(`/questions/${first}`));
    const at = page.url();

    // Build B is published; the browser looks for it (as it does on its own from time to time).
    server.setDir(buildB);
    await page.evaluate(() => (window as unknown as { marker: number }).marker = 1);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const banner = page.getByRole('status').filter({ hasText: text(app, 'offline.updateReady') });
    await expect.poll(() => banner.isVisible(), { timeout: 30_000 }).toBe(true);
    // Still the same page, mid-interview: no reload happened by itself.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    expect(page.url()).toBe(at);

    await banner.getByRole('button', { name: text(app, 'offline.reload') }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { marker?: number }).marker ?? 0), { timeout: 30_000 }).toBe(0);
    await page.waitForSelector('h1');
    // Build B is running: its rules date is in the footer. The carer is where she was.
    await expect.poll(() => page.locator('footer').textContent()).toContain('20 November 2026');
    expect(page.url()).toBe(at);
    expect(await page.getByText(text(app, 'offline.updateReady')).count()).toBe(0);
    // Her first answer is still there.
    await page.getByRole('link', { name: text(app, 'back') }).click();
    await page.waitForURL((u) => u.hash.endsWith(`/questions/${first}`));
    expect(await page.getByLabel(text(questions, `${first}.answers.with-me-england`), { exact: true }).isChecked()).toBe(true);
    await context.close();
  });
});
