/** Pieces the result and the comparison share. */
import { useTranslation } from '../i18n/react.tsx';
import type { ItemResult } from '../engine/evaluate.ts';
import type { Reference } from '../rules/types.ts';
import { money, referenceText, statusLabel } from './format.ts';
import { weeklyFigure } from '../engine/next-steps.ts';

/** What an arrangement means, in the order shown everywhere (result, compare, case note). */
export const FACTS = ['parentalResponsibility', 'lookedAfter', 'lasts'] as const;

/** Who acts (a right she can claim, you must, the council must, the council decides...): one
 * badge per card. Whether it may apply is said in words on the card, not as a second badge. */
export function StatusBadge({ item }: { item: Pick<ItemResult, 'status' | 'provider'> }) {
  const { t } = useTranslation('app');
  return <span className={`badge badge--${item.status}`}>{statusLabel(t, item)}</span>;
}

/** A money item's amount a week for her (compare shows them side by side). */
export function WeeklyAmount({ item }: { item: ItemResult }) {
  const { t, i18n } = useTranslation('app');
  const a = item.amounts.find((x) => x.weekly);
  if (!a) return null;
  const f = weeklyFigure(a);
  const round = (n: number) => money(i18n.language, Math.round(n * 100) / 100);
  const last = f.lastYear ? ` ${t('money.lastYear')}` : '';
  if (f.weekly !== undefined) return <strong className="option__amount">{t('money.aWeek', { amount: round(f.weekly) }) + last}</strong>;
  if (f.range) return <strong className="option__amount">{t('money.rangeAWeek', { from: round(f.range[0]), to: round(f.range[1]) }) + last}</strong>;
  return null;
}

/** The site a source is on, for the printed summary (the full address is a link on screen). */
export function hostOf(href: string): string {
  try {
    return new URL(href).hostname.replace(/^www\./, '');
  } catch {
    return href;
  }
}

export function Sources({
  references,
  seedTitles,
  title,
  label,
  open = false,
}: {
  references: Reference[];
  seedTitles: Record<string, string>;
  title: string;
  label?: string;
  /** Professional mode shows the legal basis without a click. */
  open?: boolean;
}) {
  const { t } = useTranslation('app');
  return (
    <details className="details details--sources" open={open || undefined}>
      <summary className="details__summary">
        {label ?? t('result.sources')}
        <span className="visually-hidden">: {title}</span>
      </summary>
      <ul className="list sources">
        {references.map((r, i) => (
          <li key={i}>
            {'href' in r ? (
              // Source documents are in English: marked so, for screen readers in every language.
              <a href={r.href} rel="noreferrer noopener" target="_blank" lang="en" dir="ltr">
                {r.title}
              </a>
            ) : (
              <span>
                {referenceText(t, r, seedTitles)}
                <span className="source__quote">: <span lang="en" dir="ltr">{t('result.seedQuote', { quote: r.quote })}</span></span>
              </span>
            )}
            {'href' in r && <span className="print-only print-only--inline"> (<span lang="en" dir="ltr">{hostOf(r.href)}</span>)</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}
