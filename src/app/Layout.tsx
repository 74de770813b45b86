import { Suspense, useCallback, useEffect, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { useTranslation } from '../i18n/react.tsx';
import { useApp } from './context.tsx';
import { EXIT_URL, quickExit, watchShortcut } from '../exit/exit.ts';
import { forgetLanguage } from '../i18n/choose.ts';
import { JourneyLink, useInStep, useRestart, useRestoreNote } from './journey.tsx';
import { usePwa } from '../pwa/react.tsx';
import { Freshness } from './Freshness.tsx';
import { LanguageSwitcher, ReviewNotice } from './Languages.tsx';

export function Layout() {
  const { t } = useTranslation('app');
  const inStep = useInStep();
  const location = useLocation();
  const startAgain = useRestart();
  // See src/exit/exit.ts: blank at once, clear everything, replace this page, leave the charity's
  // page too when embedded.
  const leave = useCallback(() => {
    startAgain();
    quickExit(window, { leaving: t('exit.leaving'), stuck: t('exit.stuck') });
  }, [startAgain, t]);
  const [shortcutNote, setShortcutNote] = useState('');
  useEffect(
    () =>
      watchShortcut(
        window,
        () => ({ pressTwoMore: t('exit.pressTwoMore'), pressOneMore: t('exit.pressOneMore'), timedOut: t('exit.timedOut') }),
        setShortcutNote,
        leave,
      ),
    [t, leave],
  );
  return (
    <>
      <a className="skip-link" href="#main-content" onClick={(e) => { e.preventDefault(); document.getElementById('main-content')?.focus(); }}>
        {t('skipLink')}
      </a>
      {/* The header stays at the top of the screen as she scrolls (not at 200% zoom, where it
          would take the screen): 'Leave this page' is always one tap away. */}
      <header className="header">
        <div className="width header__row">
          <span className="header__service">{t('service')}</span>
          {/* A link, so it leaves even before the app has started; the app makes it also clear
              the answers and replace this page in the history. */}
          <a
            href={EXIT_URL}
            rel="noreferrer"
            className="button button--exit"
            onClick={(e) => {
              e.preventDefault();
              leave();
            }}
            aria-describedby="exit-hint"
          >
            {t('quickExit')}
          </a>
          <span id="exit-hint" className="visually-hidden">{t('quickExitHint')}</span>
          <span role="status" className="visually-hidden">{shortcutNote}</span>
        </div>
      </header>
      <LanguageSwitcher />
      <div className="width">
        <ProfessionalBar />
        <Banners />
        <main id="main-content" tabIndex={-1} className="main">
          <ErrorBoundary key={location.pathname} onStartAgain={startAgain}>
            <Suspense fallback={null}>
              {/* For a moment the address may name a page she has not reached: nothing shows
                  until it names where she is. */}
              {inStep && <Outlet />}
            </Suspense>
          </ErrorBoundary>
        </main>
        {/* Every page, in the language it is in: the row at the top offers the English. */}
        <ReviewNotice />
      </div>
      <footer className="footer">
        <div className="width">
          <Freshness where="footer" />
          <p>{t('privacy')}</p>
          <p>{t('notAdvice')}</p>
          <Install />
        </div>
      </footer>
    </>
  );
}

/** Calm, announced messages: a new version is waiting, the device is offline, saved answers were
 * unreadable or need a second look. The live regions are always there, so screen readers announce
 * what appears in them. */
function Banners() {
  const { t } = useTranslation('app');
  const { updateReady, offline, controlled, applyUpdate } = usePwa();
  const { professional } = useApp();
  const { note, dismissNote } = useRestoreNote();
  return (
    <>
      <div role="status" className="banner-region">
        {updateReady && (
          <div className="banner banner--update">
            <p>
              {/* In professional mode nothing is kept, so a reload starts the visit again (review H2). */}
              {t('offline.updateReady')} {professional ? t('offline.updateHintProfessional') : t('offline.updateHint')}
            </p>
            <button type="button" className="button button--secondary banner__button" onClick={applyUpdate}>
              {t('offline.reload')}
            </button>
          </div>
        )}
      </div>
      <div role="status" className="banner-region">
        {/* 'Still works without a signal' only when the service worker serves this page (review M5). */}
        {offline && <p className="banner banner--offline">{controlled ? t('offline.offline') : t('offline.offlineNotReady')}</p>}
      </div>
      <div role="status" className="banner-region">
        {note?.kind === 'corrupt' && <p className="banner">{t('restored.corrupt')}</p>}
        {note?.kind === 'rules-changed' && (
          <div className="banner">
            <p>{t('offline.recheck', { count: note.recheck.length })}</p>
            <ul className="list">
              {note.recheck.map((q) => (
                <li key={q}>
                  <JourneyLink event={{ type: 'answer.change', question: q }} onClick={dismissNote}>
                    {t(`questions:${q}.title`)}
                  </JourneyLink>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </>
  );
}

/** In professional mode: say so, and offer 'New visit' to clear everything for the next family. */
function ProfessionalBar() {
  const { t } = useTranslation('app');
  const { professional, stores } = useApp();
  const restart = useRestart();
  if (!professional) return null;
  return (
    <div className="banner banner--professional">
      <p>{t('professional.on')}</p>
      <button
        type="button"
        className="button button--secondary banner__button"
        aria-describedby="new-visit-hint"
        // Everything cleared at once, the language too; the journey goes back to the start page.
        onClick={() => {
          restart();
          forgetLanguage(stores.local);
        }}
      >
        {t('professional.newVisit')}
      </button>
      <p id="new-visit-hint" className="hint">{t('professional.newVisitHint')}</p>
    </div>
  );
}

/** Offered only when the browser says the app can be installed; one quiet button, no nagging. */
function Install() {
  const { t } = useTranslation('app');
  const { canInstall, install } = usePwa();
  if (!canInstall) return null;
  return (
    <p>
      <button type="button" className="button button--secondary" onClick={() => void install()} aria-describedby="install-hint">
        {t('offline.install')}
      </button>{' '}
      <span id="install-hint" className="hint">{t('offline.installHint')}</span>
    </p>
  );
}
