import { useTranslation } from '../i18n/react.tsx';
import { useApp } from './context.tsx';
import { isStale } from './freshness.ts';
import { longDate } from './format.ts';

/** How old the information is: dated from the newest evidence the rules rest on, not from when a
 * person last read them through (adviser review #21); if long ago, a plain warning. */
export function Freshness({ where }: { where: 'footer' | 'result' }) {
  // The result page already says when the rules were checked; it adds only the warning.
  const { t, i18n } = useTranslation('app');
  const { rules, today } = useApp();
  const date = longDate(t, rules.lastChecked);
  const sources = longDate(t, rules.sourcesUpTo);
  if (!isStale(rules.sourcesUpTo, today)) return where === 'footer' ? <p>{t('freshness.checked', { date, sources })}</p> : null;
  return (
    <div className="freshness">
      <p><strong>{t('freshness.stale', { date, sources })}</strong></p>
      <p>{t('freshness.howToUpdate')}</p>
    </div>
  );
}
