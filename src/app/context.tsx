/** The app's state: the rules, the interview machine built from them, and the carer's session. */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Rules } from '../rules/types.ts';
import { createInterviewMachine } from '../machine/interview.ts';
import { clearAll, load, save, type Machine, type RestoreNote, type Session, type Stores, EMPTY } from './session.ts';

interface AppState {
  rules: Rules;
  machine: Machine;
  session: Session;
  update: (s: Session) => void;
  reset: () => void;
  note: RestoreNote;
  dismissNote: () => void;
  stores: Stores;
  /** Today's date, YYYY-MM-DD: the app reads the clock, the engine never does. */
  today: string;
  seedTitles: Record<string, string>;
}

const Ctx = createContext<AppState | null>(null);

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
  seedTitles,
  stores,
  today,
  children,
}: {
  rules: Rules;
  seedTitles: Record<string, string>;
  stores: Stores;
  today: string;
  children: ReactNode;
}) {
  const machine = useMemo(() => createInterviewMachine(rules), [rules]);
  const [initial] = useState(() => load(rules, machine, stores));
  const [session, setSession] = useState<Session>(initial.session);
  const [note, setNote] = useState<RestoreNote>(initial.note);
  const update = useCallback(
    (s: Session) => {
      setSession(s);
      save(rules, stores, s);
    },
    [rules, stores],
  );
  const reset = useCallback(() => {
    clearAll(stores);
    setSession(EMPTY);
    setNote(undefined);
  }, [stores]);
  const value = useMemo(
    () => ({ rules, machine, session, update, reset, note, dismissNote: () => setNote(undefined), stores, today, seedTitles }),
    [rules, machine, session, update, reset, note, stores, today, seedTitles],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useApp(): AppState {
  const v = useContext(Ctx);
  if (!v) throw new Error('useApp outside AppProvider');
  return v;
}
