/** The one blocking script (dist/boot.js, a few hundred bytes, no inline script needed): before
 * the first paint, it decides whether the page's pre-rendered English start page may show. When
 * the carer's language is another, the page stays blank for the moment it takes the app to load
 * her language, rather than flashing English at her. Same rule as the app (src/i18n/choose.ts). */
import { startLanguage } from './i18n/choose.ts';

let stored: Pick<Storage, 'getItem'> | null = null;
try {
  stored = window.localStorage;
} catch {
  stored = null;
}
const lng = startLanguage(window.location.search, stored, navigator.languages ?? [navigator.language]);
if (lng !== 'en' || !/^#?\/?$/.test(window.location.hash)) document.documentElement.setAttribute('data-kc-wait', '');
