/** Inside the frame: apply a charity's theme (already validated) and tell the host page our
 * height, and nothing else, whenever it changes, rounded up to a step of HEIGHT_STEP px: every
 * script on the charity's page can read these messages, and exact heights would tell it which
 * questions she was asked and which result she got (each page has its own height). */
import { HEIGHT_MESSAGE, HEIGHT_STEP, themeFromSearch } from './theme.ts';

export function applyEmbedding(win: Window & typeof globalThis, languages: readonly string[]): void {
  const { embedded, theme, problems } = themeFromSearch(win.location.search, languages);
  if (!embedded) return;
  for (const p of problems) console.warn(`Kinship care checker: ${p.message}`);
  const root = win.document.documentElement;
  root.classList.add('kc-embedded');
  // CSSOM custom properties: allowed by our style-src 'self' policy (no inline style attribute).
  if (theme.brand) root.style.setProperty('--kc-brand', theme.brand);
  if (theme.link) root.style.setProperty('--kc-link', theme.link);
  if (theme.hideHeader) root.classList.add('kc-no-header');
  if (win.parent === win) return;
  let last = -1;
  const send = () => {
    const height = Math.ceil(win.document.body.getBoundingClientRect().height / HEIGHT_STEP) * HEIGHT_STEP;
    if (height === last) return;
    last = height;
    // Only a number leaves the frame: never an answer. Any page may embed us, so '*' is fine.
    win.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  new win.ResizeObserver(send).observe(win.document.body);
  send();
}
