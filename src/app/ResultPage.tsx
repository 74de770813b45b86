import { useEffect, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from '../i18n/react.tsx';
import type { TFunction } from 'i18next';
import { useApp } from './context.tsx';
import { usePage } from './usePage.ts';
import { PATHS } from './paths.ts';
import type { ItemResult, Result } from '../engine/evaluate.ts';
import { moneySummary, nextSteps, type MoneyLine, type MoneySummary } from '../engine/next-steps.ts';
import { ContactLine, OfficialLink, ReportProblem, Reminder, StepAction } from './actions.tsx';
import { CATEGORIES, type Reference } from '../rules/types.ts';
import type { Finding } from '../engine/logic.ts';
import { amountRows, longDate, money } from './format.ts';
import { summaryText } from './summary.ts';
import { Freshness } from './Freshness.tsx';
import { PrintSummary } from './PrintSummary.tsx';
import { FACTS, Sources, StatusBadge } from './parts.tsx';
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
  // A printed summary has every section: the folds open before printing (at once: the browser
  // lays the page out for print right after this event), and close again after.
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
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
  const steps = nextSteps(result);
  const cash = moneySummary(result);
  const groups = foldedGroups(result, steps);
  const council = result.council?.name ?? null;
  return (
    <>
      <h1 tabIndex={-1} ref={heading}>{t('result.title')}</h1>
      <Freshness where="result" />

      <section className="panel" aria-labelledby="arrangement-heading">
        <h2 id="arrangement-heading" className="panel__caption">{t('result.arrangementHeading')}</h2>
        <p className="panel__title">{t(`arrangements:${a.id}.title`)}</p>
        <p>{t(`arrangements:${a.id}.summary`)}</p>
      </section>

      {steps.length > 0 && (
        <section aria-labelledby="todo-heading" className="todo">
          <h2 id="todo-heading">{t('result.todoHeading')}</h2>
          <ol className="todo__list">
            {steps.map((item) => (
              <li key={item.id} className="todo__step">
                <p className="todo__text">{t(`support:${item.id}.step`)}</p>
                <div className="todo__action">
                  <StepAction item={item} />
                </div>
                <Reminder item={item} today={today} />
              </li>
            ))}
          </ol>
          {canCompare && (
            <p className="no-print">
              <AppLink to={PATHS.compare}>{t('compare.link')}</AppLink>
            </p>
          )}
        </section>
      )}

      {result.notSure.length > 0 && (
        <div className="inset">
          <h2 className="heading-s">{t('result.notSureHeading')}</h2>
          <p>{t('result.notSureText')}</p>
        </div>
      )}

      <div className="folds">
        <Money cash={cash} lng={lng} open={printing} />
        {a.kind !== 'outside-england' && a.kind !== 'not-kinship' && (
          <Fold id="facts" title={t('result.factsHeading')} open={printing}>
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
          </Fold>
        )}
        {groups.map((g) => (
          <Fold key={g.id} id={g.id} title={t(g.id === 'warnings' ? 'result.warningsHeading' : `category.${g.id}`)} count={g.items.length} open={printing}>
            {g.items.map((item) => (
              <SupportCard key={item.id} item={item} warning={g.id === 'warnings'} rulesVersion={result.rulesVersion} council={council} />
            ))}
          </Fold>
        ))}
        {result.notApplicable.length > 0 && (
          <Fold id="not-for-you" title={t('result.notForYouHeading')} count={result.notApplicable.length} open={printing} className="not-for-you">
            <p>{t('result.notForYouLead')}</p>
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
          </Fold>
        )}
      </div>

      {/* Print only: one line per item of support (src/app/PrintSummary.tsx; print CSS in styles.css). */}
      <PrintSummary result={result} today={today} />
      <section aria-labelledby="advice-heading">
        <h2 id="advice-heading">{t('result.adviceHeading')}</h2>
        <p>{t('result.adviceText')}</p>
        <ContactLine id="family-rights-group" />
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
        <p>{t('result.printedOn', { date: longDate(t, today) })}</p>
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
      <p className="hint">{t('result.asOf', { date: longDate(t, result.asOf), checked: longDate(t, result.rulesLastChecked), sources: longDate(t, result.rulesSourcesUpTo) })}</p>
    </>
  );
}

