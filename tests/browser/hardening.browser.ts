/** Privacy and safety in real Chromium: a whole journey (with the result, the print view and a
 * change of language) under the built app's Content-Security-Policy makes no request that is not
 * same-origin, breaks no CSP rule, and sets no cookie. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { answerAll, assertChromium, chooseLanguage, launch, locale, ready, ROOT, scenarios, text } from './harness.ts';
import { serveStatic, type StaticServer } from '../../tools/cli/static-server.ts';

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  assertChromium();
  server = await serveStatic({ dir: join(ROOT, 'dist'), port: 4316 });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the pre-rendered first screens', () => {
  it('the start page and the first question show from HTML, and the app takes them over without an error', async () => {
    for (const hash of ['', '#/questions/where-child-lives']) {
      const context = await browser.newContext({ viewport: { width: 360, height: 640 }, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${server.url}${hash}`);
      // With no JavaScript at all, the start page is there (the first question needs boot.js).
      if (!hash) expect((await page.locator('h1').textContent())?.trim()).toBe(text(locale('app'), 'start.title'));
      await context.close();
      const live = await browser.newContext({ viewport: { width: 360, height: 640 } });
      const p = await live.newPage();
      const problems: string[] = [];
      p.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
      });
      p.on('pageerror', (e) => problems.push(String(e)));
      await p.goto(`${server.url}${hash}`);
      await expect.poll(() => p.evaluate(() => document.documentElement.hasAttribute('data-kc-wait'))).toBe(false);
      await p.waitForTimeout(300);
      expect(problems).toEqual([]);
      await live.close();
    }
  });

  it('the start page asks for nothing before it is on screen: no icon, no manifest, and the app after the first paint', async () => {
    // With no JavaScript (boot.js never runs), what the page itself makes the browser fetch: the
    // page alone. A tab icon in the head, or none at all (the browser then asks for /favicon.ico),
    // would be fetched while the page is being drawn.
    const bare = await browser.newContext({ viewport: { width: 360, height: 640 }, javaScriptEnabled: false });
    const asked: string[] = [];
    bare.on('request', (r) => asked.push(r.url()));
    const still = await bare.newPage();
    await still.goto(server.url, { waitUntil: 'load' });
    await still.waitForTimeout(500);
    expect(asked).toEqual([server.url]);
    await bare.close();
    // And it names an empty icon until then: a page that names none makes Chromium ask for
    // /favicon.ico at once (seen under Lighthouse; Playwright's Chromium does not, hence the file).
    for (const file of ['index.html', 'app.html']) {
      const head = readFileSync(join(ROOT, 'dist', file), 'utf8').split('</head>')[0]!.replace(/<template[\s\S]*?<\/template>/g, '');
      expect([...head.matchAll(/<link rel="icon" href="([^"]*)"/g)].map((m) => m[1]), file).toEqual(['data:,']);
    }

    // With JavaScript, on a slow phone (CPU 4 times slower): every file but boot.js is asked for
    // after the first contentful paint, as the browser reports it; then the tab has its icons and
    // the manifest. Several loads: how the paint and the frames fall varies from load to load.
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ viewport: { width: 360, height: 640 }, serviceWorkers: 'block' });
      const page = await context.newPage();
      await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(server.url);
      await ready(page);
      const { paint, early, icons } = await page.evaluate(() => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity;
        const files = performance.getEntriesByType('resource').filter((r) => !r.name.endsWith('/boot.js'));
        return {
          paint: fcp,
          early: files.filter((r) => r.startTime < fcp).map((r) => `${r.name} at ${r.startTime.toFixed(1)} ms`),
          icons: [...document.head.querySelectorAll('link[rel="icon"], link[rel="manifest"]')].map((l) => l.getAttribute('href')),
        };
      });
      expect(paint).toBeLessThan(Infinity);
      expect(early, `first contentful paint at ${paint} ms`).toEqual([]);
      expect(icons).toEqual(['./favicon.ico', './icon.svg', './manifest.webmanifest']);
      await context.close();
    }
  });
});

describe('nothing leaves the device', () => {
  it('both built pages (index.html, and app.html the service worker serves) carry a strict Content-Security-Policy with no inline script', () => {
    for (const file of ['index.html', 'app.html']) {
      const html = readFileSync(join(ROOT, 'dist', file), 'utf8');
      const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    }
  });

  it('a full journey, print view and language change: every request same-origin, no CSP violation, no cookie', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const app = locale('app');
    await page.goto(server.url);
    await page.waitForFunction(() => !!navigator.serviceWorker?.controller, null, { timeout: 30_000 });
    const s = scenarios().find((x) => x.expect.arrangement === 'kinship-foster-care')!;
    await page.getByRole('button', { name: text(app, 'start.button') }).click();
    await answerAll(page, s.answers);
    await page.locator('#council').fill('Leeds');
    await page.getByRole('button', { name: text(app, 'continue'), exact: true }).click();
    await page.getByRole('button', { name: text(app, 'check.button') }).click();
    await page.locator('.panel__title').waitFor();
    await page.emulateMedia({ media: 'print' });
    await page.emulateMedia({ media: 'screen' });
    await chooseLanguage(page, 'العربية');
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.locator('.panel__title').waitFor();

    expect(requests.length).toBeGreaterThan(5);
    expect(requests.filter((u) => new URL(u).origin !== server.origin)).toEqual([]);
    expect(violations).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });
});
