/** Finding a council from what a person typed: the council page and the CLI's --council.
 *
 * Never a silent wrong match. A council is found when what she typed is its GSS code or its name
 * (exactly, or after the normalising below), or a name in rules/council-aliases.yaml that means
 * that council alone. A name that means several councils ("Cumbria", "London") asks which; a near
 * miss ("Darlingtn", "Southend") offers a few councils to choose from ("Did you mean"); anything
 * else finds nothing. */
import type { Council, CouncilAlias } from '../rules/types.ts';

export type CouncilMatch<C> =
  | { kind: 'found'; council: C }
  /** `near`: false when the name means all of these councils (ask which), true when these are
   * guesses at a mistyped or shortened name (did you mean). */
  | { kind: 'choose'; councils: C[]; near: boolean }
  | { kind: 'none' };

/** Words that name a kind of council rather than which one. */
const PHRASES = /\b(?:london borough of|royal borough of|metropolitan borough of|borough of|city of|county of|council of)\b/g;
const WORDS = new Set(['the', 'council', 'city', 'county', 'borough', 'metropolitan', 'royal', 'district', 'unitary', 'authority', 'mbc']);

/** "Birmingham City Council" -> "birmingham", "St. Helens" -> "saint helens", "Brighton & Hove"
 * -> "brighton and hove", "London Borough of Lambeth" -> "lambeth", "Bristol, City of" ->
 * "bristol". "London" alone stays "london". */
export function normaliseCouncilName(typed: string): string {
  let s = typed
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  s = s.replace(PHRASES, ' ');
  let words = s.split(' ').filter((w) => w && !WORDS.has(w));
  words = words.map((w) => (w === 'st' ? 'saint' : w));
  // "Lambeth London Borough Council": the borough, not London.
  if (words.length > 1 && words.at(-1) === 'london') words = words.slice(0, -1);
  if (words.length > 1 && words[0] === 'london') words = words.slice(1);
  return words.join(' ');
}

/** Edits (insert, delete, change, swap two letters) from a to b, or limit + 1 if more. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** How many typing mistakes a near miss may have: none under 4 letters. */
const allowedEdits = (key: string) => (key.length >= 8 ? 2 : key.length >= 4 ? 1 : 0);
/** More guesses than this: the name is too vague to guess from. */
export const MAX_GUESSES = 8;

export function matchCouncil<C extends Pick<Council, 'id' | 'name'>>(
  councils: C[],
  typed: string,
  aliases: CouncilAlias[] = [],
): CouncilMatch<C> {
  const plain = typed.trim().replace(/\s+/g, ' ').toLowerCase();
  if (!plain) return { kind: 'none' };
  const exact = councils.find((c) => c.name.toLowerCase() === plain || c.id.toLowerCase() === plain);
  if (exact) return { kind: 'found', council: exact };

  const key = normaliseCouncilName(typed);
  if (!key) return { kind: 'none' };
  const byId = new Map(councils.map((c) => [c.id, c]));
  const keyed = councils.map((c) => ({ key: normaliseCouncilName(c.name), ids: [c.id] }));
  const aliasKeyed = aliases.flatMap((a) => a.typed.map((t) => ({ key: normaliseCouncilName(t), ids: a.councils })));
  const all = [...keyed, ...aliasKeyed];
  const pick = (ids: string[]) => [...new Set(ids)].map((id) => byId.get(id)).filter((c): c is C => c !== undefined);

  const named = pick(all.filter((x) => x.key === key).flatMap((x) => x.ids));
  if (named.length === 1) return { kind: 'found', council: named[0]! };
  if (named.length > 1) return { kind: 'choose', councils: named.sort(byName), near: false };

  // Near misses: a name that starts with what she typed (at a word), or one a few letters away.
  if (key.length < 3) return { kind: 'none' };
  const limit = allowedEdits(key);
  const scored: { ids: string[]; score: number }[] = [];
  for (const x of all) {
    if (x.key.startsWith(key) || x.key.includes(` ${key}`)) scored.push({ ids: x.ids, score: 0 });
    else if (limit > 0) {
      const d = distance(key, x.key, limit);
      if (d <= limit) scored.push({ ids: x.ids, score: d });
    }
  }
  const guesses = pick(scored.sort((a, b) => a.score - b.score).flatMap((x) => x.ids));
  if (guesses.length === 0 || guesses.length > MAX_GUESSES) return { kind: 'none' };
  return { kind: 'choose', councils: guesses, near: true };
}

const byName = (a: Pick<Council, 'name'>, b: Pick<Council, 'name'>) => a.name.localeCompare(b.name, 'en');
