/** Which words the rules need in every language, and a check that a locale has them.
 * Rule words live in five namespaces: questions, arrangements, predicates, support, options; and
 * each provider's name in app (provider.<id>). */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleError } from './errors.ts';
import { FACT_VALUES, type Rules } from '../../src/rules/types.ts';

export const RULE_NAMESPACES = ['questions', 'arrangements', 'predicates', 'support', 'options', 'app'] as const;
export type RuleNamespace = (typeof RULE_NAMESPACES)[number];

type Tree = { [k: string]: string | Tree };
export type Locales = Record<string, Record<string, Tree>>;

export function readLocales(root: string): Locales {
  const out: Locales = {};
  const dir = join(root, 'locales');
  if (!existsSync(dir)) return out;
  for (const lang of readdirSync(dir)) {
    const ldir = join(dir, lang);
    if (!statSync(ldir).isDirectory()) continue;
    out[lang] = {};
    for (const f of readdirSync(ldir).filter((x) => x.endsWith('.json'))) {
      out[lang]![f.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(ldir, f), 'utf8')) as Tree;
    }
  }
  return out;
}

/** Keys each rule namespace must have, and keys it may have. */
export function ruleKeys(rules: Rules): Record<RuleNamespace, { required: string[]; optionalPrefixes: string[] }> {
  const q: string[] = [];
  const qOpt: string[] = [];
  for (const id of rules.questionOrder) {
    q.push(`${id}.title`);
    for (const a of rules.questions[id]!.answers) q.push(`${id}.answers.${a}`);
    qOpt.push(`${id}.hint`, `${id}.answerHints.`, `${id}.notSure`, `${id}.change`);
  }
  const arr: string[] = [];
  for (const a of rules.arrangements) arr.push(`${a.id}.title`, `${a.id}.summary`);
  for (const [fact, values] of Object.entries(FACT_VALUES)) for (const v of values) arr.push(`facts.${fact}.${v}`);
  const pred: string[] = [];
  for (const name of Object.keys(rules.predicates)) pred.push(`${name}.yes`, `${name}.no`);
  const sup: string[] = [];
  for (const s of rules.support) {
    sup.push(`${s.id}.title`, `${s.id}.summary`, `${s.id}.next`);
    for (const a of s.amounts) sup.push(`${s.id}.amounts.${a.id}`);
    for (const n of s.notes) sup.push(`${s.id}.notes.${n.id}`);
    if (s.step) sup.push(`${s.id}.step`);
  }
  const contactKeys = rules.contacts.flatMap((x) => [`contact.${x.id}.name`, ...(x.hours ? [`contact.${x.id}.hours`] : [])]);
  const opt: string[] = [];
  for (const o of rules.options) {
    opt.push(`${o.id}.title`, `${o.id}.who`);
    if (o.adviceFirstWhenLookedAfter.length) opt.push(`${o.id}.adviceFirst`);
  }
  return {
    // The app's own words are checked by the locale parity check; the rules need a provider's name.
    app: { required: [...rules.providers.map((x) => `provider.${x}`), ...contactKeys], optionalPrefixes: [''] },
    options: { required: opt, optionalPrefixes: [] },
    questions: { required: q, optionalPrefixes: qOpt },
    arrangements: { required: arr, optionalPrefixes: rules.arrangements.map((a) => `${a.id}.`).concat(['facts.']) },
    predicates: { required: pred, optionalPrefixes: [] },
    support: { required: sup, optionalPrefixes: [] },
  };
}

export function flatten(tree: Tree, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out[key] = v;
    else Object.assign(out, flatten(v, key));
  }
  return out;
}

/** Every key the rules need is present and not empty; no key is left over from a removed rule. */
export function checkLocaleKeys(rules: Rules, locales: Locales, lang: string): RuleError[] {
  const errors: RuleError[] = [];
  const keys = ruleKeys(rules);
  for (const ns of RULE_NAMESPACES) {
    const file = `locales/${lang}/${ns}.json`;
    const tree = locales[lang]?.[ns];
    if (!tree) {
      errors.push({ file, path: [], message: 'file is missing' });
      continue;
    }
    const flat = flatten(tree);
    for (const k of keys[ns].required) {
      if (flat[k] === undefined) errors.push({ file, path: k.split('.'), message: 'missing text' });
      else if (flat[k]!.trim() === '') errors.push({ file, path: k.split('.'), message: 'the text is empty' });
    }
    const required = new Set(keys[ns].required);
    for (const k of Object.keys(flat)) {
      if (required.has(k)) continue;
      if (keys[ns].optionalPrefixes.some((p) => k === p || k.startsWith(p))) continue;
      errors.push({ file, path: k.split('.'), message: 'no rule uses this text (was the rule renamed or removed?)' });
    }
  }
  return errors;
}
