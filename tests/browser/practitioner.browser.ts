/** Social workers on visits, and how the checker decides: professional mode (legal basis shown,
 * nothing kept, 'New visit'), the letter to the council (filled in on the phone, kept nowhere), the one-page
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
    // The legal basis as a lawyer cites it, never a web address (review finding 9).
    const note = await page.locator('.case-note').innerText();
    for (const cite of ['CA 1989 s.20', 'CA 1989 s.22(1)', 'Southwark v D [2007] EWCA Civ 182', 'R (SA) v Kent CC [2011] EWCA Civ 1303']) expect(note).toContain(cite);
    expect(note).not.toMatch(/\b[a-z0-9-]+\.(co\.uk|org\.uk|gov\.uk|org|net|com)\b/);
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
  it('at 360x640 fills in as she types, keeps nothing on the device, carries the Southwark facts and not her answers, axe-clean', async () => {
    const { context, page, errors } = await phone();
    await page.goto(server.url);
    const { asked, s } = await toResult(page, 'council-arranged-check');
    await page.getByRole('link', { name: text(app, 'letter.lookedAfterTitle') }).click();
    const letter = page.locator('article.letter');
    await letter.waitFor();
    expect(await letter.getAttribute('lang')).toBe('en');
    await expectNoAxeViolations(page, 'letter, empty');
    const storedBefore = await stored(page);
    const urlBefore = page.url();
    // Empty boxes keep clear blanks; her checker answers are not in a carer's letter.
    const empty = await letter.innerText();
    for (const b of [letters.blank.yourName, letters.blank.childName, letters.blank.movedIn, letters.blank.whoAsked, letters.blank.whatSaid]) expect(empty).toContain(b);
    expect(empty).not.toContain(letters.answersIntro);
    for (const q of asked) expect(empty).not.toContain(`${text(questions, `${q}.title`)} ${text(questions, `${q}.answers.${s.answers[q]}`)}`);

    const f = (k: string) => text(app, `letter.form.${k}`);
    const F = { yourName: f('yourName'), yourAddress: f('yourAddress'), childName: f('childName'), childDob: f('childDob'), movedIn: f('movedIn'), day: f('day'), month: f('month'), year: f('year'), whoAsked: f('whoAsked'), whatSaid: f('whatSaid') };
    await page.getByLabel(F.yourName, { exact: true }).fill('Maureen Hughes');
    await page.getByLabel(F.yourAddress, { exact: true }).fill('12 Elm Road\nCanterbury CT1 2AB');
    await page.getByLabel(F.childName, { exact: true }).fill('Lily Hughes');
    const dob = page.getByRole('group', { name: F.childDob });
    await dob.getByLabel(F.day).fill('3');
    await dob.getByLabel(F.month).fill('5');
    await dob.getByLabel(F.year).fill('2018');
    const moved = page.getByRole('group', { name: F.movedIn });
    await moved.getByLabel(F.day).fill('14');
    await moved.getByLabel(F.month).fill('2');
    await moved.getByLabel(F.year).fill('2026');
    await page.getByLabel(F.whoAsked, { exact: true }).fill('Sam Patel, children in care team');
    await page.getByLabel(F.whatSaid, { exact: true }).fill('Can you take her tonight? It is a family arrangement.');
    const filled = await letter.innerText();
    expect(filled).toContain('Maureen Hughes');
    expect(filled).toContain('Lily Hughes (born 3 May 2018)');
    expect(filled).toContain('The child came to live with me on 14 February 2026.');
    expect(filled).toContain('I was asked to look after the child by Sam Patel, children in care team.');
    expect(filled).toContain('It is a family arrangement.');
    // Nothing typed reached the tab's or the device's storage, or the address.
    expect(await stored(page)).toEqual(storedBefore);
    expect(JSON.stringify(await stored(page))).not.toContain('Maureen');
    expect(page.url()).toBe(urlBefore);
    // Nothing scrolls sideways at 360 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoAxeViolations(page, 'letter, filled in');
    await page.screenshot({ path: join(SHOTS, 'letter-looked-after.png'), fullPage: true });
    // Printed: the letter alone, in English, on one A4 page.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.letter-form').isVisible()).toBe(false);
    const pdf = (await page.pdf({ format: 'A4', printBackground: false })).toString('latin1');
    expect((pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
    expect(errors).toEqual([]);
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
