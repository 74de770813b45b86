/** English, bundled: for tests and Node tools only. The app loads English on demand like any
 * other language (src/main.tsx). */
import app from '../../locales/en/app.json';
import questions from '../../locales/en/questions.json';
import arrangements from '../../locales/en/arrangements.json';
import predicates from '../../locales/en/predicates.json';
import support from '../../locales/en/support.json';
import options from '../../locales/en/options.json';

export function englishResources() {
  return { app, questions, arrangements, predicates, support, options };
}
