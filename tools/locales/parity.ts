/** Checks that a translation has exactly the English keys, the same {{variables}}, the plural
 * forms its language needs, no empty text, and the English legal term in brackets where a
 * title or answer names one. Pure: callers read the files. */

export type Tree = { [k: string]: string | Tree };
export interface LocaleProblem {
  file: string;
  key: string;
  message: string;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

export function flatten(tree: Tree, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out[key] = v;
    else if (v && typeof v === 'object') Object.assign(out, flatten(v, key));
    else out[key] = v as unknown as string;
  }
  return out;
}

export function variables(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]!))].sort();
}

/** Base key -> the plural categories present (empty set for a plain key). */
function groups(flat: Record<string, string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const key of Object.keys(flat)) {
    const m = PLURAL.exec(key);
    const base = m ? key.slice(0, -m[0].length) : key;
    if (!out.has(base)) out.set(base, new Set());
    if (m) out.get(base)!.add(m[1]!);
  }
  return out;
}

export function pluralCategories(lang: string): string[] {
  return [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();
}

/** Which legal terms an English text names, longest first so 'special guardianship order' wins
 * over 'special guardian'. */
export function termsIn(english: string, terms: string[]): string[] {
  let rest = english.toLowerCase();
  const found: string[] = [];
  for (const term of [...terms].sort((a, b) => b.length - a.length)) {
    // Whole words only: 'special guardianship allowance' does not name a 'special guardian'.
    const re = new RegExp(`(?<![a-z])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z])`, 'g');
    if (re.test(rest)) {
      found.push(term);
      rest = rest.replace(re, ' ');
    }
  }
  return found;
}

/** Keys where a legal term must keep its English in brackets: titles and answer labels, where
 * the term first appears on a page. */
export function isTermKey(ns: string, key: string): boolean {
  if (ns === 'questions') return /\.(title|answers\.[\w-]+)$/.test(key);
  if (ns === 'arrangements' || ns === 'support' || ns === 'options') return /^[\w-]+\.title$/.test(key);
  return false;
}

export function compareLocale(
  lang: string,
  en: Record<string, Tree>,
  other: Record<string, Tree | undefined>,
  terms: string[],
): LocaleProblem[] {
  const problems: LocaleProblem[] = [];
  const wanted = pluralCategories(lang);
  for (const [ns, enTree] of Object.entries(en)) {
    const file = `locales/${lang}/${ns}.json`;
    const tree = other[ns];
    if (!tree) {
      problems.push({ file, key: '', message: 'file is missing' });
      continue;
    }
    const ef = flatten(enTree);
    const of = flatten(tree);
    const eg = groups(ef);
    const og = groups(of);
    for (const [base, enCats] of eg) {
      const cats = og.get(base);
      if (!cats) {
        problems.push({ file, key: base, message: 'missing (English has it)' });
        continue;
      }
      if (enCats.size > 0) {
        const have = [...cats].sort();
        const missing = wanted.filter((c) => !cats.has(c));
        const extra = have.filter((c) => !wanted.includes(c));
        if (missing.length) problems.push({ file, key: base, message: `plural forms missing for ${lang}: ${missing.map((c) => `${base}_${c}`).join(', ')}` });
        if (extra.length) problems.push({ file, key: base, message: `plural forms ${lang} does not use: ${extra.map((c) => `${base}_${c}`).join(', ')}` });
      } else if (cats.size > 0) {
        problems.push({ file, key: base, message: 'has plural forms but English does not' });
      }
      const enVars = variables([...(enCats.size ? [...enCats].map((c) => ef[`${base}_${c}`]!) : [ef[base]!])].join(' '));
      const keys = cats.size ? [...cats].map((c) => `${base}_${c}`) : [base];
      for (const key of keys) {
        const text = of[key];
        if (typeof text !== 'string') {
          problems.push({ file, key, message: 'must be text' });
          continue;
        }
        if (text.trim() === '') problems.push({ file, key, message: 'the text is empty' });
        const vars = variables(text);
        // A plural form may leave out {{count}} (e.g. Welsh 'one' often does); other variables must match.
        const need = cats.size ? enVars.filter((v) => v !== 'count') : enVars;
        const missingVars = need.filter((v) => !vars.includes(v));
        const extraVars = vars.filter((v) => !enVars.includes(v));
        if (missingVars.length) problems.push({ file, key, message: `missing {{${missingVars.join('}}, {{')}}}` });
        if (extraVars.length) problems.push({ file, key, message: `unknown {{${extraVars.join('}}, {{')}}} (English has ${enVars.length ? `{{${enVars.join('}}, {{')}}}` : 'none'})` });
        if (lang !== 'en' && isTermKey(ns, base)) {
          for (const term of termsIn(ef[key] ?? ef[`${base}_other`] ?? '', terms)) {
            if (!text.toLowerCase().includes(`(${term})`)) problems.push({ file, key, message: `keep the English legal term in brackets: "(${term})"` });
          }
        }
      }
    }
    for (const base of og.keys()) if (!eg.has(base)) problems.push({ file, key: base, message: 'not in English: remove it or add it to English' });
  }
  return problems;
}
