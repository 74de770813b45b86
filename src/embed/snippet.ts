/** dist/embed.js: the one-line embed. A charity pastes
 *   <script src="https://CHECKER/embed.js" data-brand="#6b2c91" data-lang="ur" async></script>
 * (in the body, or in the head: the frame then goes at the end of the body) and gets an iframe with
 * a proper title, themed, whose height follows its content in steps of 1,000 px. It accepts
 * messages only from the checker's own origin and frame, and only two shapes: the height, and
 * 'she left' (then this page leaves too, replaced in the history by the same neutral site). */
import { EXIT_MESSAGE, EXIT_URL } from '../exit/exit.ts';
import { HEIGHT_MESSAGE, isHeightMessage, parseTheme, themeToSearch } from './theme.ts';
import languages from '../../locales/languages.json';

const script = document.currentScript as HTMLScriptElement | null;
if (!script?.src) {
  console.warn('Kinship care checker embed: load embed.js with a plain <script src="..."> tag (not as a module, not injected by another script): it could not find itself, so no checker is shown');
} else {
  const src = new URL(script.src);
  const { theme, problems } = parseTheme((a) => script.getAttribute(a), Object.keys(languages.languages));
  for (const p of problems) console.warn(`Kinship care checker embed: ${p.message}`);
  const frame = document.createElement('iframe');
  frame.src = new URL(`./index.html?${themeToSearch(theme)}`, src).href;
  frame.title = script.getAttribute('data-title') || 'Kinship care checker';
  // Copy (the summary, a letter) and Share work inside the frame only when the page allows them.
  frame.allow = 'clipboard-write; web-share';
  // CSSOM, not a style attribute, so a host page with a strict style-src policy allows it.
  Object.assign(frame.style, { display: 'block', width: '100%', minHeight: '480px', border: '0' });
  frame.setAttribute('referrerpolicy', 'no-referrer');
  // Pasted in the body: the frame goes where the script is. Pasted in the head (many sites have a
  // 'head scripts' box): at the end of the body, once there is one.
  if (document.body?.contains(script)) script.after(frame);
  else {
    console.warn('Kinship care checker embed: the script is not inside <body>, so the checker is added at the end of the page');
    const place = () => document.body.append(frame);
    if (document.body && document.readyState !== 'loading') place();
    else document.addEventListener('DOMContentLoaded', place, { once: true });
  }
  window.addEventListener('message', (e) => {
    if (e.origin !== src.origin || e.source !== frame.contentWindow) return;
    if (isHeightMessage(e.data) && e.data.type === HEIGHT_MESSAGE) {
      frame.style.height = `${Math.ceil(e.data.height)}px`;
      return;
    }
    const d = e.data as { type?: unknown } | null;
    if (d && typeof d === 'object' && Object.keys(d).length === 1 && d.type === EXIT_MESSAGE) {
      // 'Leave this page' in the frame: nothing of hers stays on this page, and this page is
      // replaced in the history, so Back does not bring it back.
      frame.remove();
      window.location.replace(EXIT_URL);
    }
  });
  // Back to this page from the browser's back/forward cache: the frame starts again, so what was
  // on its screen is not shown from memory.
  window.addEventListener('pageshow', (e) => {
    if (e.persisted && frame.isConnected) frame.src = frame.src;
  });
}
