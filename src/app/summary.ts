/** The result as plain text, for sharing (Web Share API or the clipboard). Words from locales. */
import type { TFunction } from 'i18next';
import type { Result } from '../engine/evaluate.ts';
import { amountRows, longDate, statusLabel } from './format.ts';

export function summaryText(t: TFunction, lng: string, r: Result): string {
  const lines: string[] = [];
  lines.push(t('app:service'), t('app:result.asOf', { date: longDate(t, r.asOf), checked: longDate(t, r.rulesLastChecked), sources: longDate(t, r.rulesSourcesUpTo) }), '');
  lines.push(`${t('app:result.arrangementHeading')}: ${t(`arrangements:${r.arrangement.id}.title`)}`, '');
  const items = [...r.warnings, ...r.applies, ...r.mayApply];
  for (const i of items) {
    lines.push(`- ${t(`support:${i.id}.title`)} (${statusLabel(t, i)}${i.fit === 'mayApply' ? `, ${t('app:result.mayApply')}` : ''})`);
    for (const n of i.notes) lines.push(`  ${t(`support:${i.id}.notes.${n}`)}`);
    for (const a of i.amounts) {
      if (typeof a.value === 'number' || (a.value && typeof a.value === 'object')) {
        for (const row of amountRows(t, lng, a, a.value)) lines.push(`  ${row.label ? `${row.label}: ` : ''}${row.text}`);
      }
    }
    lines.push(`  ${t('app:result.whatNext')}: ${t(`support:${i.id}.next`)}`);
    const link = i.references.find((x) => 'href' in x);
    if (link && 'href' in link) lines.push(`  ${link.href}`);
  }
  // A note on an item that does not apply can say how it could (for example after a first hearing).
  for (const i of r.notApplicable.filter((x) => x.notes.length > 0)) {
    lines.push(`- ${t(`support:${i.id}.title`)} (${t('app:result.notForYouShort')})`);
    for (const n of i.notes) lines.push(`  ${t(`support:${i.id}.notes.${n}`)}`);
  }
  lines.push('', t('app:result.adviceText'), t('app:notAdvice'));
  return lines.join('\n');
}
