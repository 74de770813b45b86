import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from '../i18n/react.tsx';
import { useApp } from './context.tsx';
import { usePage } from './usePage.ts';
import { ErrorSummary } from './ErrorSummary.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { JourneyLink, useJourney, useSend } from './journey.tsx';

export function QuestionPage() {
  const { id = '' } = useParams();
  const { rules } = useApp();
  if (!Object.hasOwn(rules.questions, id)) return <NotFoundPage />;
  // key: a fresh form (selection, error) for each question
  return <QuestionForm key={id} id={id} />;
}

function QuestionForm({ id }: { id: string }) {
  const { t } = useTranslation(['questions', 'app']);
  const { rules } = useApp();
  const send = useSend();
  const kept = useJourney((s) => s.context.answers[id]);
  const q = rules.questions[id]!;
  const [selected, setSelected] = useState<string | undefined>(kept);
  const [error, setError] = useState(false);
  const title = t(`${id}.title`);
  const heading = usePage(title, error);
  const hint = t(`${id}.hint`, { defaultValue: '' });
  const notSure = t(`${id}.notSure`, { defaultValue: '' });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!selected) {
      setError(true);
      return;
    }
    send({ type: 'answer.select', question: id, value: selected });
  };

  const errorId = `${id}-error`;
  const main = q.answers.filter((a) => a !== 'not-sure');
  const unsure = q.answers.filter((a) => a === 'not-sure');
  const radio = (a: string) => {
    const inputId = `${id}-${a}`;
    const aHint = t(`${id}.answerHints.${a}`, { defaultValue: '' }) || (a === 'not-sure' ? notSure : '');
    return (
      <div className="radios__item" key={a}>
        <input
          className="radios__input"
          id={inputId}
          name={id}
          type="radio"
          value={a}
          checked={selected === a}
          onChange={() => setSelected(a)}
          aria-describedby={aHint ? `${inputId}-hint` : undefined}
        />
        <label className="radios__label" htmlFor={inputId}>{t(`${id}.answers.${a}`)}</label>
        {aHint && <div id={`${inputId}-hint`} className="hint radios__hint">{aHint}</div>}
      </div>
    );
  };
  return (
    <>
      <JourneyLink className="back-link" event={{ type: 'nav.back' }}>{t('app:back')}</JourneyLink>
      {error && <ErrorSummary message={t('app:question.chooseOne', { question: title })} href={`#${id}-${q.answers[0]}`} />}
      {/* method="dialog": a click before the app has started (the first question is drawn at
          build time) does nothing, rather than putting the answer in the address. */}
      <form onSubmit={submit} noValidate method="dialog">
        <div className={`form-group${error ? ' form-group--error' : ''}`}>
          <fieldset className="fieldset" aria-describedby={[hint ? `${id}-hint` : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined}>
            <legend className="fieldset__legend">
              <h1 tabIndex={-1} ref={heading}>{title}</h1>
            </legend>
            {hint && <div id={`${id}-hint`} className="hint">{hint}</div>}
            {error && (
              <p id={errorId} className="error-message">
                <span className="visually-hidden">{t('app:errorPrefix')}</span>
                {t('app:question.chooseOne', { question: title })}
              </p>
            )}
            <div className="radios">
              {main.map(radio)}
              {unsure.length > 0 && <div className="radios__divider">{t('app:or')}</div>}
              {unsure.map(radio)}
            </div>
          </fieldset>
        </div>
        <button type="submit" className="button">{t('app:continue')}</button>
      </form>
    </>
  );
}
