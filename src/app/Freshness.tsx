import { useTranslation } from '../i18n/react.tsx';
import { useApp } from './context.tsx';
import { isStale } from './freshness.ts';
import { longDate } from './format.ts';

/** When the rules were last checked; if long ago, a plain warning and how to update. */
export function Freshness({ where }: { where: 'footer' | 'result' }) {
  // The result page already says when the rules were checked; it adds only the warning.
  const { t, i18n } = useTranslation('app');
  const { rules, today } = useApp();
  const date = longDate(i18n.language, rules.lastChecked);
  if (!isStale(rules.lastChecked, today)) return where === 'footer' ? <p>{t('freshness.checked', { date })}</p> : null;
  return (
    <div className="freshness">
      <p><strong>{t('freshness.stale', { date })}</strong></p>
      <p>{t('freshness.howToUpdate')}</p>
    </div>
  );
}
