/** The carer's progress through the interview, and how it is kept on the device.
 *
 * The interview machine decides where the carer is: a session is the answers given so far (kept,
 * even on branches the carer went back from, to prefill them) and the questions answered on the
 * current route. replay() rebuilds the machine snapshot from them, so a refresh, a back or forward
 * button, or a saved session all land in the same place. No React here. */
import { createActor } from 'xstate';
import { checkAnswers } from '../engine/route.ts';
import { createInterviewMachine, type InterviewSnapshot } from '../machine/interview.ts';
import type { Answers, InterviewRules } from '../rules/types.ts';

export interface Session {
  answers: Answers;
  path: string[];
  /** GSS code; null: the carer chose not to say; undefined: not asked yet. */
  council?: string | null;
  /** Keep the answers on this device after the tab is closed (off unless the carer ticks it). */
  remember: boolean;
}

export const EMPTY: Session = { answers: {}, path: [], council: undefined, remember: false };

export type Machine = ReturnType<typeof createInterviewMachine>;

/** Where the carer is: the next question, or the arrangement when the route is complete. */
export type Position = { done: false; question: string } | { done: true; arrangement: string };

export function replay(machine: Machine, answers: Answers, path: string[]): InterviewSnapshot {
  const actor = createActor(machine).start();
  for (const q of path) {
    const s = actor.getSnapshot();
    if (s.status === 'done' || s.value !== q || answers[q] === undefined) break;
    actor.send({ type: 'answer.select', question: q, value: answers[q] });
  }
  const snap = actor.getSnapshot();
  actor.stop();
  return snap;
}

export function position(snap: InterviewSnapshot): Position {
  return snap.status === 'done' ? { done: true, arrangement: String(snap.value) } : { done: false, question: String(snap.value) };
}

/** The path that the machine accepts (drops anything after a step the rules no longer allow). */
export function validPath(machine: Machine, session: Session): string[] {
  return replay(machine, session.answers, session.path).context.path;
}

/**
 * How to show question `id`, given the session:
 * - on the route already: show it, with the questions before it as the route;
 * - the next question: show it;
 * - further on, but reachable by reusing kept answers (the browser's forward button): show it;
 * - otherwise: send the carer to where they really are.
 */
export function viewQuestion(
  machine: Machine,
  session: Session,
  id: string,
): { show: true; before: string[] } | { show: false; redirect: Position } {
  const path = validPath(machine, session);
  const at = path.indexOf(id);
  if (at >= 0) return { show: true, before: path.slice(0, at) };
  const snap = replay(machine, session.answers, path);
  if (snap.status !== 'done' && snap.value === id) return { show: true, before: path };
  const forward = advanceWithKept(machine, session.answers, path, id);
  if (forward.reached) return { show: true, before: forward.path };
  return { show: false, redirect: position(snap) };
}

/** Answers questions from the kept answers, one after another, until `stopAt`, a question with no
 * kept answer, or the end. */
export function advanceWithKept(machine: Machine, answers: Answers, path: string[], stopAt?: string) {
  const actor = createActor(machine).start();
  for (const q of path) actor.send({ type: 'answer.select', question: q, value: answers[q]! });
  for (;;) {
    const s = actor.getSnapshot();
    if (s.status === 'done') break;
    const q = String(s.value);
    if (q === stopAt || answers[q] === undefined) break;
    actor.send({ type: 'answer.select', question: q, value: answers[q] });
  }
  const s = actor.getSnapshot();
  actor.stop();
  return { path: s.context.path, position: position(s), reached: stopAt !== undefined && s.status !== 'done' && s.value === stopAt };
}

/** Records an answer to `question`, shown after the route `before`. When `changing` (from the
 * check-your-answers page), kept answers carry the carer on until a new question is needed. */
export function answer(
  machine: Machine,
  session: Session,
  before: string[],
  question: string,
  value: string,
  changing: boolean,
): { session: Session; next: Position } {
  const answers = { ...session.answers, [question]: value };
  const snap = replay(machine, answers, [...before, question]);
  let path = snap.context.path;
  let next = position(snap);
  if (changing && !next.done) {
    const r = advanceWithKept(machine, answers, path);
    path = r.path;
    next = r.position;
  }
  return { session: { ...session, answers, path }, next };
}

/** Only the answers on the route: what the engine is given. */
export function routeAnswers(session: Session): Answers {
  const out: Answers = {};
  for (const q of session.path) out[q] = session.answers[q]!;
  return out;
}

