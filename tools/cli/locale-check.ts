/** npm run locales:check [lang...]: compares each translation with English and lists problems. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { compareLocale, type Tree } from '../locales/parity.ts';

const root = join(import.meta.dirname, '..', '..');
const read = (p: string) => JSON.parse(readFileSync(join(root, p), 'utf8'));
const languages = Object.keys(read('locales/languages.json').languages as Record<string, unknown>);
const terms = read('locales/legal-terms.json').terms as string[];
const englishOnly = Object.keys(read('locales/languages.json').englishOnly ?? {});
const ns = readdirSync(join(root, 'locales/en'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .filter((n) => !englishOnly.includes(n));
const load = (lang: string) => Object.fromEntries(ns.map((n) => [n, existsSync(join(root, 'locales', lang, `${n}.json`)) ? (read(`locales/${lang}/${n}.json`) as Tree) : undefined]));
const en = load('en') as Record<string, Tree>;
const wanted = process.argv.slice(2);
let bad = 0;
for (const lang of wanted.length ? wanted : languages.filter((l) => l !== 'en')) {
  const problems = compareLocale(lang, en, load(lang), terms);
  for (const p of problems) console.error(`${p.file}: ${p.key || '(file)'}: ${p.message}`);
  console.log(`${lang}: ${problems.length ? `${problems.length} problem(s)` : 'ok'}`);
  bad += problems.length;
}
process.exit(bad ? 1 : 0);
