/** The app's state: the rules, the interview machine built from them, and the carer's session. */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { InterviewRules } from '../rules/types.ts';
import { createInterviewMachine } from '../machine/interview.ts';
import { forgetLanguage } from '../i18n/choose.ts';
import { clearAll, load, save, type Machine, type RestoreNote, type Session, type Stores, EMPTY } from './session.ts';

interface AppState {
  rules: InterviewRules;
  machine: Machine;
  session: Session;
  update: (s: Session) => void;
  reset: () => void;
  note: RestoreNote;
  dismissNote: () => void;
  stores: Stores;
  /** Professional mode (a social worker on a visit): the legal basis is shown, and nothing is
   * kept on the device, not even in this tab. */
  professional: boolean;
  setProfessional: (on: boolean) => void;
  /** Clears every answer and anything kept on the device, ready for the next family. */
  newVisit: () => void;
  /** Today's date, YYYY-MM-DD: the app reads the clock, the engine never does. */
  today: string;
}

const Ctx = createContext<AppState | null>(null);

/** Professional mode is kept across a refresh or an update in the tab's storage as this one flag,
 * '1': a fact about the person using the checker, never about the family. */
export const PROFESSIONAL_KEY = 'kinship-checker-professional';

function readProfessional(stores: Stores): boolean {
  try {
    return stores.session?.getItem(PROFESSIONAL_KEY) === '1';
  } catch {
    return false;
  }
}

function writeProfessional(stores: Stores, on: boolean): void {
  try {
    if (on) stores.session?.setItem(PROFESSIONAL_KEY, '1');
    else stores.session?.removeItem(PROFESSIONAL_KEY);
  } catch {
    /* storage blocked: the mode lasts until the page reloads */
  }
}

export function browserStores(): Stores {
  const get = (k: 'sessionStorage' | 'localStorage') => {
    try {
      return window[k];
    } catch {
      return null;
    }
  };
  return { session: get('sessionStorage'), local: get('localStorage') };
}

export function AppProvider({
  rules,
  stores,
  today,
  professional: initialProfessional = false,
  children,
}: {
  rules: InterviewRules;
  stores: Stores;
  today: string;
  professional?: boolean;
  children: ReactNode;
}) {
  const [professional, setProfessionalState] = useState(() => initialProfessional || readProfessional(stores));
  const machine = useMemo(() => createInterviewMachine(rules), [rules]);
  const [initial] = useState(() => load(rules, machine, stores));
  const [session, setSession] = useState<Session>(initial.session);
  const [note, setNote] = useState<RestoreNote>(initial.note);
  const update = useCallback(
    (s: Session) => {
      setSession(s);
      if (!professional) save(rules, stores, s);
    },
    [rules, stores, professional],
  );
  const setProfessional = useCallback(
    (on: boolean) => {
      setProfessionalState(on);
      writeProfessional(stores, on);
      // Switching on removes anything already kept; switching off starts keeping from the next answer.
      if (on) {
        clearAll(stores);
        forgetLanguage(stores.local);
      }
    },
    [stores],
  );
  const newVisit = useCallback(() => {
    clearAll(stores);
    forgetLanguage(stores.local);
    setSession(EMPTY);
    setNote(undefined);
  }, [stores]);
  const reset = useCallback(() => {
    clearAll(stores);
    setSession(EMPTY);
    setNote(undefined);
  }, [stores]);
  const value = useMemo(
    () => ({ rules, machine, session, update, reset, note, dismissNote: () => setNote(undefined), stores, today, professional, setProfessional, newVisit }),
    [rules, machine, session, update, reset, note, stores, today, professional, setProfessional, newVisit],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useApp(): AppState {
  const v = useContext(Ctx);
  if (!v) throw new Error('useApp outside AppProvider');
  return v;
}
