/** English inside right-to-left text (Urdu, Arabic) stays the right way round.
 *
 * The translations keep the English legal term in brackets, "(Child Benefit)", so a carer can
 * match her court papers. In a right-to-left paragraph the brackets and the spaces around an
 * English run take the paragraph's direction: at the end of a line ")" jumps to the wrong side
 * and "(Child" / "Benefit)" break apart. Unicode's isolates fix this where it starts: each
 * Latin-script run (with its brackets) is put between LEFT-TO-RIGHT ISOLATE and POP DIRECTIONAL
 * ISOLATE, which is what <bdi dir="ltr"> does in HTML (a short bracketed term also keeps its
 * spaces from breaking, so it stays on one line), and works in every string the app shows
 * (text, labels, the page title, copied text) without any markup in locales or components.
 * i18next applies it to every translation in a right-to-left language (see index.ts). */
import type { PostProcessorModule, TOptions } from 'i18next';
import { LANGUAGES } from './languages.ts';

export const LRI = '\u2066';
export const PDI = '\u2069';

const ISOLATED = /(\u2066[^\u2069]*\u2069)/;
/** A bracketed group with a Latin letter in it, or a run of Latin words (a dot only inside a
 * word, as in GOV.UK, so a full stop after the run stays outside it). */
const LATIN = /\([^()\u2066-\u2069]*[A-Za-z][^()\u2066-\u2069]*\)|[A-Za-z\u00C0-\u024F](?:[A-Za-z\u00C0-\u024F0-9'’&/-]|\.(?=[A-Za-z0-9]))*(?: +[A-Za-z\u00C0-\u024F0-9](?:[A-Za-z\u00C0-\u024F0-9'’&/-]|\.(?=[A-Za-z0-9]))*)*/g;

/** A short bracketed term stays on one line: its spaces do not break (a long one may wrap). */
const SHORT_TERM = 32;
const keepTogether = (run: string) => (run.startsWith('(') && run.length <= SHORT_TERM ? run.replace(/ /g, '\u00a0') : run);

/** Each Latin-script run of `text` isolated left to right; runs already isolated are kept. */
export function isolateLatin(text: string): string {
  return text
    .split(ISOLATED)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(LATIN, (run) => `${LRI}${keepTogether(run)}${PDI}`)))
    .join('');
}

export function isRightToLeft(lng: string | undefined): boolean {
  return lng !== undefined && LANGUAGES[lng]?.dir === 'rtl';
}

/** The i18next post-processor: every translation in a right-to-left language, after its
 * {{values}} are put in (a council's English name is isolated too). */
export const isolateLatinPostProcessor: PostProcessorModule = {
  type: 'postProcessor',
  name: 'isolateLatin',
  process(value: string, _key: string | string[], options: TOptions, translator: { language?: string }) {
    const lng = typeof options?.lng === 'string' ? options.lng : translator?.language;
    return typeof value === 'string' && isRightToLeft(lng) ? isolateLatin(value) : value;
  },
};
