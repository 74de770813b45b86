/** Letters a carer can send to the council, filled from her answers and nothing else. In English
 * (councils read English), from locales/en/letters.json; her answers are listed in English too.
 * Blanks in square brackets are for her to fill by hand: her name, address, the child's name. */
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

export interface LetterText {
  /** Lines at the top: the carer's name and address, the date, who it is to. */
  head: string[];
  subject: string;
  paragraphs: string[];
  /** Her answers, as question: answer, in English. */
  answers: string[];
  close: string[];
}

/** The answers on her route, in the order asked. */
export function letterFor(letter: Letter, route: { question: string; answer: string }[], council: string | null): LetterText {
  const answers: Answers = Object.fromEntries(route.map((s) => [s.question, s.answer]));
  const vars = {
    child: get(L, 'blank.child'),
    council: council ?? get(L, 'blank.council'),
    relationship: answers.relationship ? get(L, `relationship.${answers.relationship}`) : '',
  };
  const p = (k: string) => fill(get(L, `${letter}.${k}`), vars).trim();
  const paragraphs =
    letter === 'lookedAfter'
      ? ['p1', 'p2', 'p3', 'p4', 'p5'].map(p)
      : [p('p1'), p('p2'), p(answers['looked-after-before'] === 'yes' ? 'p3LookedAfter' : 'p3Other'), p('p4')];
  return {
    head: [get(L, 'blank.yourName'), get(L, 'blank.yourAddress'), get(L, 'blank.date'), fill(get(L, 'to'), vars)],
    subject: p('subject'),
    paragraphs: [get(L, 'greeting'), ...paragraphs],
    answers: [get(L, 'answersIntro'), ...route.map((s) => `${Q[s.question]!.title} ${Q[s.question]!.answers[s.answer]}`)],
    close: [get(L, 'signOff'), get(L, 'blank.yourName')],
  };
}

/** The letter as plain text, for copying into an email. */
export function letterPlainText(l: LetterText): string {
  return [l.head.join('\n'), l.subject, ...l.paragraphs, [l.answers[0], ...l.answers.slice(1).map((a) => `- ${a}`)].join('\n'), l.close.join('\n')].join('\n\n');
}
