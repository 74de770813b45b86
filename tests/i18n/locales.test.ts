/** Every language has exactly the English keys (by full dotted path), the same {{variables}}, its
 * own plural forms, no empty text, and the English legal term in brackets in titles and answers. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compareLocale, flatten, isTermKey, pluralCategories, termsIn, type Tree } from '../../tools/locales/parity.ts';
import { LANGUAGES, pickLanguage } from '../../src/i18n/languages.ts';
import { startLanguage, LANGUAGE_KEY } from '../../src/i18n/choose.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const read = (p: string) => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));
const ENGLISH_ONLY = Object.keys(read('locales/languages.json').englishOnly ?? {});
const NS = readdirSync(join(ROOT, 'locales/en'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .filter((n) => !ENGLISH_ONLY.includes(n));
const load = (lng: string) => Object.fromEntries(NS.map((n) => [n, existsSync(join(ROOT, 'locales', lng, `${n}.json`)) ? (read(`locales/${lng}/${n}.json`) as Tree) : undefined]));
const en = load('en') as Record<string, Tree>;
const terms = read('locales/legal-terms.json').terms as string[];

describe('locales/languages.json', () => {
  it('lists seven languages, each with a folder, a direction, an Intl locale and a review status', () => {
    expect(Object.keys(LANGUAGES)).toEqual(['en', 'cy', 'pl', 'ro', 'ur', 'bn', 'ar']);
    for (const [code, l] of Object.entries(LANGUAGES)) {
      expect(existsSync(join(ROOT, 'locales', code)), code).toBe(true);
      expect(['ltr', 'rtl']).toContain(l.dir);
      expect(() => new Intl.NumberFormat(l.intl), code).not.toThrow();
      expect(['source', 'unreviewed', 'reviewed']).toContain(l.review);
      if (l.review === 'reviewed') expect(l.reviewedBy && l.reviewedOn, `${code} is reviewed: by whom, when?`).toBeTruthy();
    }
    expect(LANGUAGES.ur!.dir).toBe('rtl');
    expect(LANGUAGES.ar!.dir).toBe('rtl');
  });
  it('no folder in locales/ is missing from the list', () => {
    const dirs = readdirSync(join(ROOT, 'locales'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(dirs.sort()).toEqual(Object.keys(LANGUAGES).sort());
  });
});

describe.each(Object.keys(LANGUAGES).filter((l) => l !== 'en'))('locales/%s', (lng) => {
  it('has exactly the English keys, variables and plural forms, with no empty text and the legal terms kept', () => {
    expect(compareLocale(lng, en, load(lng), terms).map((p) => `${p.file}: ${p.key}: ${p.message}`)).toEqual([]);
  });
});

describe('the parity check finds what a translator might get wrong', () => {
  const pl = () => JSON.parse(JSON.stringify(load('pl'))) as Record<string, Tree>;
  it('a missing key, an extra key, an empty text, a lost variable, a wrong plural form', () => {
    const t = pl();
    const app = t.app as Record<string, Record<string, string>>;
    delete app.start!.button;
    app.start!.extra = 'x';
    app.result!.title = ' ';
    app.result!.asOf = 'bez zmiennych';
    delete app.council!.matches_few;
    app.council!.matches_two = '{{count}}';
    const found = compareLocale('pl', en, t, terms).map((p) => `${p.key}: ${p.message}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'start.button: missing (English has it)',
        'start.extra: not in English: remove it or add it to English',
        'result.title: the text is empty',
        'result.asOf: missing {{checked}}, {{date}}, {{sources}}',
        'council.matches: plural forms missing for pl: council.matches_few',
        'council.matches: plural forms pl does not use: council.matches_two',
      ]),
    );
  });
  it('a legal term without its English in brackets', () => {
    const t = pl();
    const arr = t.arrangements as Record<string, Record<string, string>>;
    arr['special-guardianship']!.title = 'Jesteś specjalnym opiekunem';
    expect(compareLocale('pl', en, t, terms).map((p) => p.message)).toContain('keep the English legal term in brackets: "(special guardian)"');
  });
  it('matches legal terms as whole words, longest first', () => {
    expect(termsIn('Special guardianship allowance', terms)).toEqual([]);
    expect(termsIn('You are the special guardian', terms)).toEqual(['special guardian']);
    expect(termsIn('A special guardianship order', terms)).toEqual(['special guardianship order']);
    expect(isTermKey('questions', 'court-order.answers.care-order')).toBe(true);
    expect(isTermKey('support', 'fostering-allowance.summary')).toBe(false);
  });
  it('knows each language\'s plural forms from CLDR', () => {
    expect(pluralCategories('cy')).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    expect(pluralCategories('ur')).toEqual(['one', 'other']);
  });
  it('every English text key is reached by the check (flatten walks the whole tree)', () => {
    expect(Object.keys(flatten(en.app!)).length).toBeGreaterThan(100);
  });
});

describe('which language the checker starts in', () => {
  const store = (v: string | null) => ({ getItem: (k: string) => (k === LANGUAGE_KEY ? v : null) });
  it('the address (?lang=, set by an embedding charity) first, then the carer\'s choice, then the browser', () => {
    expect(startLanguage('?lang=ur', store('pl'), ['bn'])).toBe('ur');
    expect(startLanguage('', store('pl'), ['bn'])).toBe('pl');
    expect(startLanguage('', store(null), ['pl-PL', 'en-GB'])).toBe('pl');
    expect(startLanguage('', null, ['fr-FR', 'ar-EG'])).toBe('ar');
  });
  it('anything unknown or broken falls back to the next source, then English', () => {
    expect(startLanguage('?lang=xx', store('zz'), ['fr'])).toBe('en');
    expect(startLanguage('?lang=constructor', store('__proto__'), [])).toBe('en');
    const throwing = { getItem: () => { throw new Error('blocked'); } };
    expect(startLanguage('', throwing, ['cy'])).toBe('cy');
    expect(pickLanguage([])).toBe('en');
  });
});
