/** Letters a carer can send to the council, filled from her answers and what she types into the
 * letter page (kept in memory only: never storage, never the address). In English (councils read
 * English), from locales/en/letters.json. A box left empty keeps a clear blank in square brackets. */
import lettersEn from '../../locales/en/letters.json';
import questionsEn from '../../locales/en/questions.json';
import type { Answers, Letter } from '../rules/types.ts';

type Tree = { [k: string]: string | Tree };
const L = lettersEn as unknown as Tree;
const Q = questionsEn as unknown as Record<string, { title: string; answers: Record<string, string> }>;

function get(tree: Tree, key: string): string {
  let v: string | Tree = tree;
  for (const k of key.split('.')) v = typeof v === 'object' ? v[k]! : v;
  if (typeof v !== 'string') throw new Error(`locales/en/letters.json has no text at ${key}`);
  return v;
}
const fill = (s: string, vars: Record<string, string>) => s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => vars[k] ?? `{{${k}}}`);

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** What she can type into a letter. Nothing here is asked by the checker itself. */
export interface LetterDetails {
  yourName: string;
  yourAddress: string;
  childName: string;
  childDob: DateParts;
  movedIn: DateParts;
  whoAsked: string;
  whatSaid: string;
}

const noDate: DateParts = { day: '', month: '', year: '' };
export const NO_DETAILS: LetterDetails = { yourName: '', yourAddress: '', childName: '', childDob: noDate, movedIn: noDate, whoAsked: '', whatSaid: '' };

/** The boxes each letter asks for, in order. The looked-after letter carries the facts the courts
 * look at (Southwark v D; SA v Kent): when the child moved in, who asked her, what was said. */
export const LETTER_FIELDS: Record<Letter, (keyof LetterDetails)[]> = {
  lookedAfter: ['yourName', 'yourAddress', 'childName', 'childDob', 'movedIn', 'whoAsked', 'whatSaid'],
  sgoAssessment: ['yourName', 'yourAddress', 'childName', 'childDob'],
};
export const DATE_PARTS = ['day', 'month', 'year'] as const;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date she typed as day, month and year: 'empty', 'invalid' (not a real date, or a part
 * missing), or the date in English, '3 May 2018'. */
export function readDate(d: DateParts): { state: 'empty' } | { state: 'invalid' } | { state: 'ok'; text: string } {
  const parts = [d.day, d.month, d.year].map((x) => x.trim());
  if (parts.every((x) => x === '')) return { state: 'empty' };
  if (!parts.every((x) => /^\d+$/.test(x)) || parts[2]!.length !== 4) return { state: 'invalid' };
  const [day, month, year] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return { state: 'invalid' };
  return { state: 'ok', text: `${day} ${MONTHS[month - 1]} ${year}` };
}

export interface LetterText {
  /** Lines at the top: the carer's name and address, the date, who it is to. */
  head: string[];
  subject: string;
  paragraphs: string[];
  /** Her answers, as question: answer, in English (professional mode only; else empty). */
  answers: string[];
  close: string[];
}

/** The letter, from her route (answers in the order asked), her council, today's date (YYYY-MM-DD)
 * and what she typed. Her checker answers are listed only when `withAnswers` (professional mode). */
export function letterFor(
  letter: Letter,
  route: { question: string; answer: string }[],
  council: string | null,
  details: LetterDetails = NO_DETAILS,
  options: { today?: string; withAnswers?: boolean } = {},
): LetterText {
  const answers: Answers = Object.fromEntries(route.map((s) => [s.question, s.answer]));
  const typed = (v: string, blank: string) => v.trim() || get(L, `blank.${blank}`);
  const date = (d: DateParts, blank: string) => {
    const r = readDate(d);
    return r.state === 'ok' ? r.text : get(L, `blank.${blank}`);
  };
  const vars = {
    child: fill(get(L, 'child'), { name: typed(details.childName, 'childName'), born: date(details.childDob, 'childDob') }),
    council: council ?? get(L, 'blank.council'),
    relationship: answers.relationship ? get(L, `relationship.${answers.relationship}`) : '',
    movedIn: date(details.movedIn, 'movedIn'),
    whoAsked: typed(details.whoAsked, 'whoAsked'),
    whatSaid: typed(details.whatSaid, 'whatSaid'),
  };
  const p = (k: string) => fill(get(L, `${letter}.${k}`), vars).trim();
  const paragraphs =
    letter === 'lookedAfter'
      ? ['p1', 'moved', 'asked', 'p2', 'p3', 'p4', 'p5'].map(p)
      : [p('p1'), p('p2'), p(answers['looked-after-before'] === 'yes' ? 'p3LookedAfter' : 'p3Other'), p('p4')];
  const [y, m, d] = (options.today ?? '').split('-').map(Number);
  const today = options.today ? readDate({ day: String(d), month: String(m), year: String(y) }) : { state: 'empty' as const };
  const name = typed(details.yourName, 'yourName');
  return {
    head: [
      name,
      ...typed(details.yourAddress, 'yourAddress')
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean),
      today.state === 'ok' ? today.text : get(L, 'blank.date'),
      fill(get(L, 'to'), vars),
    ],
    subject: p('subject'),
    paragraphs: [get(L, 'greeting'), ...paragraphs],
    answers: options.withAnswers ? [get(L, 'answersIntro'), ...route.map((s) => `${Q[s.question]!.title} ${Q[s.question]!.answers[s.answer]}`)] : [],
    close: [get(L, 'signOff'), name],
  };
}

/** The letter as plain text, for copying into an email. */
export function letterPlainText(l: LetterText): string {
  const answers = l.answers.length ? [[l.answers[0], ...l.answers.slice(1).map((a) => `- ${a}`)].join('\n')] : [];
  return [l.head.join('\n'), l.subject, ...l.paragraphs, ...answers, l.close.join('\n')].join('\n\n');
}
