import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from '../i18n/react.tsx';
import { usePage } from './usePage.ts';
import { PATHS } from './paths.ts';
import type { Letter } from '../rules/types.ts';
import { letterFor, letterPlainText } from './letters.ts';
import { AppLink } from './AppLink.tsx';
import { useResult } from './result.ts';

/** A letter to the council, filled from the carer's answers, to print or copy. */
export function LetterPage() {
  const { t } = useTranslation('app');
  const { id } = useParams();
  const heading = usePage(t(`letter.${id}Title`, { defaultValue: t('letter.heading') }));
  const [note, setNote] = useState<string>();
  const result = useResult();
  // The journey lets her here only for a letter the rules have, once her result is reached.
  const letter = useMemo(() => result && letterFor(id as Letter, result.route, result.council?.name ?? null), [id, result]);
  if (!letter) return null;
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
