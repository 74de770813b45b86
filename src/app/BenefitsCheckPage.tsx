import { useTranslation } from '../i18n/react.tsx';
import { usePage } from './usePage.ts';
import { JourneyLink } from './journey.tsx';
import { useResult } from './result.ts';

/** A hand-off to a full benefits check (issue 17): what to tell a benefits calculator or an adviser
 * for her arrangement, with links. The checker stays an information tool, not a calculator. Reads
 * the result the way the case note does; printable, offline (its own precached chunk), every
 * language. Words in locales/<lang>/app.json benefitsCheck.*. */

/** Where to check. Addresses, not words: the link texts are in the locales. */
const WHERE = [
  { id: 'turn2us', href: 'https://benefits-calculator.turn2us.org.uk/' },
  { id: 'entitledto', href: 'https://www.entitledto.co.uk/' },
  { id: 'citizensAdvice', href: 'https://www.citizensadvice.org.uk/benefits/' },
  { id: 'govuk', href: 'https://www.gov.uk/benefits-calculators' },
] as const;

/** Which council or court allowance she may get, by arrangement: Universal Credit does not count
 * any of them as income (UC Regs 2013 reg 66 lists what counts; none of these is on it). */
const ALLOWANCE: Record<string, string> = {
  'kinship-foster-care': 'fostering',
  'looked-after-not-approved': 'fostering',
  'council-arranged-check': 'fostering',
  'special-guardianship': 'sgo',
  'child-arrangements-order': 'cao',
  'kinship-adoption': 'adoption',
  'placed-for-adoption': 'adoption',
};

export function BenefitsCheckPage() {
  const { t } = useTranslation(['app', 'arrangements', 'support']);
  const heading = usePage(t('benefitsCheck.title'));
  // The journey lets her here only with a finished route.
  const result = useResult();
  if (!result) return null;
  const a = result.arrangement;
  const looked = a.facts.lookedAfter === 'yes' ? 'fosterChild' : a.facts.lookedAfter === 'maybe' ? 'maybeLookedAfter' : 'countChild';
  const ignored = ['childBenefit', 'dla', ALLOWANCE[a.id] ?? 'council'];
  const include = looked === 'fosterChild' ? ['housing'] : ['childElement', 'disabled', 'carer', 'childcare', 'housing'];
  const money = [...result.warnings, ...result.applies, ...result.mayApply].filter((i) => i.category === 'money');
  return (
    <div className="benefits-check">
      <JourneyLink className="back-link no-print" event={{ type: 'nav.back' }}>
        {t('letter.back')}
      </JourneyLink>
      <h1 tabIndex={-1} ref={heading}>{t('benefitsCheck.title')}</h1>
      <div className="inset">
        <p>{t('benefitsCheck.notCalculator')}</p>
      </div>
      <p>
        {t('benefitsCheck.yourArrangement')} <strong>{t(`arrangements:${a.id}.title`)}</strong>
      </p>

      <h2>{t('benefitsCheck.tellHeading')}</h2>
      <ul className="list list--bullet">
        <li>{t('benefitsCheck.responsible')}</li>
        <li>{t(`benefitsCheck.${looked}`)}</li>
        <li>{t('benefitsCheck.kinshipCarer')}</li>
      </ul>

      <h2>{t('benefitsCheck.ignoredHeading')}</h2>
      <ul className="list list--bullet">
        {ignored.map((k) => (
          <li key={k}>{t(`benefitsCheck.ignored.${k}`)}</li>
        ))}
      </ul>
      <p className="hint">{t('benefitsCheck.ignoredOther')}</p>

      <h2>{t('benefitsCheck.includeHeading')}</h2>
      <ul className="list list--bullet">
        {include.map((k) => (
          <li key={k}>{t(`benefitsCheck.include.${k}`)}</li>
        ))}
      </ul>

      {money.length > 0 && (
        <>
          <h2>{t('benefitsCheck.foundHeading')}</h2>
          <ul className="list list--bullet">
            {money.map((i) => (
              <li key={i.id}>
                {t(`support:${i.id}.title`)}
                {i.fit === 'mayApply' ? ` (${t('result.mayApply')})` : ''}
              </li>
            ))}
          </ul>
        </>
      )}

      <h2>{t('benefitsCheck.whereHeading')}</h2>
      <ul className="list list--bullet benefits-check__where">
        {WHERE.map((w) => (
          <li key={w.id}>
            <a href={w.href} rel="noreferrer noopener" target="_blank">{t(`benefitsCheck.where.${w.id}`)}</a>
            <span className="print-only" lang="en" dir="ltr">{w.href}</span>
          </li>
        ))}
      </ul>
      <p className="hint">{t('benefitsCheck.offline')}</p>
      <div className="button-group no-print">
        <button type="button" className="button" onClick={() => window.print()}>{t('benefitsCheck.print')}</button>
      </div>
    </div>
  );
}
