/** Three-valued evaluation of rule conditions, with the reasons.
 *
 * A test is 'unknown' when the question was not asked on this route, when the carer answered
 * 'not sure' (unless the test itself lists 'not-sure'), or when the council is not known. Kleene
 * logic: `all` is no if any part is no; `any` is yes if any part is yes; otherwise unknown wins. */
import { NOT_SURE, type Answers, type Condition, type Council, type InterviewRules } from '../rules/types.ts';

export type Truth = 'yes' | 'no' | 'unknown';

export interface Env {
  rules: InterviewRules;
  /** Only the answers given on the carer's route. */
  answers: Answers;
  arrangement?: string;
  /** undefined: not asked; null: the carer did not say. */
  council?: Council | null;
  asOf?: string;
}

/** A named test and how it came out, with the answers it looked at. */
export interface Finding {
  predicate: string;
  value: Truth;
  answers: Answers;
}

export interface Evaluation {
  value: Truth;
  because: Finding[];
}

export function test(cond: Condition, env: Env): Evaluation {
  switch (cond.kind) {
    case 'predicate': {
      const p = env.rules.predicates[cond.name];
      if (!p) throw new Error(`unknown predicate ${cond.name}`);
      const consulted: Answers = {};
      const value = leafValue(p.when, env, consulted);
      return { value, because: [{ predicate: cond.name, value, answers: consulted }] };
    }
    case 'all':
    case 'any': {
      const parts = cond.of.map((c) => test(c, env));
      const decisive: Truth = cond.kind === 'all' ? 'no' : 'yes';
      const hits = parts.filter((p) => p.value === decisive);
      if (hits.length) return { value: decisive, because: hits.flatMap((h) => h.because) };
      const unknown = parts.filter((p) => p.value === 'unknown');
      if (unknown.length) return { value: 'unknown', because: unknown.flatMap((u) => u.because) };
      return { value: cond.kind === 'all' ? 'yes' : 'no', because: parts.flatMap((p) => p.because) };
    }
    case 'not': {
      const inner = test(cond.of, env);
      return { value: flip(inner.value), because: inner.because };
    }
    default: {
      const consulted: Answers = {};
      return { value: leafValue(cond, env, consulted), because: [] };
    }
  }
}

function flip(t: Truth): Truth {
  return t === 'yes' ? 'no' : t === 'no' ? 'yes' : 'unknown';
}

/** The value of a condition inside a predicate, recording the answers it looked at. */
function leafValue(cond: Condition, env: Env, consulted: Answers): Truth {
  switch (cond.kind) {
    case 'predicate': {
      const p = env.rules.predicates[cond.name];
      if (!p) throw new Error(`unknown predicate ${cond.name}`);
      return leafValue(p.when, env, consulted);
    }
    case 'all':
    case 'any': {
      const values = cond.of.map((c) => leafValue(c, env, consulted));
      const decisive: Truth = cond.kind === 'all' ? 'no' : 'yes';
      if (values.includes(decisive)) return decisive;
      if (values.includes('unknown')) return 'unknown';
      return cond.kind === 'all' ? 'yes' : 'no';
    }
    case 'not':
      return flip(leafValue(cond.of, env, consulted));
    case 'answer': {
      const given = env.answers[cond.question];
      if (given === undefined) return cond.notAskedIsNo ? 'no' : 'unknown';
      consulted[cond.question] = given;
      if (cond.in.includes(given)) return 'yes';
      return given === NOT_SURE && !cond.notSureIsNo ? 'unknown' : 'no';
    }
    case 'arrangement':
      if (env.arrangement === undefined) return 'unknown';
      return cond.in.includes(env.arrangement) ? 'yes' : 'no';
    case 'council':
      if (!env.council) return 'unknown';
      if (cond.is === 'kinship-zone') return env.council.kinshipZone ? 'yes' : 'no';
      return env.council.region === 'London' ? 'yes' : 'no';
    case 'asOf':
      if (env.asOf === undefined) return 'unknown';
      if (cond.from !== undefined) return env.asOf >= cond.from ? 'yes' : 'no';
      return env.asOf < cond.before! ? 'yes' : 'no';
  }
}

export function isTrue(cond: Condition, env: Env): boolean {
  return test(cond, env).value === 'yes';
}
