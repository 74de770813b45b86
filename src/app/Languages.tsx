import { useRef } from 'react';
import { useTranslation } from '../i18n/react.tsx';
import { LANGUAGES, LANGUAGE_CODES, SOURCE_LANGUAGE } from '../i18n/languages.ts';
import { rememberLanguage } from '../i18n/choose.ts';
import { useApp } from './context.tsx';

/** Changes the language, and remembers the choice on the device (not in professional mode). */
function useChangeLanguage() {
  const { i18n } = useTranslation('app');
  const { stores, professional } = useApp();
  return (lng: string) => {
    if (lng === i18n.language) return;
    if (!professional) rememberLanguage(stores.local, lng);
    void i18n.changeLanguage(lng);
  };
}

/** One row: the language she reads now, which opens (a native <details>: no script needed, a
 * keyboard and a screen reader know it) a list of every language by its own name, in its own
 * script. Changing language keeps the page, the place in the interview and the answers: only the
 * words change. While a language is not yet reviewed, the row also offers the English. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation('app');
  const change = useChangeLanguage();
  const menu = useRef<HTMLDetailsElement>(null);
  const nowCode = LANGUAGES[i18n.language] ? i18n.language : SOURCE_LANGUAGE;
  const now = LANGUAGES[nowCode]!;
  const pick = (code: string) => {
    change(code);
    // The list closes; focus stays on the control, which now names her language.
    if (menu.current) menu.current.open = false;
    menu.current?.querySelector('summary')?.focus();
  };
  return (
    <nav className="languages" aria-label={t('language.label')}>
      <div className="width languages__row">
        <details className="languages__menu" ref={menu}>
          <summary className="languages__toggle">
            <svg className="languages__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
              <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="2" />
              <path d="M2 12h20M12 2c3 3 4 6.5 4 10s-1 7-4 10c-3-3-4-6.5-4-10s1-7 4-10z" fill="none" stroke="currentColor" strokeWidth="2" />
            </svg>
            <span className="languages__current" lang={nowCode} dir={now.dir}>
              {now.name}
            </span>
            <span className="visually-hidden">{t('language.change')}</span>
          </summary>
          <ul className="languages__list">
            {LANGUAGE_CODES.map((code) => (
              <li key={code}>
                <button
                  type="button"
                  className="languages__button"
                  lang={code}
                  dir={LANGUAGES[code]!.dir}
                  aria-current={code === i18n.language ? 'true' : undefined}
                  onClick={() => pick(code)}
                >
                  {LANGUAGES[code]!.name}
                </button>
              </li>
            ))}
          </ul>
        </details>
        {now.review === 'unreviewed' && (
          <button type="button" className="languages__english" onClick={() => change(SOURCE_LANGUAGE)}>
            {t('language.readInEnglish')}
          </button>
        )}
      </div>
    </nav>
  );
}

/** Until a qualified translator has checked a language, every page says so, in that language
 * (the language row above offers the English). */
export function ReviewNotice() {
  const { t, i18n } = useTranslation('app');
  const lang = LANGUAGES[i18n.language];
  if (!lang || lang.review !== 'unreviewed') return null;
  return <p className="review-notice">{t('language.unreviewed')}</p>;
}
