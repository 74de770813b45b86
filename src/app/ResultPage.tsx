import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/react.tsx';
import type { TFunction } from 'i18next';
import { useApp } from './context.tsx';
import { usePage } from './usePage.ts';
import { PATHS } from './paths.ts';
import type { ItemResult } from '../engine/evaluate.ts';
import { CATEGORIES, type Reference } from '../rules/types.ts';
import type { Finding } from '../engine/logic.ts';
import { amountRows, longDate, referenceText } from './format.ts';
import { summaryText } from './summary.ts';
import { Freshness } from './Freshness.tsx';
import { PrintSummary } from './PrintSummary.tsx';
import { FACTS, Sources, StatusBadges } from './parts.tsx';
// The support items come with this page (its own chunk), not with the interview.
import { seedTitles } from 'virtual:rules/support';
import { AppLink } from './AppLink.tsx';
import { useRestart } from './journey.tsx';
import { useComparison, useResult } from './result.ts';

export function ResultPage() {
  const { t, i18n } = useTranslation(['app', 'arrangements', 'support', 'predicates', 'questions']);
  const { today, professional } = useApp();
  const heading = usePage(t('result.title'));
  const [shareNote, setShareNote] = useState<string | undefined>();
  // A printed summary shows every reason and source: open the folded sections before printing.
  useEffect(() => {
    const open = () => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', ''));
    window.addEventListener('beforeprint', open);
    return () => window.removeEventListener('beforeprint', open);
  }, []);
  const result = useResult();
  const canCompare = useComparison() !== undefined;
  const startAgain = useRestart();
  if (!result) return null;
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
  const shown = [...result.applies, ...result.mayApply];
  return (
    <>
      <h1 tabIndex={-1} ref={heading}>{t('result.title')}</h1>
      <p className="hint">{t('result.asOf', { date: longDate(lng, result.asOf), checked: longDate(lng, result.rulesLastChecked), sources: longDate(lng, result.rulesSourcesUpTo) })}</p>
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
          {professional && (
            <Sources references={a.references} seedTitles={seedTitles} title={t(`arrangements:${a.id}.title`)} label={t('professional.legalBasis')} open />
          )}
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
                {item.notes.map((n) => (
                  <p key={n} className="card__note">{t(`support:${item.id}.notes.${n}`)}</p>
                ))}
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

      {canCompare && (
        <section className="compare-link no-print" aria-labelledby="compare-heading">
          <h2 id="compare-heading">{t('compare.link')}</h2>
          <p>{t('compare.linkHint')}</p>
          <AppLink className="button button--secondary" to={PATHS.compare}>{t('compare.link')}</AppLink>
        </section>
      )}

      {/* Print only: one line per item of support (src/app/PrintSummary.tsx; print CSS in styles.css). */}
      <PrintSummary result={result} today={today} />
      <section aria-labelledby="advice-heading">
        <h2 id="advice-heading">{t('result.adviceHeading')}</h2>
        <p>{t('result.adviceText')}</p>
      </section>

      <p className="no-print">
        <AppLink to={PATHS.howItDecides}>{t('howItDecides.link')}</AppLink>
      </p>
      {professional && (
        <p className="no-print">
          <AppLink to={PATHS.caseNote}>{t('professional.caseNote')}</AppLink>
        </p>
      )}

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
  const { professional } = useApp();
  const lng = i18n.language;
  const may = item.fit === 'mayApply';
  const id = `item-${item.id}`;
  const unknowns = may ? reasons(item.because).filter((f) => f.value === 'unknown') : [];
  const yeses = reasons(item.because).filter((f) => f.value !== 'unknown');
  return (
    <article className={`card${warning ? ' card--warning' : ''}`} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className="card__title">{t(`support:${item.id}.title`)}</h4>
      <p className="card__badges">
        <StatusBadges item={item} />
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
      {item.letter && (
        <p className="no-print">
          <AppLink to={PATHS.letter(item.letter)}>{t(`letter.${item.letter}Title`)}</AppLink>
        </p>
      )}
      <Sources
        references={item.references}
        seedTitles={seedTitles}
        title={t(`support:${item.id}.title`)}
        label={professional ? t('professional.legalBasis') : undefined}
        open={professional}
      />
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

