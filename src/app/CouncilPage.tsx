import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/react.tsx';
import { usePage } from './usePage.ts';
import { ErrorSummary } from './ErrorSummary.tsx';
import { matchCouncil } from '../engine/councils.ts';
import { JourneyLink, useJourney, useSend } from './journey.tsx';
import type { Council } from '../rules/types.ts';
import core from 'virtual:rules/core';

/** Council names come with this page, not before the first question. */
const { councils, councilAliases } = core;

/** What she typed meant several councils, or was near some: she is asked which. */
interface Asked {
  typed: string;
  councils: Council[];
  near: boolean;
}

export function CouncilPage() {
  const { t } = useTranslation('app');
  const send = useSend();
  const chosen = useJourney((s) => s.context.council);
  const current = councils.find((c) => c.id === chosen);
  const [typed, setTyped] = useState(current?.name ?? '');
  const [error, setError] = useState<{ message: string; href: string } | undefined>();
  const [asked, setAsked] = useState<Asked | undefined>();
  const [picked, setPicked] = useState<string | undefined>();
  const heading = usePage(t('council.title'), error !== undefined);
  const question = useRef<HTMLLegendElement>(null);
  // The question asked back is new on the page: a screen reader hears it (focus moves to it).
  useEffect(() => {
    if (asked && !error) question.current?.focus();
  }, [asked, error]);

  const choose = (council: string | null) => send({ type: 'council.select', council });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // A choice from the list asked back, while the box still says what it said.
    if (asked && typed === asked.typed) {
      if (picked) return choose(picked);
      return setError({ message: t('council.chooseOne'), href: `#council-choice-${asked.councils[0]!.id}` });
    }
    setPicked(undefined);
    if (!typed.trim()) {
      setAsked(undefined);
      return setError({ message: t('council.empty'), href: '#council' });
    }
    const m = matchCouncil(councils, typed, councilAliases);
    if (m.kind === 'found') return choose(m.council.id);
    if (m.kind === 'choose') {
      setError(undefined);
      return setAsked({ typed, councils: m.councils, near: m.near });
    }
    setAsked(undefined);
    setError({ message: t('council.notFound', { value: typed.trim() }), href: '#council' });
  };
  const inputError = error?.href === '#council';
  const choiceError = error !== undefined && !inputError;
  return (
    <>
      <JourneyLink className="back-link" event={{ type: 'nav.back' }}>{t('back')}</JourneyLink>
      {error && <ErrorSummary message={error.message} href={error.href} />}
      {/* method="dialog": a click before the app has started (the first question is drawn at
          build time) does nothing, rather than putting the answer in the address. */}
      <form onSubmit={submit} noValidate method="dialog">
        <div className={`form-group${inputError ? ' form-group--error' : ''}`}>
          <h1 className="label-wrapper" tabIndex={-1} ref={heading}>
            <label htmlFor="council">{t('council.title')}</label>
          </h1>
          <div id="council-hint" className="hint">{t('council.hint')}</div>
          {inputError && (
            <p id="council-error" className="error-message">
              <span className="visually-hidden">{t('errorPrefix')}</span>
              {error.message}
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
            dir="auto"
            value={typed}
            aria-describedby={`council-hint${inputError ? ' council-error' : ''}`}
            aria-invalid={inputError ? true : undefined}
            onChange={(e) => setTyped(e.target.value)}
          />
          <datalist id="councils">
            {councils.map((c) => (
              <option key={c.id} value={c.name} />
            ))}
          </datalist>
        </div>
        {asked && (
          <div className={`form-group${choiceError ? ' form-group--error' : ''}`}>
            <fieldset className="fieldset" aria-describedby={choiceError ? 'council-choice-error' : undefined}>
              <legend className="fieldset__legend council__question" tabIndex={-1} ref={question}>
                {asked.near ? t('council.didYouMean') : t('council.several', { value: asked.typed.trim() })}
              </legend>
              {choiceError && (
                <p id="council-choice-error" className="error-message">
                  <span className="visually-hidden">{t('errorPrefix')}</span>
                  {error.message}
                </p>
              )}
              <div className="radios">
                {asked.councils.map((c) => (
                  <div className="radios__item" key={c.id}>
                    <input
                      className="radios__input"
                      id={`council-choice-${c.id}`}
                      name="council-choice"
                      type="radio"
                      value={c.id}
                      checked={picked === c.id}
                      onChange={() => setPicked(c.id)}
                    />
                    <label className="radios__label" htmlFor={`council-choice-${c.id}`}>
                      {/* A council's own name, in English, kept whole in a right-to-left page. */}
                      <bdi lang="en">{c.name}</bdi>
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
        )}
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
