/** Privacy and safety in real Chromium: a whole journey (with the result, the print view and a
 * change of language) under the built app's Content-Security-Policy makes no request that is not
 * same-origin, breaks no CSP rule, and sets no cookie. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { answerAll, assertChromium, launch, locale, ROOT, scenarios, text } from './harness.ts';
import { serveStatic, type StaticServer } from '../../scripts/static-server.ts';

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
    await page.getByRole('navigation', { name: text(app, 'language.label') }).getByRole('button', { name: 'العربية' }).click();
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
