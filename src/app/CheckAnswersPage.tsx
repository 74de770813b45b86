import { useTranslation } from '../i18n/react.tsx';
import { useApp } from './context.tsx';
import { usePage } from './usePage.ts';
import { JourneyLink, useJourney, useSend } from './journey.tsx';
import core from 'virtual:rules/core';

/** Council names come with this page, not before the first question. */
const { councils } = core;

export function CheckAnswersPage() {
  const { t } = useTranslation(['app', 'questions']);
  const { professional } = useApp();
  const send = useSend();
  const session = useJourney((s) => s.context);
  const heading = usePage(t('check.title'));
  const path = session.path;
  const council = councils.find((c) => c.id === session.council);
  return (
    <>
      <h1 tabIndex={-1} ref={heading}>{t('check.title')}</h1>
      <p>{t('check.lead')}</p>
      <dl className="summary-list">
        {path.map((q) => (
          <div className="summary-list__row" key={q}>
            <dt className="summary-list__key">{t(`questions:${q}.title`)}</dt>
            <dd className="summary-list__value">{t(`questions:${q}.answers.${session.answers[q]}`)}</dd>
            <dd className="summary-list__actions">
              <JourneyLink event={{ type: 'answer.change', question: q }}>
                {t('check.change')}{' '}
                <span className="visually-hidden">{t(`questions:${q}.change`, { defaultValue: t(`questions:${q}.title`) })}</span>
              </JourneyLink>
            </dd>
          </div>
        ))}
        <div className="summary-list__row">
          <dt className="summary-list__key">{t('check.council')}</dt>
          <dd className="summary-list__value">{council ? <span lang="en">{council.name}</span> : t('check.councilNotSaid')}</dd>
          <dd className="summary-list__actions">
            <JourneyLink event={{ type: 'council.change' }}>
              {t('check.change')}{' '}
              <span className="visually-hidden">{t('check.councilChange')}</span>
            </JourneyLink>
          </dd>
        </div>
      </dl>
      {!professional && (
      <div className="checkboxes__item">
        <input
          className="checkboxes__input"
          id="remember"
          type="checkbox"
          checked={session.remember}
          onChange={(e) => send({ type: 'remember.set', remember: e.target.checked })}
          aria-describedby="remember-hint"
        />
        <label className="checkboxes__label" htmlFor="remember">{t('check.remember')}</label>
        <div id="remember-hint" className="hint checkboxes__hint">{t('check.rememberHint')}</div>
      </div>
      )}
      <button type="button" className="button" onClick={() => send({ type: 'nav.to', page: 'result' })}>{t('check.button')}</button>
    </>
  );
}
