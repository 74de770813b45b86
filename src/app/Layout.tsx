import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApp } from './context.tsx';
import { STORAGE_KEY } from './session.ts';

/** Where 'Leave this page' goes: a neutral page. The carer's answers are cleared from this tab. */
export const EXIT_URL = 'https://www.bbc.co.uk/weather';

export function Layout() {
  const { t } = useTranslation('app');
  const { stores, session } = useApp();
  const leave = () => {
    try {
      stores.session?.removeItem(STORAGE_KEY);
      if (!session.remember) stores.local?.removeItem(STORAGE_KEY);
    } catch {
      /* storage blocked: nothing to clear */
    }
    window.location.replace(EXIT_URL);
  };
  return (
    <>
      <a className="skip-link" href="#main-content" onClick={(e) => { e.preventDefault(); document.getElementById('main-content')?.focus(); }}>
        {t('skipLink')}
      </a>
      <header className="header">
        <div className="width">
          <span className="header__service">{t('service')}</span>
          <button type="button" className="button button--exit" onClick={leave} aria-describedby="exit-hint">
            {t('quickExit')}
          </button>
          <span id="exit-hint" className="visually-hidden">{t('quickExitHint')}</span>
        </div>
      </header>
      <div className="width">
        <main id="main-content" tabIndex={-1} className="main">
          <Outlet />
        </main>
      </div>
      <footer className="footer">
        <div className="width">
          <p>{t('privacy')}</p>
          <p>{t('notAdvice')}</p>
        </div>
      </footer>
    </>
  );
}