// --- keeping it on the device ---------------------------------------------------------------

export const STORAGE_KEY = 'kinship-checker';

interface Stored {
  v: 1;
  rulesVersion: number;
  session: Session;
  /** For each answered question, the answers it offered then (see questionPrint). */
  asked?: Record<string, string>;
}

/** What the carer is told about saved answers: unreadable (dropped), or the rules changed and
 * these answers (question ids) need a second look. */
export type RestoreNote = { kind: 'corrupt' } | { kind: 'rules-changed'; recheck: string[] } | undefined;

/** What a question offered: its answer ids. When an update adds, removes or renames an answer,
 * an answer given before deserves a second look. */
export function questionPrint(rules: InterviewRules, id: string): string {
  return [...(rules.questions[id]?.answers ?? [])].sort().join('|');
}

/** Reads a saved session. Anything odd is explained (a note) and dropped, never thrown:
 * a corrupt value, answers the current rules do not know, a route the rules no longer take. */
export function parseStored(rules: InterviewRules, machine: Machine, text: string | null): { session: Session; note: RestoreNote } {
  if (text === null) return { session: EMPTY, note: undefined };
  let data: Stored;
  try {
    data = JSON.parse(text) as Stored;
    if (data?.v !== 1 || typeof data.session !== 'object' || data.session === null) throw new Error('shape');
  } catch {
    return { session: EMPTY, note: { kind: 'corrupt' } };
  }
  const raw = data.session;
  const answers: Answers = {};
  const recheck = new Set<string>();
  if (raw.answers && typeof raw.answers === 'object') {
    for (const [q, a] of Object.entries(raw.answers)) {
      try {
        Object.assign(answers, checkAnswers(rules, { [q]: a }));
      } catch {
        // An answer the rules no longer have: the question is asked again (if it still exists).
        if (rules.questions[q]) recheck.add(q);
      }
    }
  }
  const asked = data.asked && typeof data.asked === 'object' ? data.asked : undefined;
  if (data.rulesVersion !== rules.version) {
    for (const q of Object.keys(answers)) {
      // Saved before fingerprints existed: every answer gets a second look.
      if (!asked || asked[q] !== questionPrint(rules, q)) recheck.add(q);
    }
  }
  const path = Array.isArray(raw.path) ? raw.path.filter((q): q is string => typeof q === 'string') : [];
  const council =
    raw.council === null ? null : typeof raw.council === 'string' && rules.councils.some((c) => c.id === raw.council) ? raw.council : undefined;
  const session: Session = { answers, path, council, remember: raw.remember === true };
  session.path = validPath(machine, session);
  // The route stops early when a rule change needs a question the carer has not answered: that
  // question is simply asked next, so it is not listed; answers further on are.
  const rechecks = rules.questionOrder.filter((q) => recheck.has(q));
  return { session, note: rechecks.length ? { kind: 'rules-changed', recheck: rechecks } : undefined };
}

export function serialise(rules: InterviewRules, session: Session): string {
  const asked: Record<string, string> = {};
  for (const q of Object.keys(session.answers)) asked[q] = questionPrint(rules, q);
  const stored: Stored = { v: 1, rulesVersion: rules.version, session, asked };
  return JSON.stringify(stored);
}

export interface Stores {
  session: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  local: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
}

/** The tab's own storage keeps answers across a refresh; the device's storage only if the carer
 * asked us to remember. Storage that is blocked or full is ignored: the checker still works. */
export function save(rules: InterviewRules, stores: Stores, session: Session): void {
  const text = serialise(rules, session);
  try {
    stores.session?.setItem(STORAGE_KEY, text);
  } catch {
    /* storage blocked or full: carry on without it */
  }
  try {
    if (session.remember) stores.local?.setItem(STORAGE_KEY, text);
    else stores.local?.removeItem(STORAGE_KEY);
  } catch {
    /* as above */
  }
}

export function load(rules: InterviewRules, machine: Machine, stores: Stores): { session: Session; note: RestoreNote } {
  let text: string | null = null;
  try {
    text = stores.session?.getItem(STORAGE_KEY) ?? stores.local?.getItem(STORAGE_KEY) ?? null;
  } catch {
    text = null;
  }
  return parseStored(rules, machine, text);
}

export function clearAll(stores: Stores): void {
  for (const s of [stores.session, stores.local]) {
    try {
      s?.removeItem(STORAGE_KEY);
    } catch {
      /* nothing to clear */
    }
  }
}
