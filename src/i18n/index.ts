/** i18next set-up. Every word the carer reads comes from locales/<lang>/*.json.
 *
 * In the app, a language's files are loaded when it is first used (each is its own small JSON
 * file, precached by the service worker, so every language works offline once installed). Tests
 * pass resources in directly. */
import i18next, { type i18n, type Resource } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { LANGUAGES, SOURCE_LANGUAGE } from './languages.ts';
import { isolateLatinPostProcessor } from './bidi.ts';

export const NAMESPACES = ['app', 'questions', 'arrangements', 'predicates', 'support', 'options'] as const;

const BASE = {
  ns: [...NAMESPACES],
  defaultNS: 'app',
  interpolation: { escapeValue: false },
  returnNull: false,
  // Every locale has every English key (tests/i18n/locales.test.ts), so no language needs
  // another's words as a fallback, and none is downloaded for it.
  fallbackLng: false,
  load: 'languageOnly',
  // English runs in Urdu and Arabic text stay left to right (bidi.ts).
  postProcess: ['isolateLatin'],
} as const;

/** Keeps <html lang dir> in step with the language, for screen readers and right-to-left layout. */
export function followLanguage(instance: i18n, doc: Document): void {
  const apply = (lng: string) => {
    doc.documentElement.lang = lng;
    doc.documentElement.dir = LANGUAGES[lng]?.dir ?? 'ltr';
  };
  if (instance.language) apply(instance.language);
  instance.on('languageChanged', apply);
}

/** The words the first screens need; the rest (arrangements, support, ...) load with the pages
 * that use them (useTranslation suspends until they are there, src/i18n/react.tsx). */
export const FIRST_NAMESPACES = ['app', 'questions'] as const;

/** The app: loads locales on demand. Resolves once the first language's first words are ready. */
export async function initI18nLazy(lng: string, load: (lng: string, ns: string) => Promise<unknown>): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance
    .use(isolateLatinPostProcessor)
    .use(resourcesToBackend((l: string, ns: string) => load(l, ns)))
    .init({ ...BASE, ns: [...FIRST_NAMESPACES], lng, supportedLngs: Object.keys(LANGUAGES) });
  return instance;
}

/** Tests and tools: resources given, ready at once. */
export function initI18n(resources: Resource, lng = SOURCE_LANGUAGE): i18n {
  const instance = i18next.createInstance();
  void instance.use(isolateLatinPostProcessor).init({ ...BASE, lng, resources, initAsync: false });
  return instance;
}
