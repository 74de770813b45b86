import { useTranslation } from '../i18n/react.tsx';
import { useApp } from './context.tsx';
import { usePage } from './usePage.ts';
import { PATHS } from './paths.ts';
import { AppLink } from './AppLink.tsx';
import { JourneyLink, useJourney, useRestart, useRestoreNote } from './journey.tsx';

export function StartPage() {
  const { t } = useTranslation('app');
  const { rules, professional, setProfessional } = useApp();
  const { dismissNote } = useRestoreNote();
  const reset = useRestart();
  const heading = usePage(t('start.title'));
  const hasProgress = useJourney((s) => s.context.path.length > 0);
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
            <JourneyLink className="button" event={{ type: 'nav.resume' }} onClick={dismissNote}>{t('start.resumeButton')}</JourneyLink>
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
