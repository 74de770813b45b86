/** The one journey actor of the visit, in React: created once (with what storage kept, read once),
 * read by pages through useJourney(select), moved by their events. The address bar follows it: an
 * event that moves it replaces the address with the new page's; an address typed, linked or reached with the
 * browser's back and forward buttons is asked of it (nav.to), and one it refuses is replaced by
 * where she is. Storage follows it too. */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { useHref, useLocation, useNavigate } from 'react-router';
import { createActor, getNextSnapshot } from 'xstate';
import { createJourneyMachine, type JourneyActor, type JourneyEvent, type JourneySnapshot } from '../interview/journey.ts';
import { clearAll, load, save, type RestoreNote } from '../interview/persist.ts';
import { useApp } from './context.tsx';
import { navTo, pathOf } from './paths.ts';

interface Journey {
  actor: JourneyActor;
  note: RestoreNote;
  dismissNote: () => void;
}

const Ctx = createContext<Journey | null>(null);

export function JourneyProvider({ children }: { children: ReactNode }) {
  const { rules, stores, professional } = useApp();
  const location = useLocation();
  const navigate = useNavigate();
  const [start] = useState(() => {
    const saved = load(rules, stores);
    const actor = createActor(createJourneyMachine(rules), { input: saved.session }).start();
    // The page in the address, if she has reached it; else where she is.
    const asked = navTo(rules, location.pathname);
    if (asked) actor.send(asked);
    return { actor, note: saved.note };
  });
  const { actor } = start;
  const [note, setNote] = useState<RestoreNote>(start.note);
  const dismissNote = useCallback(() => setNote(undefined), []);

  // The address the router shows, as far as this provider knows.
  const shown = useRef(location.pathname);
  const go = useRef(navigate);
  go.current = navigate;

  // Address -> journey: each new address is asked of the actor, before the page is painted.
  // (On the server, for the pages drawn at build time, effects never run: the address is the page.)
  useLayoutEffect(() => {
    shown.current = location.pathname;
    const asked = navTo(rules, location.pathname);
    if (asked && pathOf(actor.getSnapshot()) !== location.pathname) actor.send(asked);
  }, [location.key, location.pathname]);
  // A page she has not reached: the address is replaced by where she is. (After the layout
  // effects: the router starts listening in its own, which runs after this component's.)
  useEffect(() => {
    if (!navTo(rules, location.pathname)) return;
    const at = pathOf(actor.getSnapshot());
    if (at !== location.pathname) {
      shown.current = at;
      void go.current(at, { replace: true });
    }
  }, [location.key, location.pathname]);

  // Journey -> address and storage: an event that moves her replaces the address with the new
  // page's, so the browser's history holds one entry for the checker and its back button after
  // 'Leave this page' cannot walk back through her answers (security review M3). The Back link is
  // a journey event (nav.back), not history.back().
  const keep = useRef(!professional);
  keep.current = !professional;
  useEffect(() => {
    let page = pathOf(actor.getSnapshot());
    let context = actor.getSnapshot().context;
    const sub = actor.subscribe((s) => {
      const now = pathOf(s);
      if (now !== page) {
        page = now;
        if (now !== shown.current) {
          shown.current = now;
          void go.current(now, { replace: true });
        }
      }
      if (s.context !== context) {
        context = s.context;
        if (keep.current) save(rules, stores, s.context);
      }
    });
    return () => sub.unsubscribe();
  }, [actor, rules, stores]);

  return <Ctx.Provider value={{ actor, note, dismissNote }}>{children}</Ctx.Provider>;
}

function useJourneyState(): Journey {
  const v = useContext(Ctx);
  if (!v) throw new Error('useJourney outside JourneyProvider');
  return v;
}

/** Part of the journey's snapshot; the component renders again when that part changes. `select`
 * must return something kept in the snapshot (a string, the context) or a primitive. */
export function useJourney<T>(select: (s: JourneySnapshot) => T): T {
  const { actor } = useJourneyState();
  const subscribe = useCallback(
    (changed: () => void) => {
      const sub = actor.subscribe(changed);
      return () => sub.unsubscribe();
    },
    [actor],
  );
  const get = () => select(actor.getSnapshot());
  return useSyncExternalStore(subscribe, get, get);
}

export function useSend(): (event: JourneyEvent) => void {
  const { actor } = useJourneyState();
  return useCallback((event: JourneyEvent) => actor.send(event), [actor]);
}

/** Saved answers that were unreadable or need a second look after an update. */
export function useRestoreNote(): { note: RestoreNote; dismissNote: () => void } {
  return useJourneyState();
}

/** Whether the page in the address is the journey's (false for a moment, before the address or
 * the journey catches up: the page waits rather than showing what she has not reached). */
export function useInStep(): boolean {
  const { rules } = useApp();
  const { pathname } = useLocation();
  const at = useJourney(pathOf);
  return navTo(rules, pathname) === undefined || at === pathname;
}

/** Clears the visit: the answers, and what the device keeps of them. */
export function useRestart(): () => void {
  const { stores } = useApp();
  const send = useSend();
  return useCallback(() => {
    send({ type: 'visit.restart' });
    clearAll(stores);
  }, [send, stores]);
}

/** A link that sends a journey event: a real <a> whose address is the page the event leads to
 * (so it opens in a new tab like any link), and inside the app the event itself. */
export function JourneyLink({ event, onClick, ...rest }: { event: JourneyEvent } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  const { actor } = useJourneyState();
  const snapshot = useJourney((s) => s);
  const href = useHref(pathOf(getNextSnapshot(actor.logic, snapshot, event)));
  const follow = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.altKey || e.ctrlKey || e.shiftKey) return;
    e.preventDefault();
    actor.send(event);
  };
  return <a {...rest} href={href} onClick={follow} />;
}
