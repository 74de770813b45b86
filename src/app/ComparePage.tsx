import { useTranslation } from '../i18n/react.tsx';
import { usePage } from './usePage.ts';
import { PATHS } from './paths.ts';
import type { OptionOutcome } from '../engine/compare.ts';
import type { ItemResult } from '../engine/evaluate.ts';
import { FACTS, Sources, StatusBadge, WeeklyAmount } from './parts.tsx';
// The support items and routes come with the result pages (their own chunk).
import { seedTitles } from 'virtual:rules/support';
import { AppLink } from './AppLink.tsx';
import { ContactLine } from './actions.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { rules, useComparison } from './result.ts';

/** Compare your options: for this carer's own answers, what each legal route open to her would
 * change. Every difference is the engine's, run again under the route; nothing is written here. */

export function ComparePage() {
  const { t } = useTranslation(['app', 'options', 'support', 'arrangements', 'questions']);
  const heading = usePage(t('compare.title'));
  const comparison = useComparison();
  // No other route open to her (the result offers no link here): nothing to compare.
  if (!comparison) return <NotFoundPage />;
  const now = comparison.current;
  const references = rules.options.flatMap((o) => o.references);
  return (
    <>
      <AppLink className="back-link no-print" to={PATHS.result}>{t('compare.back')}</AppLink>
      <h1 tabIndex={-1} ref={heading}>{t('compare.title')}</h1>
      <p className="lead">{t('compare.lead')}</p>
      <div className="inset">
        <p><strong>{t('compare.notAdvice')}</strong></p>
        <p>{t('compare.adviceLine')}</p>
        <ContactLine id="family-rights-group" />
      </div>
      {comparison.options.map((o) => (
        <OptionCard key={o.id} outcome={o} />
      ))}
      <Sources references={references} seedTitles={seedTitles} title={t('compare.title')} label={t('compare.sources')} />
      <div className="button-group no-print">
        <button type="button" className="button" onClick={() => window.print()}>{t('compare.print')}</button>
      </div>
    </>
  );
}

function OptionCard({ outcome: o }: { outcome: OptionOutcome }) {
  const { t } = useTranslation(['app', 'options', 'support', 'arrangements', 'questions']);
  const r = o.result;
  const id = `option-${o.id}`;
  const items = r ? [...r.warnings, ...r.applies, ...r.mayApply] : [];
  // Money is shown in full for every route; other help by what changes: new, kept, stopped.
  const money = items.filter((i) => i.category === 'money');
  const other = items.filter((i) => i.category !== 'money');
  const gained = other.filter((i) => o.gained.includes(i.id));
  const kept = o.current ? other : other.filter((i) => !o.gained.includes(i.id));
  return (
    <section className={`option${o.current ? ' option--now' : ''}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="option__title">
        {t(`options:${o.id}.title`)}
      </h2>
      {o.adviceFirst && (
        <div className="option__warning">
          <p><strong>{t(`options:${o.id}.adviceFirst`)}</strong></p>
        </div>
      )}
      {!o.current && <h3>{t('compare.who')}</h3>}
      <p>{t(`options:${o.id}.who`)}</p>
      {o.needs && (
        <p>
          {t('compare.needs')} {t(`questions:${o.needs}.title`)}
        </p>
      )}
      {r && (
        <>
          <h3>{t('compare.means')}</h3>
          <dl className="summary-list">
            {!o.current && (
              <div className="summary-list__row">
                <dt className="summary-list__key">{t('compare.arrangement')}</dt>
                <dd className="summary-list__value">{t(`arrangements:${r.arrangement.id}.title`)}</dd>
              </div>
            )}
            {FACTS.map((f) => (
              <div className="summary-list__row" key={f}>
                <dt className="summary-list__key">{t(`result.facts.${f}`)}</dt>
                <dd className="summary-list__value">{t(`arrangements:facts.${f}.${r.arrangement.facts[f]}`)}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {o.gettingThere.length > 0 && (
        <>
          <h3>{t('compare.gettingThere')}</h3>
          <ItemList items={o.gettingThere} withTests />
        </>
      )}
      {r && (
        <>
          <h3>{t('compare.money')}</h3>
          {money.length ? <ItemList items={money} /> : <p>{t('compare.noMoney')}</p>}
        </>
      )}
      {r && !o.current && (
        <>
          <h3>{t('compare.gained')}</h3>
          {gained.length ? <ItemList items={gained} /> : <p>{t('compare.noneGained')}</p>}
          <h3>{t('compare.lost')}</h3>
          {o.lost.length ? (
            <ul className="list">
              {o.lost.map((x) => (
                <li key={x}>{t(`support:${x}.title`)}</li>
              ))}
            </ul>
          ) : (
            <p>{t('compare.noneLost')}</p>
          )}
        </>
      )}
      {r && kept.length > 0 && (
        <details className="details">
          <summary className="details__summary">
            {o.current ? t('compare.otherHelp') : t('compare.kept')}
            <span className="visually-hidden">: {t(`options:${o.id}.title`)}</span>
          </summary>
          <ItemList items={kept} />
        </details>
      )}
      {o.notAsked.length > 0 && (
        <div className="hint">
          <p>{t('compare.notAsked')}</p>
          <ul className="list">
            {o.notAsked.map((q) => (
              <li key={q}>{t(`questions:${q}.title`)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function ItemList({ items, withTests = false }: { items: ItemResult[]; withTests?: boolean }) {
  const { t } = useTranslation(['app', 'support']);
  return (
    <ul className="option__items">
      {items.map((i) => (
        <li key={i.id} className="option__item">
          <span className="option__item-title">{t(`support:${i.id}.title`)}</span>{' '}
          <WeeklyAmount item={i} />{' '}
          <span className="card__badges">
            <StatusBadge item={i} />
          </span>
          {i.fit === 'mayApply' && <span className="hint"> ({t('result.mayApply')})</span>}
          {withTests && i.tests.length > 0 && (
            <ul className="list option__tests">
              {i.tests.map((x) => (
                <li key={x}>{t(`test.${x}`)}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
