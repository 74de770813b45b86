import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePage } from './usePage.ts';
import { PATHS } from './paths.ts';

export function NotFoundPage() {
  const { t } = useTranslation('app');
  const heading = usePage(t('notFound.title'));
  return (
    <>
      <h1 tabIndex={-1} ref={heading}>{t('notFound.title')}</h1>
      <p><Link to={PATHS.start}>{t('notFound.text')}</Link></p>
    </>
  );
}
