import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from '../i18n/react.tsx';
import { useApp } from './context.tsx';
import { usePage } from './usePage.ts';
import { replay, position } from './session.ts';
import { PATHS, pathFor, type NavState } from './paths.ts';
import { AppLink } from './AppLink.tsx';

export function StartPage() {
  const { t } = useTranslation('app');
  const { rules, machine, session, dismissNote, reset, professional, setProfessional, newVisit } = useApp();
  const heading = usePage(t('start.title'));
  const nav = useLocation().state as NavState | null;
  const startAgain = nav?.startAgain === true || nav?.newVisit === true;
  const visit = nav?.newVisit === true;
  useEffect(() => {
    if (visit) newVisit();
    else if (startAgain) reset();
  }, [startAgain, visit, reset, newVisit]);
  const hasProgress = session.path.length > 0 && !startAgain;
  const resumeTo = pathFor(position(replay(machine, session.answers, session.path)), session.council !== undefined);
  return (
    <>
      <h1 tabIndex={-1} ref={heading}>{t('start.title')}</h1>
      <p className="lead">{t('start.lead')}</p>
      <p>{t('start.what')}</p>
      <ul className="list">
        <li>{t('start.whatList.arrangement')}</li>
        <li>{t('start.whatList.support')}</li>
        <li>{t('start.whatList.next')}</li>
      </ul>
      <p>{t('start.england')}</p>
      <p>{t('start.notSure')}</p>
      <p>{t('privacy')}</p>
      <p>{t('notAdvice')}</p>
      <div className="checkboxes__item">
        <input
          className="checkboxes__input"
          id="professional"
          type="checkbox"
          checked={professional}
          onChange={(e) => setProfessional(e.target.checked)}
          aria-describedby="professional-hint"
        />
        <label className="checkboxes__label" htmlFor="professional">{t('professional.switch')}</label>
        <div id="professional-hint" className="hint checkboxes__hint">{t('professional.switchHint')}</div>
      </div>
      {hasProgress ? (
        <>
          <p>{t('start.resume')}</p>
          <div className="button-group">
            <AppLink className="button" to={resumeTo} onClick={dismissNote}>{t('start.resumeButton')}</AppLink>
            <AppLink className="button button--secondary" to={PATHS.question(rules.start)} onClick={reset}>{t('result.startAgain')}</AppLink>
          </div>
        </>
      ) : (
        <AppLink className="button button--start" to={PATHS.question(rules.start)} onClick={dismissNote} role="button" draggable={false}>
          {t('start.button')}
        </AppLink>
      )}
    </>
  );
}
