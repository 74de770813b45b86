import { useEffect, useMemo, useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useApp } from './context.tsx';
import { usePage } from './usePage.ts';
import { clearAll, position, replay, routeAnswers } from './session.ts';
import { PATHS, pathFor, type NavState } from './paths.ts';
import { evaluate, type ItemResult, type Result } from '../engine/evaluate.ts';
import { CATEGORIES, type Reference } from '../rules/types.ts';
import type { Finding } from '../engine/logic.ts';
import { amountRows, longDate, referenceText } from './format.ts';
import { summaryText } from './summary.ts';
import { Freshness } from './Freshness.tsx';

/** What an arrangement means, in the order shown. */
const FACTS = ['parentalResponsibility', 'lookedAfter', 'lasts'] as const;

export function ResultPage() {
  const { t, i18n } = useTranslation(['app', 'arrangements', 'support', 'predicates', 'questions']);
  const { rules, machine, session, today, stores } = useApp();
  const navigate = useNavigate();
  const heading = usePage(t('result.title'));
  const [shareNote, setShareNote] = useState<string | undefined>();
  // A printed summary shows every reason and source: open the folded sections before printing.
  useEffect(() => {
    const open = () => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', ''));
    window.addEventListener('beforeprint', open);
    return () => window.removeEventListener('beforeprint', open);
  }, []);
  const pos = position(replay(machine, session.answers, session.path));
  const result = useMemo(
    () => (pos.done ? (evaluate(rules, routeAnswers(session), { asOf: today, council: session.council ?? null }) as Result) : undefined),
    [pos.done, rules, session, today],
  );
  if (!pos.done || !result || session.council === undefined) return <Navigate replace to={pathFor(pos, session.council !== undefined)} />;
  const lng = i18n.language;
  const a = result.arrangement;

  const share = async () => {
    const text = summaryText(t, lng, result);
    try {
      if (navigator.share) {
        await navigator.share({ title: t('service'), text });
        return;
      }
      await navigator.clipboard.writeText(text);
      setShareNote(t('result.copied'));
    } catch (e) {
      if ((e as DOMException)?.name === 'AbortError') return;
      setShareNote(t('result.copyFailed'));
    }
  };
  // Clearing the session here would re-render this page without answers before the start page
  // shows; the start page clears it instead, and the saved copies go at once.
  const startAgain = () => {
    clearAll(stores);
    navigate(PATHS.start, { state: { startAgain: true } satisfies NavState });
  };
  const shown = [...result.applies, ...result.mayApply];
  return (
    <>
      <h1 tabIndex={-1} ref={heading}>{t('result.title')}</h1>
      <p className="hint">{t('result.asOf', { date: longDate(lng, result.asOf), checked: longDate(lng, result.rulesLastChecked) })}</p>
      <Freshness where="result" />

      <section className="panel" aria-labelledby="arrangement-heading">
        <h2 id="arrangement-heading" className="panel__caption">{t('result.arrangementHeading')}</h2>
        <p className="panel__title">{t(`arrangements:${a.id}.title`)}</p>
        <p>{t(`arrangements:${a.id}.summary`)}</p>
      </section>

      {a.kind !== 'outside-england' && a.kind !== 'not-kinship' && (
        <section aria-labelledby="facts-heading">
          <h2 id="facts-heading">{t('result.factsHeading')}</h2>
          <dl className="summary-list">
            {FACTS.map((f) => (
              <div className="summary-list__row" key={f}>
                <dt className="summary-list__key">{t(`result.facts.${f}`)}</dt>
                <dd className="summary-list__value">{t(`arrangements:facts.${f}.${a.facts[f]}`)}</dd>
              </div>
            ))}
          </dl>
          <Why t={t} findings={a.because} />
        </section>
      )}

      {result.notSure.length > 0 && (
        <div className="inset">
          <h2 className="heading-s">{t('result.notSureHeading')}</h2>
          <p>{t('result.notSureText')}</p>
        </div>
      )}

      {result.warnings.length > 0 && (
        <section aria-labelledby="warnings-heading">
          <h2 id="warnings-heading">{t('result.warningsHeading')}</h2>
          {result.warnings.map((item) => (
            <SupportCard key={item.id} item={item} warning />
          ))}
        </section>
      )}

      <section aria-labelledby="may-help-heading" className="may-help">
        <h2 id="may-help-heading">{t('result.mayHelpHeading')}</h2>
        <p className="no-print">{t('result.mayHelpLead')}</p>
        {CATEGORIES.map((c) => {
          const items = shown.filter((i) => i.category === c);
          if (items.length === 0) return null;
          return (
            <section key={c} aria-labelledby={`cat-${c}`}>
              <h3 id={`cat-${c}`}>{t(`category.${c}`)}</h3>
              {items.map((item) => (
                <SupportCard key={item.id} item={item} />
              ))}
            </section>
          );
        })}
      </section>

      {result.notApplicable.length > 0 && (
        <section aria-labelledby="not-for-you-heading" className="not-for-you">
          <h2 id="not-for-you-heading">{t('result.notForYouHeading')}</h2>
          <p className="no-print">{t('result.notForYouLead')}</p>
          <ul className="list not-for-you__list">
            {result.notApplicable.map((item) => (
              <li key={item.id}>
                <strong>{t(`support:${item.id}.title`)}</strong>
                <ul className="list list--reasons no-print">
                  {reasons(item.because).map((f, i) => (
                    <li key={i}>{t(`predicates:${f.predicate}.${f.value}`)}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="advice-heading">
        <h2 id="advice-heading">{t('result.adviceHeading')}</h2>
        <p>{t('result.adviceText')}</p>
      </section>

      <section className="print-only" aria-labelledby="answers-heading">
        <h2 id="answers-heading">{t('result.yourAnswers')}</h2>
        <dl className="summary-list">
          {result.route.map((s) => (
            <div className="summary-list__row" key={s.question}>
              <dt className="summary-list__key">{t(`questions:${s.question}.title`)}</dt>
              <dd className="summary-list__value">{t(`questions:${s.question}.answers.${s.answer}`)}</dd>
            </div>
          ))}
        </dl>
        <p>{t('result.printedOn', { date: longDate(lng, today) })}</p>
      </section>

      <div className="button-group no-print">
        <button type="button" className="button" onClick={() => window.print()}>{t('result.print')}</button>
        <button type="button" className="button button--secondary" onClick={() => void share()}>{t('result.share')}</button>
      </div>
      <p className="no-print" role="status">{shareNote}</p>
      <div className="no-print">
        <button type="button" className="button button--warning" onClick={startAgain} aria-describedby="start-again-hint">
          {t('result.startAgain')}
        </button>
        <p id="start-again-hint" className="hint">{t('result.startAgainHint')}</p>
      </div>
    </>
  );
}

/** The findings that decided a conclusion (the engine keeps only the decisive ones), once each. */
function reasons(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.predicate}.${f.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function Why({ t, findings }: { t: TFunction; findings: Finding[] }) {
  const list = reasons(findings);
  if (list.length === 0) return null;
  return (
    <details className="details no-print">
      <summary className="details__summary">{t('result.why')}</summary>
      <ul className="list">
        {list.map((f, i) => (
          <li key={i}>{t(`predicates:${f.predicate}.${f.value}`)}</li>
        ))}
      </ul>
    </details>
  );
}

function SupportCard({ item, warning = false }: { item: ItemResult; warning?: boolean }) {
  const { t, i18n } = useTranslation(['app', 'support', 'predicates']);
  const { seedTitles } = useApp();
  const lng = i18n.language;
  const may = item.fit === 'mayApply';
  const id = `item-${item.id}`;
  const unknowns = may ? reasons(item.because).filter((f) => f.value === 'unknown') : [];
  const yeses = reasons(item.because).filter((f) => f.value !== 'unknown');
  return (
    <article className={`card${warning ? ' card--warning' : ''}`} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className="card__title">{t(`support:${item.id}.title`)}</h4>
      <p className="card__badges">
        <span className={`badge badge--${item.status}`}>{t(`status.${item.status}`)}</span>
        {may && <span className="badge badge--may">{t('result.mayApply')}</span>}
      </p>
      <p className="card__summary">{t(`support:${item.id}.summary`)}</p>
      {item.notes.map((n) => (
        <p key={n} className="card__note">{t(`support:${item.id}.notes.${n}`)}</p>
      ))}
      {unknowns.length > 0 && (
        <>
          <p>{t('result.mayApplyBecause')}</p>
          <ul className="list">
            {unknowns.map((f, i) => (
              <li key={i}>{t(`predicates:${f.predicate}.yes`)}</li>
            ))}
          </ul>
        </>
      )}
      {item.amounts.map((a) => (
        <Amount key={a.id} itemId={item.id} a={a} lng={lng} />
      ))}
      <dl className="card__facts">
        <dt>{t('result.who')}</dt>
        <dd>{t(`provider.${item.provider}`)}</dd>
        {item.tests.length > 0 && (
          <>
            <dt>{t('result.tests')}</dt>
            {item.tests.map((x) => (
              <dd key={x}>{t(`test.${x}`)}</dd>
            ))}
          </>
        )}
        <dt>{t('result.whatNext')}</dt>
        <dd>{t(`support:${item.id}.next`)}</dd>
      </dl>
      {yeses.length > 0 && (
        <details className="details card__why">
          <summary className="details__summary">
            {t('result.why')}
            <span className="visually-hidden">: {t(`support:${item.id}.title`)}</span>
          </summary>
          <ul className="list">
            {yeses.map((f, i) => (
              <li key={i}>{t(`predicates:${f.predicate}.${f.value}`)}</li>
            ))}
          </ul>
        </details>
      )}
      <Sources references={item.references} seedTitles={seedTitles} title={t(`support:${item.id}.title`)} />
      <p className="hint card__checked">{t('result.lastChecked', { date: longDate(lng, item.lastChecked) })}</p>
    </article>
  );

}

function Amount({ itemId, a, lng }: { itemId: string; a: ItemResult['amounts'][number]; lng: string }) {
const { t } = useTranslation(['app', 'support']);
  const label = t(`support:${itemId}.amounts.${a.id}`);
  if (a.value === 'not-yet') return null;
  if (a.value === 'not-confirmed') {
    const last = a.lastConfirmed;
    return (
      <div className="amount">
        <p className="amount__label">{label}</p>
        <p>{t('result.notConfirmed')}</p>
        {last &&
          amountRows(t, lng, a, last.value).map((r, i) => (
            <p key={i}>
              {r.label && `${r.label}: `}
              {t('result.lastConfirmed', { amount: r.text, date: longDate(lng, last.from) })}
            </p>
          ))}
      </div>
    );
  }
  const rows = amountRows(t, lng, a, a.value);
  return (
    <div className="amount">
      <p className="amount__label">{label}</p>
      {rows.length === 1 && !rows[0]!.label ? (
        <p className="amount__value">
          {rows[0]!.text} <span className="hint">({t('result.from', { date: longDate(lng, a.from!) })})</span>
        </p>
      ) : (
        <table className="table">
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                <th scope="row">{r.label}</th>
                <td>{r.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** The site a source is on, for the printed summary (the full address is a link on screen). */
function hostOf(href: string): string {
  try {
    return new URL(href).hostname.replace(/^www\./, '');
  } catch {
    return href;
  }
}

function Sources({ references, seedTitles, title }: { references: Reference[]; seedTitles: Record<string, string>; title: string }) {
  const { t } = useTranslation('app');
  return (
    <details className="details details--sources">
      <summary className="details__summary">
        {t('result.sources')}
        <span className="visually-hidden">: {title}</span>
      </summary>
      <ul className="list sources">
        {references.map((r, i) => (
          <li key={i}>
            {'href' in r ? (
              // Source documents are in English: marked so, for screen readers in every language.
              <a href={r.href} rel="noreferrer noopener" target="_blank" lang="en" dir="ltr">
                {r.title}
              </a>
            ) : (
              <span>
                {referenceText(t, r, seedTitles)}
                <span className="source__quote">: <span lang="en" dir="ltr">{t('result.seedQuote', { quote: r.quote })}</span></span>
              </span>
            )}
            {'href' in r && <span className="print-only print-only--inline"> (<span lang="en" dir="ltr">{hostOf(r.href)}</span>)</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}
