/** The security review's findings (../shared/reviews/2026-12-security.md), one test each, in
 * Chromium: professional mode across a refresh and an update (H2), the README's CSP served as a
 * header (M4), a page kept open while its words are no longer on the device (M5), and the embed:
 * coarse heights (M1), copy and share allowed (L1), pasted in <head> (L2), a sandboxed frame (L3).
 * The quick exit (H1, M2, M3) is in exit.browser.ts. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { answerAll, assertChromium, buildB, launch, locale, ready, ROOT, scenarios, text } from './harness.ts';
import { serveStatic, type StaticServer } from '../../tools/cli/static-server.ts';
import { freePort } from './engines/webdriver.ts';

const app = locale('app');
const questions = locale('questions');
const arrangements = locale('arrangements');
const t = (key: string) => text(app, key);
const SGO = scenarios().find((s) => s.expect.arrangement === 'special-guardianship')!;

let browser: Browser;
beforeAll(async () => {
  assertChromium();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function phone() {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  return { context, page };
}

const controlled = (page: Page) => page.waitForFunction(() => !!navigator.serviceWorker?.controller, null, { timeout: 30_000 });
const stored = (page: Page) => page.evaluate(() => ({ session: { ...sessionStorage }, local: { ...localStorage } }));
const ONLY_THE_MODE = { session: { 'kinship-checker-professional': '1' }, local: {} };

/** Another site: serves `html` for every address. */
async function site(html: (path: string) => string): Promise<{ url: string; server: Server }> {
  const port = await freePort();
  const server = createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html(req.url ?? '/')));
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r()));
  return { url: `http://127.0.0.1:${port}/`, server };
}

describe('H2: professional mode across a refresh and an update, storing no family fact', () => {
  it('a refresh keeps the mode on (her answers, by design, are not kept)', async () => {
    const server = await serveStatic({ dir: join(ROOT, 'dist'), port: await freePort() });
    const { context, page } = await phone();
    await page.goto(server.url);
    await ready(page);
    await page.getByLabel(t('professional.switch')).check();
    await page.locator('.button--start').click();
    await answerAll(page, { 'where-child-lives': 'with-me-england', relationship: 'grandparent', 'court-order': 'care-order' }, questions).catch(() => undefined);
    expect(await stored(page)).toEqual(ONLY_THE_MODE);
    await page.reload();
    await ready(page);
    await expect.poll(() => page.getByText(t('professional.on')).isVisible()).toBe(true);
    expect(await stored(page)).toEqual(ONLY_THE_MODE);
    await context.close();
    await server.stop();
  });

  it('an update: the banner does not promise to keep answers; after Reload the mode is still on', async () => {
    const b = buildB();
    const server = await serveStatic({ dir: join(ROOT, 'dist'), port: await freePort() });
    const { context, page } = await phone();
    await page.goto(server.url);
    await controlled(page);
    await page.getByLabel(t('professional.switch')).check();
    await page.locator('.button--start').click();
    await answerAll(page, { 'where-child-lives': 'with-me-england', relationship: 'grandparent' }, questions).catch(() => undefined);
    server.setDir(b);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const banner = page.getByRole('status').filter({ hasText: t('offline.updateReady') });
    await expect.poll(() => banner.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await banner.textContent()).not.toContain(t('offline.updateHint'));
    expect(await banner.textContent()).toContain(t('offline.updateHintProfessional'));
    await banner.getByRole('button', { name: t('offline.reload') }).click();
    await expect.poll(() => page.locator('footer').textContent(), { timeout: 30_000 }).toContain('20 November 2026');
    await expect.poll(() => page.getByText(t('professional.on')).isVisible()).toBe(true);
    expect(await stored(page)).toEqual(ONLY_THE_MODE);
    await context.close();
    await server.stop();
  });
});

