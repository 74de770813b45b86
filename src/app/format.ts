/** Formatting helpers for the result page and the shared summary. Words come from locales. */
import type { TFunction } from 'i18next';
import { intlLocale } from '../i18n/languages.ts';
import type { AmountResult, ItemResult } from '../engine/evaluate.ts';
import type { AmountValue, Reference } from '../rules/types.ts';

/** The badge that says who acts: the status, worded for the provider where the locale has a
 * variant (statusBy.discretionary.legal-aid-agency: "The Legal Aid Agency decides"). */
export function statusLabel(t: TFunction, item: Pick<ItemResult, 'status' | 'provider'>): string {
  return t([`app:statusBy.${item.status}.${item.provider}`, `app:status.${item.status}`]);
}

export function money(lng: string, n: number): string {
  return new Intl.NumberFormat(intlLocale(lng), {
    style: 'currency',
    currency: 'GBP',
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: Number.isInteger(n) ? 0 : 2,
  }).format(n);
}

/** "5 December 2026", "5 Rhagfyr 2026": the month names and the order come from the locale
 * (app.json `date`), never from the browser's Intl, which may not know the language (Chromium
 * has no Welsh month names). */
export function longDate(t: TFunction, iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return t('app:date.long', { day, month: t(`app:date.months.${month - 1}`), year });
}

/** Rows of an amount: one row when it is a single number, else one per table cell. */
export function amountRows(t: TFunction, lng: string, a: AmountResult, value: AmountValue): { label: string; text: string }[] {
  const rows: { label: string; text: string }[] = [];
  const walk = (v: AmountValue, labels: string[], depth: number) => {
    if (typeof v === 'number') rows.push({ label: labels.join(', '), text: t(`app:period.${a.period}`, { amount: money(lng, v) }) });
    else if (v && typeof v === 'object') {
      const dim = a.dimensions[depth];
      for (const [k, inner] of Object.entries(v)) walk(inner, [...labels, t(`app:${dim === 'region' ? 'region' : 'ageBand'}.${k}`)], depth + 1);
    }
  };
  walk(value, [], 0);
  return rows;
}

export function referenceText(t: TFunction, r: Reference, seedTitles: Record<string, string>): string {
  if ('href' in r) return r.title;
  return t('app:result.seedSource', { title: seedTitles[r.seed] ?? r.seed, from: r.lines[0], to: r.lines[1] });
}
