/** The checker's languages, from locales/languages.json (data, not code). */
import data from '../../locales/languages.json';

export interface Language {
  name: string;
  dir: 'ltr' | 'rtl';
  /** Locale for Intl (numbers, money, dates). */
  intl: string;
  review: 'source' | 'unreviewed' | 'reviewed';
  draftedBy?: string;
  reviewedBy?: string;
  reviewedOn?: string;
}

export const LANGUAGES = data.languages as Record<string, Language>;
export const LANGUAGE_CODES = Object.keys(LANGUAGES);
export const SOURCE_LANGUAGE = 'en';

export function isLanguage(code: unknown): code is string {
  return typeof code === 'string' && Object.hasOwn(LANGUAGES, code);
}

/** The first of the browser's languages we have ('pl-PL' -> 'pl'), else English. */
export function pickLanguage(preferred: readonly string[]): string {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0]!;
    if (isLanguage(base)) return base;
  }
  return SOURCE_LANGUAGE;
}

export function intlLocale(lng: string): string {
  return LANGUAGES[lng]?.intl ?? 'en-GB';
}
