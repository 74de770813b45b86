import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Translation, WordsNotLoaded } from '../i18n/react.tsx';

interface Props {
  children: ReactNode;
  /** Clears the answers and goes to the start (the carer's choice, never automatic). */
  onStartAgain: () => void;
}

/** Instead of a blank screen: say sorry, keep the answers (they are in the tab's storage and
 * untouched here), and offer 'try again', 'start again' and free advice. */
export class ErrorBoundary extends Component<Props, { failed: boolean; words: boolean }> {
  override state = { failed: false, words: false };

  static getDerivedStateFromError(error: unknown) {
    // The page's words could not be loaded (no signal, and not on the device): say so, rather than
    // show the keys that stand for them.
    return { failed: true, words: error instanceof WordsNotLoaded };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Only to this device's console: nothing is ever sent anywhere.
    console.error('The checker hit a problem:', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Translation ns="app">
        {(t, { i18n }) => (
          <div role="alert" className="crash">
            <h1 tabIndex={-1}>{t('crash.title')}</h1>
            {this.state.words && <p>{t('crash.notLoaded')}</p>}
            <p>{t('crash.kept')}</p>
            <div className="button-group">
              <button
                type="button"
                className="button"
                onClick={() => {
                  // Words that failed to load are asked for again.
                  if (this.state.words) void i18n.reloadResources(i18n.language).finally(() => this.setState({ failed: false, words: false }));
                  else this.setState({ failed: false });
                }}
              >
                {t('crash.tryAgain')}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  this.setState({ failed: false });
                  this.props.onStartAgain();
                }}
              >
                {t('crash.startAgain')}
              </button>
            </div>
            <p>{t('crash.advice')}</p>
          </div>
        )}
      </Translation>
    );
  }
}
