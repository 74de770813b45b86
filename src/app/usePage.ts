/** Every page: sets the document title (with 'Error: ' when the page shows an error) and moves
 * focus to the main heading when the page changes, so a screen reader announces the new page once. */
import { useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/react.tsx';
import { useLocation } from 'react-router';

/** The first page the browser loads keeps the browser's own focus (so the skip link comes first);
 * every page after that, reached inside the app, moves focus to its heading. */
let firstPage = true;

/** The carer moved on from a page drawn at build time before the app started (she pressed Start):
 * the app's first page is then a new page to her, and its heading takes focus. */
export function firstPageIsNew(): void {
  firstPage = false;
}

export function usePage(heading: string, hasError = false) {
  const { t } = useTranslation('app');
  const ref = useRef<HTMLHeadingElement>(null);
  // A new page (not a new language: the switcher keeps focus where the carer is).
  const page = useLocation().key;
  useEffect(() => {
    document.title = `${hasError ? t('errorPrefix') : ''}${heading} - ${t('service')}`;
  }, [heading, hasError, t]);
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    ref.current?.focus({ preventScroll: false });
  }, [page]);
  return ref;
}
