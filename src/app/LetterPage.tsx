import { useMemo, useState } from 'react';
import { Navigate, useParams } from 'react-router';
import { useTranslation } from '../i18n/react.tsx';
import { useApp } from './context.tsx';
import { usePage } from './usePage.ts';
import { PATHS } from './paths.ts';
import { route } from '../engine/route.ts';
import { LETTERS, type Letter } from '../rules/types.ts';
import { letterFor, letterPlainText } from './letters.ts';
import { AppLink } from './AppLink.tsx';
import core from 'virtual:rules/core';

/** Council names come with this page, not before the first question. */
const { councils } = core;

/** A letter to the council, filled from the carer's answers, to print or copy. */
export function LetterPage() {
  const { t } = useTranslation('app');
  const { id } = useParams();
  const { rules, session } = useApp();
  const heading = usePage(t(`letter.${id}Title`, { defaultValue: t('letter.heading') }));
  const [note, setNote] = useState<string>();
  const letter = useMemo(() => {
    if (!LETTERS.includes(id as Letter)) return undefined;
    const r = route(rules, session.answers);
    if (!r.complete) return undefined;
    const council = councils.find((c) => c.id === session.council)?.name ?? null;
    return letterFor(id as Letter, r.steps, council);
  }, [id, rules, session]);
  if (!letter) return <Navigate replace to={PATHS.result} />;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(letterPlainText(letter));
      setNote(t('letter.copied'));
    } catch {
      setNote(t('letter.copyFailed'));
    }
  };
  return (
    <>
      <AppLink className="back-link no-print" to={PATHS.result}>{t('letter.back')}</AppLink>
      <h1 tabIndex={-1} ref={heading} className="no-print">{t(`letter.${id}Title`)}</h1>
      <p className="no-print">{t('letter.lead')}</p>
      <div className="button-group no-print">
        <button type="button" className="button" onClick={() => window.print()}>{t('letter.print')}</button>
        <button type="button" className="button button--secondary" onClick={() => void copy()}>{t('letter.copy')}</button>
      </div>
      <p className="no-print" role="status">{note}</p>
      <article className="letter" lang="en" dir="ltr" aria-labelledby="letter-subject">
        <p className="letter__head">
          {letter.head.map((line, i) => (
            <span key={i}>
              {line}
              <br />
            </span>
          ))}
        </p>
        <h2 id="letter-subject" className="letter__subject">{letter.subject}</h2>
        {letter.paragraphs.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
        <p>{letter.answers[0]}</p>
        <ul className="list">
          {letter.answers.slice(1).map((a, i) => (
            <li key={i}>{a}</li>
          ))}
        </ul>
        <p>
          {letter.close[0]}
          <br />
          {letter.close[1]}
        </p>
      </article>
    </>
  );
}
