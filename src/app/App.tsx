import { useTranslation } from 'react-i18next';

export function App() {
  const { t } = useTranslation('app');
  return (
    <main id="main-content" className="page">
      <h1>{t('start.title')}</h1>
      <p>{t('start.lead')}</p>
      <p>{t('start.england')}</p>
    </main>
  );
}
