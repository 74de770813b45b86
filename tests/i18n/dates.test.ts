/** Dates are written with the month names each locale ships (app.json `date`), never the
 * browser's Intl: Chromium has no Welsh month names and wrote "5 December 2026" on a Welsh page. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { longDate } from '../../src/app/format.ts';
import { initI18n, NAMESPACES } from '../../src/i18n/index.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const read = (lng: string, ns: string) => JSON.parse(readFileSync(join(ROOT, 'locales', lng, `${ns}.json`), 'utf8'));
const tFor = (lng: string) => initI18n({ [lng]: Object.fromEntries(NAMESPACES.map((ns) => [ns, read(lng, ns)])) }, lng).t;

afterEach(() => vi.restoreAllMocks());

describe('a long date', () => {
  it('is Welsh in Welsh, with the browser knowing no Welsh at all (Intl is never asked)', () => {
    const spy = vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(() => {
      throw new Error('longDate asked Intl for a date');
    });
    expect(longDate(tFor('cy'), '2026-12-05')).toBe('5 Rhagfyr 2026');
    expect(longDate(tFor('cy'), '2026-04-06')).toBe('6 Ebrill 2026');
    expect(spy).not.toHaveBeenCalled();
  });

  it('follows each language: its month names, its order and punctuation', () => {
    expect(longDate(tFor('en'), '2026-12-05')).toBe('5 December 2026');
    expect(longDate(tFor('pl'), '2026-01-31')).toBe('31 stycznia 2026');
    expect(longDate(tFor('ro'), '2026-06-01')).toBe('1 iunie 2026');
    expect(longDate(tFor('ur'), '2026-12-05')).toBe('5 دسمبر، 2026');
    expect(longDate(tFor('bn'), '2026-12-05')).toBe('5 ডিসেম্বর, 2026');
    expect(longDate(tFor('ar'), '2026-12-05')).toBe('5 ديسمبر 2026');
  });

  it('has twelve month names in every language, each different, and a pattern with day, month and year', () => {
    for (const lng of Object.keys(LANGUAGES)) {
      const { date } = read(lng, 'app') as { date: { long: string; months: string[] } };
      expect(date.months, lng).toHaveLength(12);
      expect(new Set(date.months).size, lng).toBe(12);
      for (const v of ['{{day}}', '{{month}}', '{{year}}']) expect(date.long, lng).toContain(v);
    }
  });
});
