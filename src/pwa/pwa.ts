/** The service worker, from the page's side (workbox-window): is a new version waiting, is the
 * device offline, can the browser install the app. A small store React reads with
 * useSyncExternalStore. The page never reloads by itself: applyUpdate() is the carer's choice. */
import type { Workbox } from 'workbox-window';
import { whenIdle } from '../idle.ts';

export interface PwaState {
  /** A new version is installed and waiting for the carer to reload. */
  updateReady: boolean;
  /** No network: the browser says so, or a tiny same-origin request just failed. */
  offline: boolean;
  /** The browser offered installation (beforeinstallprompt) and it has not been used. */
  canInstall: boolean;
  /** A service worker serves this page: everything works with no signal. */
  controlled: boolean;
}

export interface Pwa {
  get(): PwaState;
  subscribe(fn: () => void): () => void;
  applyUpdate(): void;
  install(): Promise<void>;
}

interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

function store(initial: PwaState) {
  let state = initial;
  const subs = new Set<() => void>();
  return {
    get: () => state,
    set(patch: Partial<PwaState>) {
      state = { ...state, ...patch };
      subs.forEach((f) => f());
    },
    subscribe(fn: () => void) {
      subs.add(fn);
      return () => subs.delete(fn);
    },
  };
}

/** Sent on the window when the app has drawn its first page and every button works. */
export const READY_EVENT = 'kc-ready';

/** No service worker (tests, dev server, old browsers): only the offline flag is live. */
export function createPwa(win: Window & typeof globalThis, opts: { register: boolean; swUrl?: string; probeUrl?: string }): Pwa {
  const sw = 'serviceWorker' in win.navigator ? win.navigator.serviceWorker : undefined;
  const s = store({ updateReady: false, offline: win.navigator.onLine === false, canInstall: false, controlled: !!sw?.controller });
  // navigator.onLine === false is reliable, but true is not (a phone on a dead Wi-Fi says true).
  // So we also ask our own server for a tiny file the service worker never caches: robots.txt.
  // It carries nothing about the carer. A failure means offline; any answer means online.
  const probe = () => {
    if (!opts.register) return;
    void win
      .fetch(opts.probeUrl ?? './robots.txt', { method: 'HEAD', cache: 'no-store' })
      .then(() => s.set({ offline: false }))
      .catch(() => s.set({ offline: true }));
  };
  win.addEventListener('online', () => {
    s.set({ offline: false });
    probe();
  });
  win.addEventListener('offline', () => s.set({ offline: true }));
  probe();

  let deferred: InstallPromptEvent | undefined;
  win.addEventListener('beforeinstallprompt', (e) => {
    e.preventDefault(); // we show our own quiet button instead of the browser's banner
    deferred = e as InstallPromptEvent;
    s.set({ canInstall: true });
  });
  win.addEventListener('appinstalled', () => {
    deferred = undefined;
    s.set({ canInstall: false });
  });

  let wb: Workbox | undefined;
  /** A new version is installed and waiting in this tab's registration (not yet taken over). */
  let waiting = false;
  if (opts.register && sw) {
    // A new version took over while this page was open (the carer reloaded another tab, or the
    // installed app): this page still runs the old one, whose files may be gone from the cache.
    // Offer the reload here too, and 'Reload' then simply reloads (review M5).
    const hadController = !!sw.controller;
    sw.addEventListener('controllerchange', () => {
      waiting = false;
      s.set({ controlled: true, ...(hadController ? { updateReady: true } : {}) });
    });
    // The service worker is for next time: workbox-window is fetched and the worker registered
    // once the app has drawn its first page (the 'kc-ready' event, src/app/App.tsx) and the page
    // is idle, so neither competes with the first question on a slow connection.
    void new Promise<void>((resolve) => win.addEventListener(READY_EVENT, () => resolve(), { once: true }))
      .then(() => new Promise<void>((resolve) => whenIdle(win, resolve)))
      .then(() => import('workbox-window'))
      .then(({ Workbox }) => {
        wb = new Workbox(opts.swUrl ?? './sw.js', { scope: './' });
        // 'waiting' fires for a worker that was already waiting when the page loaded, too.
        wb.addEventListener('waiting', () => {
          waiting = true;
          s.set({ updateReady: true });
        });
        return wb.register();
      })
      .catch(() => {
        /* no service worker (private mode, blocked): the app still works online */
      });
    // Coming back online is a good moment to look for a new version; it is only offered, never forced.
    win.addEventListener('online', () => void wb?.update().catch(() => undefined));
  }

  return {
    get: s.get,
    subscribe: s.subscribe,
    applyUpdate() {
      // Nothing waiting (no worker, or another tab already switched to the new version): reload.
      if (!wb || !waiting) return win.location.reload();
      // The answers are already saved in this tab's storage; the reload picks them up.
      wb.addEventListener('controlling', () => win.location.reload());
      wb.messageSkipWaiting();
    },
    async install() {
      const e = deferred;
      if (!e) return;
      deferred = undefined;
      s.set({ canInstall: false });
      await e.prompt();
    },
  };
}
