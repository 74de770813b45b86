/** Which language to start in: a ?lang= in the address (an embedding charity's choice), else the
 * carer's earlier choice on this device, else the browser's languages, else English. */
import { isLanguage, pickLanguage } from './languages.ts';

export const LANGUAGE_KEY = 'kinship-checker-language';

type Get = Pick<Storage, 'getItem'> | null;

export function startLanguage(search: string, stored: Get, preferred: readonly string[]): string {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLanguage(fromUrl)) return fromUrl;
  let saved: string | null = null;
  try {
    saved = stored?.getItem(LANGUAGE_KEY) ?? null;
  } catch {
    saved = null;
  }
  if (isLanguage(saved)) return saved;
  return pickLanguage(preferred);
}

/** Remembers the carer's own choice (only a language code: nothing about her or the child). */
export function rememberLanguage(store: Pick<Storage, 'setItem'> | null, lng: string): void {
  try {
    store?.setItem(LANGUAGE_KEY, lng);
  } catch {
    /* storage blocked: the choice lasts for this visit */
  }
}

export function forgetLanguage(store: Pick<Storage, 'removeItem'> | null): void {
  try {
    store?.removeItem(LANGUAGE_KEY);
  } catch {
    /* nothing to forget */
  }
}
