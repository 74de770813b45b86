import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { Pwa, PwaState } from './pwa.ts';

/** Without a service worker (tests, the dev server): nothing waiting, online, nothing to install. */
const NONE: Pwa = {
  get: () => STATIC,
  subscribe: () => () => undefined,
  applyUpdate: () => undefined,
  install: async () => undefined,
};
const STATIC: PwaState = { updateReady: false, offline: false, canInstall: false, controlled: false };

const Ctx = createContext<Pwa>(NONE);

export function PwaProvider({ pwa, children }: { pwa: Pwa; children: ReactNode }) {
  return <Ctx.Provider value={pwa}>{children}</Ctx.Provider>;
}

export function usePwa(): PwaState & Pick<Pwa, 'applyUpdate' | 'install'> {
  const pwa = useContext(Ctx);
  // While React takes over a page drawn at build time, it must see what that page was drawn with
  // (nothing waiting, online); the real state follows straight after.
  const state = useSyncExternalStore(pwa.subscribe, pwa.get, () => STATIC);
  return { ...state, applyUpdate: pwa.applyUpdate, install: pwa.install };
}