/** A folded section: a heading whose button opens it (the GOV.UK accordion pattern). Open when
 * printing, so the printed summary has every section. */
function Fold({
  id,
  title,
  count,
  extra,
  open: forced,
  className,
  children,
}: {
  id: string;
  title: string;
  count?: number;
  /** A short line after the title, seen without opening (the money a week). */
  extra?: string;
  open: boolean;
  className?: string;
  children: ReactNode;
}) {
  // A professional (a social worker on a visit) sees every section open: the legal basis without a click.
  const { professional } = useApp();
  const [open, setOpen] = useState(professional);
  const shown = open || forced;
  const body = `fold-${id}`;
  return (
    <section className={`fold${className ? ` ${className}` : ''}`} aria-labelledby={`${body}-heading`}>
      <h2 id={`${body}-heading`} className="fold__heading">
        <button type="button" className="fold__button" aria-expanded={shown} aria-controls={body} onClick={() => setOpen(!open)}>
          {title}
          {count !== undefined && (
            <>
              {' '}
              <span className="fold__count">({count})</span>
            </>
          )}
          {extra && (
            <>
              <span className="visually-hidden">: </span>
              <span className="fold__extra">{extra}</span>
            </>
          )}
        </button>
      </h2>
      <div id={body} className="fold__body" hidden={!shown}>
        {children}
      </div>
    </section>
  );
}

/** The support sections, most relevant first: the warnings, then each category in the order of
 * its most urgent step (categories with no step after, in the rules' order); inside each, items
 * with a step first, by urgency, then 'applies' before 'may apply'. */
function foldedGroups(result: Result, steps: ItemResult[]): { id: string; items: ItemResult[] }[] {
  const urgency = (i: ItemResult) => i.step?.urgency ?? 10;
  const byRelevance = (x: ItemResult, y: ItemResult) => urgency(x) - urgency(y) || Number(y.fit === 'applies') - Number(x.fit === 'applies');
  const shown = [...result.applies, ...result.mayApply];
  const groups: { id: string; items: ItemResult[]; first: number; order: number }[] = [];
  if (result.warnings.length > 0) groups.push({ id: 'warnings', items: result.warnings, first: 0, order: -1 });
  CATEGORIES.forEach((c, order) => {
    const items = shown.filter((i) => i.category === c).sort(byRelevance);
    if (items.length > 0) groups.push({ id: c, items, first: Math.min(...items.map(urgency)), order });
  });
  void steps;
  return groups.sort((x, y) => x.first - y.first || x.order - y.order);
}

/** Money she can read: what she can claim as of right, added up a week; what a council may pay,
 * apart; and what depends on her income. */
