/** Every route through the questions: used by rules:check (reachability, ambiguity), by the
 * tests, and for the path statistics. Enumerates every combination of answers on each route. */
import { RESULT_TARGET, type Answers, type Rules } from '../rules/types.ts';
import { classify, nextTarget } from './route.ts';

export interface EnumeratedPath {
  answers: Answers;
  /** Question ids in the order asked. */
  questions: string[];
  /** The arrangement, or undefined when no arrangement fits (a rules error). */
  outcome?: string;
  /** Arrangements before the match whose test was unknown (a rules error). */
  skippedUnknown: string[];
  /** A question asked twice (a rules error). */
  loop?: string;
}

export function enumeratePaths(rules: Rules, limit = 1_000_000): EnumeratedPath[] {
  const out: EnumeratedPath[] = [];
  const walk = (question: string, answers: Answers, asked: string[]) => {
    if (out.length >= limit) throw new Error(`more than ${limit} answer combinations: the routes are too wide`);
    if (asked.includes(question)) {
      out.push({ answers, questions: asked, skippedUnknown: [], loop: question });
      return;
    }
    const q = rules.questions[question]!;
    for (const a of q.answers) {
      const next = { ...answers, [question]: a };
      const { to } = nextTarget(rules, question, next);
      if (to === RESULT_TARGET) {
        const c = classify(rules, next);
        out.push({ answers: next, questions: [...asked, question], outcome: c?.arrangement, skippedUnknown: c?.skippedUnknown ?? [] });
      } else walk(to, next, [...asked, question]);
    }
  };
  walk(rules.start, {}, []);
  return out;
}

export interface RouteStats {
  /** Distinct sequences of questions that end in an arrangement. */
  routes: number;
  /** Answer combinations (every path through every answer). */
  answerPaths: number;
  medianLength: number;
  /** Median over every answer combination (weights each route by how many answers lead along it). */
  medianOverAnswers: number;
  longest: number;
  shortest: number;
  byOutcome: Record<string, { routes: number; longest: number }>;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function routeStats(paths: EnumeratedPath[]): RouteStats {
  const routes = new Map<string, { length: number; outcome: string }>();
  for (const p of paths) {
    const key = `${p.questions.join('>')}=${p.outcome}`;
    routes.set(key, { length: p.questions.length, outcome: p.outcome ?? '?' });
  }
  const lengths = [...routes.values()].map((r) => r.length);
  const byOutcome: RouteStats['byOutcome'] = {};
  for (const r of routes.values()) {
    const b = (byOutcome[r.outcome] ??= { routes: 0, longest: 0 });
    b.routes++;
    b.longest = Math.max(b.longest, r.length);
  }
  return {
    routes: routes.size,
    answerPaths: paths.length,
    medianLength: median(lengths),
    medianOverAnswers: median(paths.map((p) => p.questions.length)),
    longest: Math.max(...lengths),
    shortest: Math.min(...lengths),
    byOutcome,
  };
}
