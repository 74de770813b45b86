/** The result as plain text, for sharing (Web Share API or the clipboard). Words from locales. */
import type { TFunction } from 'i18next';
import type { ItemResult, Result } from '../engine/evaluate.ts';
import { nextSteps } from '../engine/next-steps.ts';
import { contactOf } from './actions.tsx';
import { amountRows, longDate, statusLabel } from './format.ts';

export function summaryText(t: TFunction, lng: string, r: Result): string {
  const lines: string[] = [];
  lines.push(t('app:service'), t('app:result.asOf', { date: longDate(t, r.asOf), checked: longDate(t, r.rulesLastChecked), sources: longDate(t, r.rulesSourcesUpTo) }), '');
  lines.push(`${t('app:result.arrangementHeading')}: ${t(`arrangements:${r.arrangement.id}.title`)}`, '');
  // What to do now first, each step with its number or page.
  const steps = nextSteps(r);
  if (steps.length > 0) {
    lines.push(`${t('app:result.todoHeading')}:`);
    steps.forEach((s, n) => {
      lines.push(`${n + 1}. ${t(`support:${s.id}.step`)}`);
      lines.push(...contactLines(t, s));
    });
    lines.push('');
  }
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
    lines.push(...contactLines(t, i));
  }
  // A note on an item that does not apply can say how it could (for example after a first hearing).
  for (const i of r.notApplicable.filter((x) => x.notes.length > 0)) {
    lines.push(`- ${t(`support:${i.id}.title`)} (${t('app:result.notForYouShort')})`);
    for (const n of i.notes) lines.push(`  ${t(`support:${i.id}.notes.${n}`)}`);
  }
  lines.push('', t('app:result.adviceText'), ...contactLines(t, { contacts: ['family-rights-group'] }), t('app:notAdvice'));
  return lines.join('\n');
}

/** An item's numbers (with hours), websites and the page where she acts, one per line. */
function contactLines(t: TFunction, item: Pick<ItemResult, 'contacts' | 'link'>): string[] {
  const out: string[] = [];
  for (const id of item.contacts) {
    const c = contactOf(id);
    if (!c) continue;
    const name = t(`app:contact.${id}.name`);
    if (c.phone) out.push(`  ${name}: ${c.phone}${c.hours ? ` (${t(`app:contact.${id}.hours`)})` : ''}`);
    else out.push(`  ${name}: ${c.web}`);
  }
  if ('link' in item && item.link) out.push(`  ${item.link.href}`);
  return out;
}