function Money({ cash, lng, open }: { cash: MoneySummary; lng: string; open: boolean }) {
  const { t } = useTranslation(['app', 'support']);
  if (cash.ofRight.length + cash.council.length + cash.mayAlso.length === 0) return null;
  const line = (l: MoneyLine) => (
    <li key={l.item}>
      {t(`support:${l.item}.title`)}:{' '}
      <strong>
        {l.weekly !== undefined
          ? t('money.aWeek', { amount: money(lng, roundPence(l.weekly)) })
          : l.range
            ? t('money.rangeAWeek', { from: money(lng, roundPence(l.range[0])), to: money(lng, roundPence(l.range[1])) })
            : t('money.seeBelow')}
      </strong>
      {l.lastYear && ` ${t('money.lastYear')}`}
    </li>
  );
  const total = cash.ofRightTotal !== undefined ? t('money.headlineTotal', { amount: money(lng, roundPence(cash.ofRightTotal)) }) : undefined;
  return (
    <Fold id="money-summary" title={t('money.heading')} extra={total} open={open} className="money">
      <p className="no-print benefits-check-link">
        <AppLink to={PATHS.benefitsCheck}>{t('benefitsCheck.link')}</AppLink>
      </p>
      {cash.ofRight.length > 0 && (
        <>
          <p>
            {cash.ofRightTotal !== undefined ? t('money.ofRightTotal', { amount: money(lng, roundPence(cash.ofRightTotal)) }) : t('money.ofRight')}
          </p>
          <ul className="list">{cash.ofRight.map(line)}</ul>
        </>
      )}
      {cash.council.length > 0 && (
        <>
          <p>{t('money.council')}</p>
          <ul className="list">{cash.council.map(line)}</ul>
        </>
      )}
      {cash.mayAlso.length > 0 && (
        <>
          <p>{t('money.mayAlso')}</p>
          <ul className="list">{cash.mayAlso.map(line)}</ul>
        </>
      )}
    </Fold>
  );
}

const roundPence = (n: number) => Math.round(n * 100) / 100;

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

function SupportCard({ item, warning = false, rulesVersion, council }: { item: ItemResult; warning?: boolean; rulesVersion: number; council: string | null }) {
  const { t, i18n } = useTranslation(['app', 'support', 'predicates']);
  const { professional } = useApp();
  const lng = i18n.language;
  const may = item.fit === 'mayApply';
  const id = `item-${item.id}`;
  const unknowns = may ? reasons(item.because).filter((f) => f.value === 'unknown') : [];
  const yeses = reasons(item.because).filter((f) => f.value !== 'unknown');
  return (
    <article className={`card${warning ? ' card--warning' : ''}`} aria-labelledby={`${id}-title`} id={id}>
      <h3 id={`${id}-title`} className="card__title">{t(`support:${item.id}.title`)}</h3>
      <p className="card__badges">
        <StatusBadge item={item} />
      </p>
      {may && <p className="card__may">{t('result.mayApplyText')}</p>}
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
        <dd>
          <p>{t(`support:${item.id}.next`)}</p>
          {item.contacts.map((c) => (
            <ContactLine key={c} id={c} />
          ))}
          {item.link && (
            <p>
              <OfficialLink link={item.link} />
            </p>
          )}
        </dd>
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
      <p className="hint card__checked">{t('result.lastChecked', { date: longDate(t, item.lastChecked) })}</p>
      <ReportProblem item={item.id} rulesVersion={rulesVersion} lng={lng} council={council} />
    </article>
  );
}

/** An amount: one figure for her where her region and the child's age are known, else a table.
 * A figure not yet confirmed for this year shows last year's, folded, with its date. */
function Amount({ itemId, a, lng }: { itemId: string; a: ItemResult['amounts'][number]; lng: string }) {
  const { t } = useTranslation(['app', 'support']);
  const label = t(`support:${itemId}.amounts.${a.id}`);
  if (a.value === 'not-yet') return null;
  if (a.value === 'not-confirmed') {
    const last = a.lastConfirmed;
    if (!last) return null;
    return (
      <details className="details amount">
        <summary className="details__summary">
          {label}: {t('result.lastYearFigure')}
        </summary>
        {amountRows(t, lng, a, last.value).map((r, i) => (
          <p key={i}>
            {r.label && `${r.label}: `}
            {t('result.lastConfirmed', { amount: r.text, date: longDate(t, last.from) })}
          </p>
        ))}
      </details>
    );
  }
  const rows = amountRows(t, lng, a, a.value);
  return (
    <div className="amount">
      <p className="amount__label">{label}</p>
      {rows.length === 1 && !rows[0]!.label ? (
        <p className="amount__value">
          {rows[0]!.text} <span className="hint">({t('result.from', { date: longDate(t, a.from!) })})</span>
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
