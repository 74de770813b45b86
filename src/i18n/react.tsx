/** i18next for React: a provider, useTranslation and <Translation>, the three parts of
 * react-i18next this app uses, with its behaviour: `t` is bound to the first namespace asked for
 * (others by prefix, 'questions:...'); a component suspends until its namespaces are loaded in the
 * current language; it draws again when the language changes. About 40 lines instead of 2.2 KB of
 * gzip before the first question (bench/budget.json). i18next itself does the work. */
import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { i18n as I18n } from 'i18next';

const I18nContext = createContext<I18n | null>(null);

export function I18nextProvider({ i18n, children }: { i18n: I18n; children?: ReactNode }) {
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

// One subscription function and one loading promise per instance (and language and namespaces),
// so React sees the same ones on every render.
const subscriptions = new WeakMap<I18n, (onChange: () => void) => () => void>();
const loading = new WeakMap<I18n, Map<string, Promise<void>>>();

function subscribe(i18n: I18n) {
  let s = subscriptions.get(i18n);
  if (!s) {
    s = (onChange) => {
      i18n.on('languageChanged', onChange);
      return () => i18n.off('languageChanged', onChange);
    };
    subscriptions.set(i18n, s);
  }
  return s;
}

function loaded(i18n: I18n, namespaces: string[]): boolean {
  // No language yet (a test instance without one): nothing to wait for.
  if (!i18n.languages?.length) return true;
  return namespaces.every((ns) => i18n.hasLoadedNamespace(ns));
}

/** Namespaces whose file could not be loaded (offline, or removed from the cache by an update):
 * i18next would show their keys ('special-guardianship.title') instead of words. */
function failed(i18n: I18n, lng: string, namespaces: string[]): string[] {
  const state = (i18n.services?.backendConnector as unknown as { state?: Record<string, number> } | undefined)?.state ?? {};
  return namespaces.filter((ns) => state[`${lng}|${ns}`] === -1);
}

/** Thrown (to the page's error boundary) rather than show raw keys. */
export class WordsNotLoaded extends Error {
  constructor(readonly namespaces: string[]) {
    super(`could not load ${namespaces.join(', ')}`);
  }
}

function load(i18n: I18n, lng: string, namespaces: string[]): Promise<void> {
  const byKey = loading.get(i18n) ?? new Map<string, Promise<void>>();
  loading.set(i18n, byKey);
  const key = `${lng}|${namespaces.join(',')}`;
  let p = byKey.get(key);
  if (!p) {
    p = i18n.loadNamespaces(namespaces).finally(() => byKey.delete(key));
    byKey.set(key, p);
  }
  return p;
}

export function useTranslation(ns?: string | readonly string[]) {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useTranslation needs an <I18nextProvider> above it');
  const namespaces = ns === undefined ? [String(i18n.options.defaultNS ?? 'translation')] : typeof ns === 'string' ? [ns] : [...ns];
  const key = namespaces.join(',');
  const current = () => i18n.language;
  const lng = useSyncExternalStore(subscribe(i18n), current, current);
  // `key` stands for `namespaces` (a new array each render).
  const t = useMemo(() => i18n.getFixedT(lng, namespaces[0]!), [i18n, lng, key]);
  // Suspense: the nearest boundary waits while this language's words for the page load.
  if (!loaded(i18n, namespaces)) throw load(i18n, lng, namespaces);
  const missing = failed(i18n, lng, namespaces);
  if (missing.length) throw new WordsNotLoaded(missing);
  return { t, i18n, ready: true as const };
}

/** useTranslation for class components (the error boundary). */
export function Translation({ ns, children }: { ns?: string | readonly string[]; children: (t: ReturnType<typeof useTranslation>['t'], opts: { i18n: I18n; lng: string }) => ReactNode }) {
  const { t, i18n } = useTranslation(ns);
  return <>{children(t, { i18n, lng: i18n.language })}</>;
}
