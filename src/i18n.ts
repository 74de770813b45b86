/** i18next set-up. Every word the carer reads comes from locales/<lang>/*.json. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import app from '../locales/en/app.json';
import questions from '../locales/en/questions.json';
import arrangements from '../locales/en/arrangements.json';
import predicates from '../locales/en/predicates.json';
import support from '../locales/en/support.json';

export const NAMESPACES = ['app', 'questions', 'arrangements', 'predicates', 'support'] as const;

export function initI18n(lng = 'en') {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: 'en',
    ns: [...NAMESPACES],
    defaultNS: 'app',
    resources: { en: { app, questions, arrangements, predicates, support } },
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