describe("M4: the README's Content-Security-Policy header is the page's own", () => {
  it('served as a header with the page: no violation, and the page keeps its styles', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const policy = /^Content-Security-Policy: (.+)$/m.exec(readme)?.[1];
    expect(policy, 'the README gives the header on a line of its own').toBeTruthy();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(join(ROOT, 'dist', 'index.html'), 'utf8'))?.[1];
    expect(policy, "the README's policy is the built page's (run npm run build and copy it from dist/_headers)").toBe(meta);
    const server = await serveStatic({ dir: join(ROOT, 'dist'), port: await freePort(), headers: () => ({ 'content-security-policy': policy!, 'referrer-policy': 'no-referrer', 'x-content-type-options': 'nosniff' }) });
    const { context, page } = await phone();
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    for (const path of ['index.html', 'app.html', 'index.html?embed=1']) {
      await page.goto(`${server.url}${path}`);
      await ready(page);
      expect(await page.locator('.header').evaluate((el) => getComputedStyle(el).backgroundColor), path).toBe('rgb(29, 79, 145)');
      expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), path).toEqual([]);
    }
    // The build writes the same policy as a header file.
    expect(readFileSync(join(ROOT, 'dist', '_headers'), 'utf8')).toContain(`Content-Security-Policy: ${policy}\n`);
    await context.close();
    await server.stop();
  });
});

describe('M5: a page left open never shows raw translation keys', () => {
  it('the cache is emptied and the server gone mid-interview: the result still has its words', async () => {
    const server = await serveStatic({ dir: join(ROOT, 'dist'), port: await freePort() });
    const { context, page } = await phone();
    await page.goto(server.url);
    await controlled(page);
    // The words of every page arrive once the first is up and the browser is idle.
    await page.waitForFunction(() => performance.getEntriesByType('resource').filter((e) => /locale-en-/.test(e.name)).length >= 6, null, { timeout: 30_000 });
    await page.locator('.button--start').click();
    await answerAll(page, SGO.answers, questions);
    // As an update in another tab (or the browser's eviction) would: the cache is emptied; and
    // the server is gone.
    await page.evaluate(async () => Promise.all((await caches.keys()).map((k) => caches.delete(k))));
    await server.stop();
    await page.getByRole('button', { name: t('council.ratherNotSay') }).click();
    await page.getByRole('button', { name: t('check.button') }).click();
    await expect.poll(() => page.locator('.panel__title').textContent()).toBe(text(arrangements, 'special-guardianship.title'));
    expect(await page.locator('main').innerText()).not.toMatch(/\b[a-z]+(-[a-z]+)+\.(title|summary|body)\b/);
    await context.close();
  });

  it('words that cannot be loaded: a plain message, never the keys', async () => {
    const server = await serveStatic({ dir: join(ROOT, 'dist'), port: await freePort() });
    const { context, page } = await phone();
    await page.route(/locale-en-arrangements-.*\.json$/, (r) => r.abort('internetdisconnected'));
    await page.goto(server.url);
    await ready(page);
    await page.locator('.button--start').click();
    await answerAll(page, SGO.answers, questions);
    await page.getByRole('button', { name: t('council.ratherNotSay') }).click();
    await page.getByRole('button', { name: t('check.button') }).click();
    await expect.poll(() => page.getByText(t('crash.notLoaded')).isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await page.locator('main').innerText()).not.toContain('special-guardianship.title');
    await context.close();
    await server.stop();
  });
});

