/** The app's settings for the visit: the rules, the device's storage, today's date and whether a
 * professional is using it. Where the carer is, and what she said, is the journey's (journey.tsx). */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { InterviewRules } from '../rules/types.ts';
import { forgetLanguage } from '../i18n/choose.ts';
import { clearAll, type Stores } from '../interview/persist.ts';

interface AppState {
  rules: InterviewRules;
  stores: Stores;
  /** Professional mode (a social worker on a visit): the legal basis is shown, and nothing is
   * kept on the device, not even in this tab. */
  professional: boolean;
  setProfessional: (on: boolean) => void;
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
  const value = useMemo(() => ({ rules, stores, today, professional, setProfessional }), [rules, stores, today, professional, setProfessional]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useApp(): AppState {
  const v = useContext(Ctx);
  if (!v) throw new Error('useApp outside AppProvider');
  return v;
}
