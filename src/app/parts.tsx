/** Pieces the result and the comparison share. */
import { useTranslation } from '../i18n/react.tsx';
import type { ItemResult } from '../engine/evaluate.ts';
import type { Reference } from '../rules/types.ts';
import { referenceText, statusLabel } from './format.ts';

/** What an arrangement means, in the order shown everywhere (result, compare, case note). */
export const FACTS = ['parentalResponsibility', 'lookedAfter', 'lasts'] as const;

/** The status of a support item (legal right, council decides...), and 'may apply' when unsure. */
export function StatusBadges({ item }: { item: Pick<ItemResult, 'status' | 'fit' | 'provider'> }) {
  const { t } = useTranslation('app');
  return (
    <>
      <span className={`badge badge--${item.status}`}>{statusLabel(t, item)}</span>
      {item.fit === 'mayApply' && <span className="badge badge--may">{t('result.mayApply')}</span>}
    </>
  );
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
