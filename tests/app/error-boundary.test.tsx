// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from '../../src/i18n/react.tsx';
import { ErrorBoundary } from '../../src/app/ErrorBoundary.tsx';
import { initI18n } from '../../src/i18n/index.ts';
import { englishResources } from '../../src/i18n/english.ts';
import en from '../../locales/en/app.json';

afterEach(cleanup);

describe('the error boundary: no blank screen', () => {
  it('says sorry, keeps the answers, and offers try again, start again and advice', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    sessionStorage.setItem('kinship-checker', '{"kept":true}');
    let fail = true;
    const Flaky = () => {
      if (fail) throw new Error('boom');
      return <p>working again</p>;
    };
    const startAgain = vi.fn();
    render(
      <I18nextProvider i18n={initI18n({ en: englishResources() })}>
        <ErrorBoundary onStartAgain={startAgain}>
          <Flaky />
        </ErrorBoundary>
      </I18nextProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain(en.crash.title);
    expect(screen.getByText(en.crash.kept)).toBeTruthy();
    expect(screen.getByText(en.crash.advice)).toBeTruthy();
    expect(sessionStorage.getItem('kinship-checker')).toBe('{"kept":true}');
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: en.crash.tryAgain }));
    expect(screen.getByText('working again')).toBeTruthy();
    fail = true;
    cleanup();
    render(
      <I18nextProvider i18n={initI18n({ en: englishResources() })}>
        <ErrorBoundary onStartAgain={startAgain}>
          <Flaky />
        </ErrorBoundary>
      </I18nextProvider>,
    );
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: en.crash.startAgain }));
    expect(startAgain).toHaveBeenCalledOnce();
    quiet.mockRestore();
  });
});
