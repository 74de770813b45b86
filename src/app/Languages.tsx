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

/** Every language by its own name, in its own script. Changing language keeps the page, the
 * place in the interview and the answers: only the words change. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation('app');
  const change = useChangeLanguage();
  return (
    <nav className="languages" aria-label={t('language.label')}>
      <div className="width">
        <ul className="languages__list">
          {LANGUAGE_CODES.map((code) => (
            <li key={code}>
              <button
                type="button"
                className="languages__button"
                lang={code}
                dir={LANGUAGES[code]!.dir}
                aria-current={code === i18n.language ? 'true' : undefined}
                onClick={() => change(code)}
              >
                {LANGUAGES[code]!.name}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}

/** Until a qualified translator has checked a language, the page says so, in that language,
 * and offers the English. */
export function ReviewNotice() {
  const { t, i18n } = useTranslation('app');
  const change = useChangeLanguage();
  const lang = LANGUAGES[i18n.language];
  if (!lang || lang.review !== 'unreviewed') return null;
  return (
    <div className="banner banner--translation">
      <p>{t('language.unreviewed')}</p>
      <button
        type="button"
        className="button button--secondary banner__button"
        onClick={() => change(SOURCE_LANGUAGE)}
      >
        {t('language.readInEnglish')}
      </button>
    </div>
  );
}
