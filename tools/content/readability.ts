/** Reading age of carer-facing text: Flesch-Kincaid grade (US school grade) + 5 = UK reading age
 * in years. Counts come from the well-kept `syllable` package; sentences and words are split
 * simply (the texts are short, plain sentences). */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export interface Reading {
  text: string;
  sentences: number;
  words: number;
  grade: number;
  readingAge: number;
}

export function reading(text: string): Reading {
  const clean = text.replace(/\{\{[^}]+\}\}/g, 'it').replace(/[£€]?\d[\d,.]*/g, 'ten');
  const sentences = Math.max(1, clean.split(/[.!?]+(?:\s|$)/).filter((s) => /\w/.test(s)).length);
  const words = clean.match(/[A-Za-z\u00C0-\u024F'’-]+/g) ?? [];
  const syllables = words.reduce((n, w) => n + Math.max(1, syllable(w)), 0);
  const grade = words.length ? fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables }) : 0;
  return { text, sentences, words: words.length, grade, readingAge: grade + 5 };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
