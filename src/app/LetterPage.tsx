import { useId, useMemo, useState, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from '../i18n/react.tsx';
import { useApp } from './context.tsx';
import { usePage } from './usePage.ts';
import { PATHS } from './paths.ts';
import type { Letter } from '../rules/types.ts';
import { DATE_PARTS, LETTER_FIELDS, NO_DETAILS, letterFor, letterPlainText, readDate, type DateParts, type LetterDetails } from './letters.ts';
import { AppLink } from './AppLink.tsx';
import { useResult } from './result.ts';

/** A letter to the council, filled from the carer's answers and what she types here, to print or
 * copy. What she types lives in this page's state only: never storage, never the address. */
export function LetterPage() {
  const { t } = useTranslation('app');
  const { id } = useParams();
  const { professional, today } = useApp();
  const heading = usePage(t(`letter.${id}Title`, { defaultValue: t('letter.heading') }));
  const [note, setNote] = useState<string>();
  const [details, setDetails] = useState<LetterDetails>(NO_DETAILS);
  const result = useResult();
  // The journey lets her here only for a letter the rules have, once her result is reached.
  const letter = useMemo(
    () => result && letterFor(id as Letter, result.route, result.council?.name ?? null, details, { today, withAnswers: professional }),
    [id, result, details, today, professional],
  );
  if (!letter) return null;
  const set = <K extends keyof LetterDetails>(k: K, v: LetterDetails[K]) => setDetails((d) => ({ ...d, [k]: v }));
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(letterPlainText(letter));
      setNote(t('letter.copied'));
    } catch {
      setNote(t('letter.copyFailed'));
    }
  };
  const fields = LETTER_FIELDS[id as Letter];
  const field = (k: keyof LetterDetails): ReactNode => {
    switch (k) {
      case 'childDob':
      case 'movedIn':
        return <DateInput key={k} name={k} value={details[k]} onChange={(v) => set(k, v)} />;
      case 'yourAddress':
      case 'whatSaid':
        return <TextField key={k} name={k} multiline value={details[k]} onChange={(v) => set(k, v)} autoComplete={k === 'yourAddress' ? 'street-address' : 'off'} />;
      default:
        return <TextField key={k} name={k} value={details[k]} onChange={(v) => set(k, v)} autoComplete={k === 'yourName' ? 'name' : 'off'} />;
    }
  };
  return (
    <>
      <AppLink className="back-link no-print" to={PATHS.result}>{t('letter.back')}</AppLink>
      <h1 tabIndex={-1} ref={heading} className="no-print">{t(`letter.${id}Title`)}</h1>
      <p className="no-print">{t('letter.lead')}</p>
      <form className="letter-form no-print" aria-labelledby="letter-form-title" onSubmit={(e) => e.preventDefault()}>
        <h2 id="letter-form-title">{t('letter.form.title')}</h2>
        <p className="hint">{t('letter.form.privacy')}</p>
        {fields.map(field)}
      </form>
      <h2 className="no-print">{t('letter.preview')}</h2>
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
        {letter.answers.length > 0 && (
          <>
            <p>{letter.answers[0]}</p>
            <ul className="list">
              {letter.answers.slice(1).map((a, i) => (
                <li key={i}>{a}</li>
              ))}
            </ul>
          </>
        )}
        <p>
          {letter.close[0]}
          <br />
          {letter.close[1]}
        </p>
      </article>
    </>
  );
}

/** A GOV.UK text input (or textarea) with its label and, where the locale has one, a hint. */
function TextField({
  name,
  value,
  onChange,
  multiline = false,
  autoComplete,
}: {
  name: keyof LetterDetails;
  value: string;
  onChange: (v: string) => void;
  multiline?: boolean;
  autoComplete: string;
}) {
  const { t, i18n } = useTranslation('app');
  const id = `letter-${name}`;
  const hintKey = `letter.form.${name}Hint`;
  const hint = i18n.exists(`app:${hintKey}`) ? t(hintKey) : null;
  const common = {
    id,
    name,
    value,
    autoComplete,
    spellCheck: false,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
  };
  return (
    <div className="form-group">
      <label className="label" htmlFor={id}>{t(`letter.form.${name}`)}</label>
      {hint && (
        <div id={`${id}-hint`} className="hint">{hint}</div>
      )}
      {multiline ? <textarea className="input textarea" rows={4} {...common} /> : <input className="input" type="text" {...common} />}
    </div>
  );
}

/** The GOV.UK date input: day, month and year boxes in a fieldset, with a hint; an error only
 * once all three are filled and they are not a real date. */
function DateInput({ name, value, onChange }: { name: 'childDob' | 'movedIn'; value: DateParts; onChange: (v: DateParts) => void }) {
  const { t } = useTranslation('app');
  const base = `letter-${name}`;
  const hintId = `${base}-hint`;
  const errorId = `${base}-error`;
  const filled = value.day.trim() && value.month.trim() && value.year.trim();
  const invalid = Boolean(filled) && readDate(value).state === 'invalid';
  const uid = useId();
  return (
    <div className={`form-group${invalid ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" role="group" aria-describedby={invalid ? `${hintId} ${errorId}` : hintId}>
        <legend className="fieldset__legend label">{t(`letter.form.${name}`)}</legend>
        <div id={hintId} className="hint">{t('letter.form.dateHint')}</div>
        {invalid && (
          <p id={errorId} className="error-message">
            <span className="visually-hidden">{t('errorPrefix')}</span>{t('letter.form.dateInvalid')}
          </p>
        )}
        <div className="date-input">
          {DATE_PARTS.map((part) => (
            <div key={part} className="date-input__item">
              <label className="label date-input__label" htmlFor={`${base}-${part}-${uid}`}>{t(`letter.form.${part}`)}</label>
              <input
                className={`input date-input__input date-input__input--${part}`}
                id={`${base}-${part}-${uid}`}
                name={`${name}-${part}`}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                maxLength={part === 'year' ? 4 : 2}
                value={value[part]}
                onChange={(e) => onChange({ ...value, [part]: e.target.value })}
              />
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
