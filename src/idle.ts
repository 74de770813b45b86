/** Runs `f` when the browser has nothing more urgent to do (at the latest after `timeout` ms);
 * where there is no requestIdleCallback (Safari), a moment later. For work that must not compete
 * with the page the carer is reading: the service worker, the later pages' chunks. */
export function whenIdle(win: Window & typeof globalThis, f: () => void, timeout = 2000): void {
  if (win.requestIdleCallback) win.requestIdleCallback(() => f(), { timeout });
  else win.setTimeout(f, 200);
}
