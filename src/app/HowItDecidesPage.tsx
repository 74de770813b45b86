
import { useTranslation } from '../i18n/react.tsx';
import { usePage } from './usePage.ts';
import { PATHS } from './paths.ts';
// Made from rules/ by `npm run rules:diagram` (elkjs layout); a test keeps it in step with the rules.
import diagram from '../generated/rules-diagram.svg?raw';
import diagramUrl from '../generated/rules-diagram.svg?url';
import { AppLink } from './AppLink.tsx';

/** Every question and every outcome, as a flowchart: for policy staff and practitioners. */
export function HowItDecidesPage() {
  const { t } = useTranslation('app');
  const heading = usePage(t('howItDecides.title'));
  return (
    <>
      <AppLink className="back-link" to={PATHS.result}>{t('howItDecides.back')}</AppLink>
      <h1 tabIndex={-1} ref={heading}>{t('howItDecides.title')}</h1>
      <p className="lead">{t('howItDecides.lead')}</p>
      <p>
        <a href={diagramUrl} target="_blank" rel="noopener">{t('howItDecides.download')}</a>
      </p>
      {/* A wide chart scrolls inside its own box; the box takes keyboard focus so it can be
          scrolled without a mouse. The SVG is our own, made at build time from rules/. */}
      <div className="diagram" role="region" aria-label={t('howItDecides.title')} tabIndex={0} dangerouslySetInnerHTML={{ __html: diagram }} />
    </>
  );
}
