import { useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/react.tsx';

/** GOV.UK error summary: takes focus when it appears and links to the field with the problem. */
export function ErrorSummary({ message, href }: { message: string; href: string }) {
  const { t } = useTranslation('app');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [message]);
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">{t('errorSummaryTitle')}</h2>
      <ul className="error-summary__list">
        <li>
          <a
            href={href}
            onClick={(e) => {
              e.preventDefault();
              document.querySelector<HTMLElement>(href)?.focus();
            }}
          >
            {message}
          </a>
        </li>
      </ul>
    </div>
  );
}
