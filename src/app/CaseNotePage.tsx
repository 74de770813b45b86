import { useTranslation } from '../i18n/react.tsx';
import { useApp } from './context.tsx';
import { usePage } from './usePage.ts';
import { PATHS } from './paths.ts';
import { longDate, statusLabel } from './format.ts';
import { FACTS } from './parts.tsx';
import { legalBasis, type LegalBasis } from './citations.ts';
import { seedTitles } from 'virtual:rules/support';
import { AppLink } from './AppLink.tsx';
import { useResult } from './result.ts';

/** A one-page case note for a practitioner's file: answers, arrangement, support with statuses
 * and sources, and the date. Printed; nothing is kept. */

export function CaseNotePage() {
  const { t, i18n } = useTranslation(['app', 'questions', 'arrangements', 'support']);
  const { today } = useApp();
  const heading = usePage(t('professional.caseNoteTitle'));
  const result = useResult();
  if (!result) return null;
  const lng = i18n.language;
  const a = result.arrangement;
  // What applies, with its legal basis; what may apply (it now includes help that depends on
  // income, disability or housing, which the checker never asks) as a compact list, so the note
  // stays on one A4 page.
  const items = [...result.warnings, ...result.applies];
  // The legal basis as a lawyer cites it: legislation, then case law; guidance (one title) only
  // where an item rests on no law. All sources are in the app.
  const basis = (b: LegalBasis) => (b.law.length ? b.law : b.guidance).join('; ');
  const arrangementBasis = legalBasis(a.references, seedTitles);
  return (
    <div className="case-note">
      <AppLink className="back-link no-print" to={PATHS.result}>{t('letter.back')}</AppLink>
      <h1 tabIndex={-1} ref={heading}>{t('professional.caseNoteTitle')}</h1>
      <p>{t('professional.caseNoteDate', { date: longDate(t, today), checked: longDate(t, result.rulesLastChecked) })}</p>
      <h2>{t('professional.caseNoteAnswers')}</h2>
      <dl className="case-note__answers">
        {result.route.map((s) => (
          <div key={s.question}>
            <dt>{t(`questions:${s.question}.title`)}</dt>
            <dd>{t(`questions:${s.question}.answers.${s.answer}`)}</dd>
          </div>
        ))}
        <div>
          <dt>{t('check.council')}</dt>
          <dd>{result.council ? <span lang="en">{result.council.name}</span> : t('check.councilNotSaid')}</dd>
        </div>
      </dl>
      <h2>{t('professional.caseNoteArrangement')}</h2>
      <p>
        <strong>{t(`arrangements:${a.id}.title`)}</strong>
      </p>
      <p>
        {t('professional.legalBasis')}: <span lang="en" dir="ltr">{basis(arrangementBasis)}</span>
      </p>
      <ul className="case-note__facts">
        {FACTS.map((f) => (
          <li key={f}>
            {t(`result.facts.${f}`)}: {t(`arrangements:facts.${f}.${a.facts[f]}`)}
          </li>
        ))}
      </ul>
      <h2>{t('professional.caseNoteSupport')}</h2>
      <table className="table case-note__table">
        <thead>
          <tr>
            <th scope="col">{t('professional.caseNoteItem')}</th>
            <th scope="col">{t('professional.caseNoteStatus')}</th>
            <th scope="col">{t('professional.legalBasis')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id}>
              <th scope="row">{t(`support:${i.id}.title`)}</th>
              <td>
                {statusLabel(t, i)}
              </td>
              <td lang="en" dir="ltr">{basis(legalBasis(i.references, seedTitles))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.mayApply.length > 0 && (
        <>
          <h3 className="case-note__may-heading">{t('result.mayApply')}</h3>
          <ul className="case-note__may">
            {result.mayApply.map((i) => (
              <li key={i.id}>
                {t(`support:${i.id}.title`)}: {statusLabel(t, i)}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="hint">
        {t('professional.caseNoteMoreSources')} {t('notAdvice')}
      </p>
      <div className="button-group no-print">
        <button type="button" className="button" onClick={() => window.print()}>{t('professional.caseNotePrint')}</button>
      </div>
    </div>
  );
}
