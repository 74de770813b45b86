import { Navigate, useNavigate } from 'react-router';
import { useTranslation } from '../i18n/react.tsx';
import { useApp } from './context.tsx';
import { usePage } from './usePage.ts';
import { position, replay } from './session.ts';
import { PATHS, pathFor, type NavState } from './paths.ts';
import { AppLink } from './AppLink.tsx';
import core from 'virtual:rules/core';

/** Council names come with this page, not before the first question. */
const { councils } = core;

export function CheckAnswersPage() {
  const { t } = useTranslation(['app', 'questions']);
  const { rules, machine, session, update, professional } = useApp();
  const navigate = useNavigate();
  const heading = usePage(t('check.title'));
  const snap = replay(machine, session.answers, session.path);
  const pos = position(snap);
  if (!pos.done || session.council === undefined) return <Navigate replace to={pathFor(pos, session.council !== undefined)} />;
  const path = snap.context.path;
  const council = councils.find((c) => c.id === session.council);
  const changing: NavState = { changing: true };
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
              <AppLink to={PATHS.question(q)} state={changing}>
                {t('check.change')}{' '}
                <span className="visually-hidden">{t(`questions:${q}.change`, { defaultValue: t(`questions:${q}.title`) })}</span>
              </AppLink>
            </dd>
          </div>
        ))}
        <div className="summary-list__row">
          <dt className="summary-list__key">{t('check.council')}</dt>
          <dd className="summary-list__value">{council ? <span lang="en">{council.name}</span> : t('check.councilNotSaid')}</dd>
          <dd className="summary-list__actions">
            <AppLink to={PATHS.council} state={changing}>
              {t('check.change')}{' '}
              <span className="visually-hidden">{t('check.councilChange')}</span>
            </AppLink>
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
          onChange={(e) => update({ ...session, remember: e.target.checked })}
          aria-describedby="remember-hint"
        />
        <label className="checkboxes__label" htmlFor="remember">{t('check.remember')}</label>
        <div id="remember-hint" className="hint checkboxes__hint">{t('check.rememberHint')}</div>
      </div>
      )}
      <button type="button" className="button" onClick={() => navigate(PATHS.result, { replace: true })}>{t('check.button')}</button>
    </>
  );
}
