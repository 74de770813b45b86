/** English legal terms inside Urdu and Arabic text stay on one line and the right way round:
 * each Latin-script run, with its brackets, is rendered as an isolated left-to-right run. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isolateLatin, LRI, PDI } from '../../src/i18n/bidi.ts';
import { initI18n, NAMESPACES } from '../../src/i18n/index.ts';
import { renderApp } from '../app/render.tsx';

// @vitest-environment jsdom
afterEach(cleanup);

const ROOT = process.cwd();
const read = (lng: string, ns: string) => JSON.parse(readFileSync(join(ROOT, 'locales', lng, `${ns}.json`), 'utf8'));
const i18nFor = (lng: string) => initI18n({ [lng]: Object.fromEntries(NAMESPACES.map((ns) => [ns, read(lng, ns)])) }, lng);

describe('isolateLatin', () => {
  it('isolates a bracketed English term with its brackets, and bare English words, and nothing else', () => {
    // A short bracketed term also stays on one line (no-break spaces); a long one may wrap.
    expect(isolateLatin('چائلڈ بینیفٹ (Child Benefit)')).toBe(`چائلڈ بینیفٹ ${LRI}(Child\u00a0Benefit)${PDI}`);
    expect(isolateLatin('(first hearing dispute resolution appointment)')).toBe(`${LRI}(first hearing dispute resolution appointment)${PDI}`);
    expect(isolateLatin('آپ Shift کی کو 3 بار دبائیں۔')).toBe(`آپ ${LRI}Shift${PDI} کی کو 3 بار دبائیں۔`);
    expect(isolateLatin('دیکھیں GOV.UK.')).toBe(`دیکھیں ${LRI}GOV.UK${PDI}.`);
    expect(isolateLatin('5 دسمبر، 2026')).toBe('5 دسمبر، 2026');
    // Already isolated (an interpolated translation): not wrapped twice.
    expect(isolateLatin(`کونسل ${LRI}(Leeds)${PDI}`)).toBe(`کونسل ${LRI}(Leeds)${PDI}`);
  });
});

describe('a bracketed English term in an Urdu page', () => {
  it('renders inside an isolated left-to-right run; English pages are untouched', async () => {
    const ur = i18nFor('ur');
    renderApp('/questions/court-order', { answers: { 'where-child-lives': 'with-me-england', relationship: 'grandparent' }, path: ['where-child-lives', 'relationship'] }, undefined, undefined, ur);
    const label = await screen.findByLabelText(new RegExp('special guardianship order'));
    const text = document.querySelector(`label[for="${label.id}"]`)!.textContent!;
    expect(text).toContain(`${LRI}(special\u00a0guardianship\u00a0order)${PDI}`);
    expect(text.replace(/[\u2066-\u2069]/g, '').replace(/\u00a0/g, ' ')).toBe(read('ur', 'questions')['court-order'].answers['special-guardianship-order']);
    expect(i18nFor('ar').t('questions:court-order.answers.adoption-order')).toContain(`${LRI}(adoption\u00a0order)${PDI}`);
    expect(i18nFor('en').t('questions:court-order.answers.adoption-order')).not.toMatch(/[\u2066-\u2069]/);
    // A value put in an Urdu sentence is isolated too (a council's English name).
    expect(ur.t('app:council.notFound', { value: 'Leeds' })).toContain(`${LRI}Leeds${PDI}`);
  });
});
