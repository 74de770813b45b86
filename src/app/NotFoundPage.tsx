
import { useTranslation } from '../i18n/react.tsx';
import { usePage } from './usePage.ts';
import { PATHS } from './paths.ts';
import { AppLink } from './AppLink.tsx';

export function NotFoundPage() {
  const { t } = useTranslation('app');
  const heading = usePage(t('notFound.title'));
  return (
    <>
      <h1 tabIndex={-1} ref={heading}>{t('notFound.title')}</h1>
      <p><AppLink to={PATHS.start}>{t('notFound.text')}</AppLink></p>
    </>
  );
}
