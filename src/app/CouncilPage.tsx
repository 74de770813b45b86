import { useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/react.tsx';
import { usePage } from './usePage.ts';
import { ErrorSummary } from './ErrorSummary.tsx';
import { matchCouncil } from '../engine/councils.ts';
import { JourneyLink, useJourney, useSend } from './journey.tsx';
import core from 'virtual:rules/core';

/** Council names come with this page, not before the first question. */
const { councils } = core;

export function CouncilPage() {
  const { t } = useTranslation('app');
  const send = useSend();
  const chosen = useJourney((s) => s.context.council);
  const current = councils.find((c) => c.id === chosen);
  const [typed, setTyped] = useState(current?.name ?? '');
  const [error, setError] = useState<string | undefined>();
  const heading = usePage(t('council.title'), error !== undefined);

  const choose = (council: string | null) => send({ type: 'council.select', council });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!typed.trim()) return setError(t('council.empty'));
    const c = matchCouncil(councils, typed);
    if (!c) return setError(t('council.notFound', { value: typed.trim() }));
    choose(c.id);
  };
  return (
    <>
      <JourneyLink className="back-link" event={{ type: 'nav.back' }}>{t('back')}</JourneyLink>
      {error && <ErrorSummary message={error} href="#council" />}
      {/* method="dialog": a click before the app has started (the first question is drawn at
          build time) does nothing, rather than putting the answer in the address. */}
      <form onSubmit={submit} noValidate method="dialog">
        <div className={`form-group${error ? ' form-group--error' : ''}`}>
          <h1 className="label-wrapper" tabIndex={-1} ref={heading}>
            <label htmlFor="council">{t('council.title')}</label>
          </h1>
          <div id="council-hint" className="hint">{t('council.hint')}</div>
          {error && (
            <p id="council-error" className="error-message">
              <span className="visually-hidden">{t('errorPrefix')}</span>
              {error}
            </p>
          )}
          <input
            id="council"
            name="council"
            className="input"
            type="text"
            list="councils"
            autoComplete="off"
            spellCheck={false}
            value={typed}
            aria-describedby={`council-hint${error ? ' council-error' : ''}`}
            aria-invalid={error ? true : undefined}
            onChange={(e) => setTyped(e.target.value)}
          />
          <datalist id="councils">
            {councils.map((c) => (
              <option key={c.id} value={c.name} />
            ))}
          </datalist>
        </div>
        <div className="button-group">
          <button type="submit" className="button">{t('continue')}</button>
          <button type="button" className="button button--secondary" onClick={() => choose(null)}>
            {t('council.ratherNotSay')}
          </button>
        </div>
      </form>
    </>
  );
}
