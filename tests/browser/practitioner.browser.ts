/** Social workers on visits, and how the checker decides: professional mode (legal basis shown,
 * nothing kept, 'New visit'), the letter to the council (her answers and nothing else), the one-page
 * case note, 'Compare your options' at phone size with axe, and the flowchart page. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { answerAll, assertChromium, chooseLanguage, expectNoAxeViolations, launch, locale, ready, ROOT, scenarios, text } from './harness.ts';
import { serveStatic, type StaticServer } from '../../tools/cli/static-server.ts';
import letters from '../../locales/en/letters.json';

const app = locale('app');
const questions = locale('questions');
const SHOTS = join(ROOT, 'tests', 'browser', 'screenshots');
let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  assertChromium();
  server = await serveStatic({ dir: join(ROOT, 'dist'), port: 4340 });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function phone() {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors };
}

async function toResult(page: Page, arrangement: string) {
  const s = scenarios().find((x) => x.expect.arrangement === arrangement)!;
  await page.getByRole('button', { name: text(app, 'start.button') }).click();
  const asked = await answerAll(page, s.answers);
  await page.getByRole('button', { name: text(app, 'council.ratherNotSay') }).click();
  await page.getByRole('button', { name: text(app, 'check.button') }).click();
  await page.locator('.panel__title').waitFor();
  return { s, asked };
}

/** Professional mode keeps only itself in the tab (review H2), never a fact about the family. */
const stored = (page: Page) => page.evaluate(() => ({ session: { ...sessionStorage }, local: { ...localStorage } }));

describe('professional mode', () => {
  it('shows the legal basis, keeps nothing on the device, and New visit clears everything', async () => {
    const { context, page, errors } = await phone();
    await page.goto(server.url);
    await ready(page);
    await page.getByLabel(text(app, 'professional.switch')).check();
    expect(await page.getByText(text(app, 'professional.on')).isVisible()).toBe(true);
    // Her language choice is not kept either.
    await chooseLanguage(page, 'Cymraeg');
    await chooseLanguage(page, 'English');
    await toResult(page, 'council-arranged-check');
    expect(await stored(page)).toEqual({ session: { 'kinship-checker-professional': '1' }, local: {} });
    // The legal basis is open on every card, without a click.
    const legal = page.locator('details.details--sources[open]');
    expect(await legal.count()).toBeGreaterThan(5);
    expect(await page.getByRole('link', { name: /Children Act 1989|Southwark|Care Planning/ }).first().isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'result in professional mode');
    await page.screenshot({ path: join(SHOTS, 'professional-result.png'), fullPage: true });

    // A one-page case note.
    await page.getByRole('link', { name: text(app, 'professional.caseNote') }).click();
    await page.getByRole('heading', { level: 1, name: text(app, 'professional.caseNoteTitle') }).waitFor();
    await expectNoAxeViolations(page, 'case note');
    await page.emulateMedia({ media: 'print' });
    const pdf = (await page.pdf({ format: 'A4', printBackground: false })).toString('latin1');
    expect((pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('button', { name: text(app, 'professional.newVisit') }).click();
    await page.getByRole('heading', { level: 1, name: text(app, 'start.title') }).waitFor();
    expect(await stored(page)).toEqual({ session: { 'kinship-checker-professional': '1' }, local: {} });
    expect(await page.getByText(text(app, 'start.resume')).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a letter to the council', () => {
  it('contains her answers and nothing else, in English, with blanks for what we never ask', async () => {
    const { context, page } = await phone();
    await page.goto(server.url);
    const { asked, s } = await toResult(page, 'council-arranged-check');
    await page.getByRole('link', { name: text(app, 'letter.lookedAfterTitle') }).click();
    const letter = page.locator('article.letter');
    await letter.waitFor();
    expect(await letter.getAttribute('lang')).toBe('en');
    await expectNoAxeViolations(page, 'letter');
    const lines = (await letter.innerText()).split('\n').map((l) => l.trim()).filter(Boolean);
    // Every line is the template, or one of her answers as 'question answer'.
    const answerLines = asked.map((q) => `${text(questions, `${q}.title`)} ${text(questions, `${q}.answers.${s.answers[q]}`)}`);
    const template = JSON.stringify(letters);
    for (const line of lines) {
      const known = answerLines.includes(line) || template.includes(line.replace(letters.blank.child, '{{child}}').replace(letters.blank.council, '{{council}}').split('{{')[0]!.slice(0, 40));
      expect(known, `unexpected line in the letter: ${line}`).toBe(true);
    }
    for (const a of answerLines) expect(lines).toContain(a);
    expect(lines).toContain(letters.blank.yourName);
    await page.screenshot({ path: join(SHOTS, 'letter-looked-after.png'), fullPage: true });
    await context.close();
  });
});

describe('compare your options', () => {
  it('at 360x640: stacked cards for each open route, not advice, zero axe violations', async () => {
    const { context, page } = await phone();
    await page.goto(server.url);
    await toResult(page, 'kinship-foster-care');
    await page.getByRole('link', { name: text(app, 'compare.link') }).click();
    await page.getByRole('heading', { level: 1, name: text(app, 'compare.title') }).waitFor();
    const options = locale('options');
    const titles = await page.locator('section.option h2').allInnerTexts();
    expect(titles.map((x) => x.trim())).toEqual(['as-now', 'child-arrangements-order', 'special-guardianship'].map((id) => text(options, `${id}.title`)));
    expect(await page.getByText(text(app, 'compare.notAdvice')).isVisible()).toBe(true);
    expect(await page.getByText(text(options, 'special-guardianship.adviceFirst')).isVisible()).toBe(true);
    // Cards stack: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page, 'compare');
    await page.screenshot({ path: join(SHOTS, 'compare-kinship-foster-care.png'), fullPage: true });
    await context.close();
  });
});

describe('how the checker decides', () => {
  it('shows the flowchart of every route, axe-clean, reachable from the result', async () => {
    const { context, page } = await phone();
    await page.goto(server.url);
    await toResult(page, 'special-guardianship');
    await page.getByRole('link', { name: text(app, 'howItDecides.link') }).click();
    await page.locator('.diagram svg').waitFor();
    expect(await page.locator('.diagram svg g[id^="q-"]').count()).toBe(11);
    expect(await page.locator('.diagram svg g[id^="a-"]').count()).toBe(15);
    await expectNoAxeViolations(page, 'how it decides');
    await context.close();
  });
});
