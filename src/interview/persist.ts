/** A visit kept on the device: the journey's context (answers, route, council, 'remember'), read
 * once when the app starts and written after each change. Anything odd in storage is explained (a
 * note) and dropped, never thrown. No React here. */
import { checkAnswers } from '../engine/route.ts';
import type { Answers, InterviewRules } from '../rules/types.ts';
import { validPath, type JourneyContext } from './journey.ts';

/** What is kept: the journey's context, without where she is on the page. */
export type Session = Pick<JourneyContext, 'answers' | 'path' | 'council' | 'remember'>;

export const EMPTY: Session = { answers: {}, path: [], council: undefined, remember: false };

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
export function parseStored(rules: InterviewRules, text: string | null): { session: Session; note: RestoreNote } {
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
    raw.council === null
      ? null
      : typeof raw.council === 'string' && rules.councils.some((c) => c.id === raw.council)
        ? raw.council
        : undefined;
  const session: Session = { answers, path, council, remember: raw.remember === true };
  session.path = validPath(rules, session.answers, session.path);
  // The route stops early when a rule change needs a question the carer has not answered: that
  // question is simply asked next, so it is not listed; answers further on are.
  const rechecks = rules.questionOrder.filter((q) => recheck.has(q));
  return { session, note: rechecks.length ? { kind: 'rules-changed', recheck: rechecks } : undefined };
}

export function serialise(rules: InterviewRules, visit: Session): string {
  const session: Session = { answers: visit.answers, path: visit.path, council: visit.council, remember: visit.remember };
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
  // Nothing said yet (or everything cleared): nothing kept.
  if (Object.keys(session.answers).length === 0 && session.council === undefined) return clearAll(stores);
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

export function load(rules: InterviewRules, stores: Stores): { session: Session; note: RestoreNote } {
  let text: string | null = null;
  try {
    text = stores.session?.getItem(STORAGE_KEY) ?? stores.local?.getItem(STORAGE_KEY) ?? null;
  } catch {
    text = null;
  }
  return parseStored(rules, text);
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