describe('the embed', () => {
  let checker: StaticServer;
  let host: { url: string; server: Server };
  beforeAll(async () => {
    checker = await serveStatic({ dir: join(ROOT, 'dist'), port: await freePort() });
    const demo = readFileSync(join(ROOT, 'dist', 'embed-demo.html'), 'utf8').replace('./embed-demo.css', `${checker.url}embed-demo.css`);
    const tag = `<script src="${checker.url}embed.js" async></script>`;
    host = await site((path) => {
      if (path.startsWith('/head')) return demo.replace(/<script src="\.\/embed\.js"[^>]*><\/script>/, '').replace('</head>', `${tag.replace(' async', '')}</head>`);
      if (path.startsWith('/sandbox')) return `<!doctype html><title>sandboxed</title><iframe title="Kinship care checker" sandbox="allow-scripts allow-same-origin allow-forms" src="${checker.url}index.html?embed=1" style="width:360px;height:900px"></iframe>`;
      return demo.replace(/<script src="\.\/embed\.js"[^>]*><\/script>/, tag);
    });
  });
  afterAll(async () => {
    await checker?.stop();
    host?.server.close();
  });

  const frameOf = async (page: Page) => {
    const el = page.locator('iframe[title="Kinship care checker"]');
    await el.waitFor({ state: 'attached' });
    const frame = (await (await el.elementHandle())!.contentFrame())!;
    await frame.waitForFunction(() => document.documentElement.dataset.kcReady !== undefined);
    return frame;
  };

  it('M1: heights leave the frame in steps of 1,000 px, so most pages share one', async () => {
    const { context, page } = await phone();
    await page.addInitScript(() => {
      (window as unknown as { heights: number[] }).heights = [];
      window.addEventListener('message', (e) => {
        const d = e.data as { type?: string; height?: number };
        if (d?.type === 'kinship-checker:height') (window as unknown as { heights: number[] }).heights.push(d.height!);
      });
    });
    await page.goto(host.url);
    const frame = await frameOf(page);
    const sent = () => page.evaluate(() => (window as unknown as { heights: number[] }).heights);
    await frame.locator('.button--start').click();
    await answerAll(frame as unknown as Page, SGO.answers, questions);
    await page.waitForTimeout(300);
    const during = await sent();
    expect(during.length).toBeGreaterThan(0);
    expect(during.filter((h) => h % 1000 !== 0)).toEqual([]);
    expect(new Set(during).size).toBeLessThanOrEqual(3);
    // The frame is as tall as the step, and its content fits in it.
    const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    await expect.poll(() => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)).toBe(Math.ceil(content / 1000) * 1000);
    await context.close();
  });

  it('L1: the snippet allows copy and share in the frame', async () => {
    const { context, page } = await phone();
    await page.goto(host.url);
    const frame = await frameOf(page);
    expect(await page.locator('iframe').getAttribute('allow')).toBe('clipboard-write; web-share');
    expect(await frame.evaluate(() => (document as unknown as { featurePolicy: { allowsFeature(f: string): boolean } }).featurePolicy.allowsFeature('clipboard-write'))).toBe(true);
    await context.close();
  });

  it('L2: pasted in <head>, the checker still shows, at the end of the page, with a warning', async () => {
    const { context, page } = await phone();
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await page.goto(`${host.url}head`);
    const frame = await frameOf(page);
    expect(await page.locator('body > iframe').count()).toBe(1);
    expect(await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThan(400);
    expect(await frame.locator('h1').textContent()).toBe(t('start.title'));
    expect(warnings.some((w) => w.includes('not inside <body>'))).toBe(true);
    await context.close();
  });

  it('L3: in a sandboxed frame that may not leave its page, the exit still clears and blanks, and says what to do', async () => {
    const { context, page } = await phone();
    await page.goto(`${host.url}sandbox`);
    const frame = await frameOf(page);
    await frame.locator('.button--start').click();
    await answerAll(frame as unknown as Page, { 'where-child-lives': 'with-me-england', relationship: 'grandparent' }, questions).catch(() => undefined);
    await frame.getByRole('link', { name: t('quickExit') }).click();
    await expect.poll(() => frame.locator('body').innerText(), { timeout: 10_000 }).toBe(t('exit.stuck'));
    expect(await frame.evaluate(() => [sessionStorage.length, localStorage.length])).toEqual([0, 0]);
    await context.close();
  });
});

describe('L8: the licences of the packages shipped', () => {
  it('dist/THIRD-PARTY-LICENSES.txt names every package in the bundle, with its licence text', async () => {
    const text = readFileSync(join(ROOT, 'dist', 'THIRD-PARTY-LICENSES.txt'), 'utf8');
    for (const name of ['react', 'react-dom', 'scheduler', 'react-router', 'xstate', 'i18next', 'i18next-resources-to-backend', 'workbox-window']) {
      expect(text, name).toMatch(new RegExp(`^${name} \\d+\\.\\d+\\.\\d+$`, 'm'));
    }
    // Build-only packages are not shipped, so not listed.
    expect(text).not.toMatch(/^(yaml|zod|vite) /m);
    expect(text.match(/Permission is hereby granted/g)?.length).toBeGreaterThanOrEqual(8);
    // It is served with the app.
    const server = await serveStatic({ dir: join(ROOT, 'dist'), port: await freePort() });
    const r = await fetch(`${server.url}THIRD-PARTY-LICENSES.txt`);
    expect(r.status).toBe(200);
    await server.stop();
  });
});
