/** dist/embed.js: the one-line embed. A charity pastes
 *   <script src="https://CHECKER/embed.js" data-brand="#6b2c91" data-lang="ur" async></script>
 * and gets an iframe with a proper title, themed, whose height follows its content. It accepts
 * messages only from the checker's own origin and frame, and only the height shape. */
import { HEIGHT_MESSAGE, isHeightMessage, parseTheme, themeToSearch } from './theme.ts';
import languages from '../../locales/languages.json';

const script = document.currentScript as HTMLScriptElement | null;
if (script?.src) {
  const src = new URL(script.src);
  const { theme, problems } = parseTheme((a) => script.getAttribute(a), Object.keys(languages.languages));
  for (const p of problems) console.warn(`Kinship care checker embed: ${p.message}`);
  const frame = document.createElement('iframe');
  frame.src = new URL(`./index.html?${themeToSearch(theme)}`, src).href;
  frame.title = script.getAttribute('data-title') || 'Kinship care checker';
  // CSSOM, not a style attribute, so a host page with a strict style-src policy allows it.
  Object.assign(frame.style, { display: 'block', width: '100%', minHeight: '480px', border: '0' });
  frame.setAttribute('referrerpolicy', 'no-referrer');
  script.after(frame);
  window.addEventListener('message', (e) => {
    if (e.origin !== src.origin || e.source !== frame.contentWindow) return;
    if (!isHeightMessage(e.data) || e.data.type !== HEIGHT_MESSAGE) return;
    frame.style.height = `${Math.ceil(e.data.height)}px`;
  });
}
