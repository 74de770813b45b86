/** The printed summary's own part (print only, never on screen): the support that applies or may
 * apply, one line each (its title and who acts), and where to read the rest. The explanations and
 * sources stay on the screen; the printout is what a carer needs to act. */
import { useTranslation } from '../i18n/react.tsx';
import type { Result } from '../engine/evaluate.ts';
import { longDate, statusLabel } from './format.ts';

export function PrintSummary({ result, today }: { result: Result; today: string }) {
  const { t } = useTranslation(['app', 'support']);
  // Every item, the warnings first (on screen they are in a folded section; their step prints in
  // 'What to do now').
  const items = [...result.warnings, ...result.applies, ...result.mayApply];
  return (
    <section className="print-only print-summary" aria-labelledby="print-support-heading">
      {items.length > 0 && (
        <>
          <h2 id="print-support-heading">{t('result.mayHelpHeading')}</h2>
          <ul className="print-summary__list">
            {items.map((i) => (
              <li key={i.id}>
                <strong>{t(`support:${i.id}.title`)}</strong>: {statusLabel(t, i)}
                {i.fit === 'mayApply' && ` (${t('result.mayApply').toLowerCase()})`}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>{t('result.printSeeMore')}</p>
      <p>{t('result.printedOn', { date: longDate(t, today) })}</p>
    </section>
  );
}
