/** Theming an embedded checker: which attributes a charity may set, and the checks each must pass.
 * Used by the embed snippet (public page side) and by the app (inside the frame), so a bad value
 * is refused the same way on both sides. */

export const HEIGHT_MESSAGE = 'kinship-checker:height';
/** Heights leave the frame only in steps of this many pixels (review M1): most pages share one. */
export const HEIGHT_STEP = 1000;

/** Relative luminance of an sRGB colour written #rrggbb (WCAG 2.2). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export interface Theme {
  brand?: string;
  link?: string;
  lang?: string;
  hideHeader: boolean;
}

export interface ThemeProblem {
  attribute: string;
  message: string;
}

/** Each colour is shown against white: the brand colour behind white header text, the link
 * colour as text on the white page. Both need 4.5:1 (WCAG 2.2 AA, normal text). */
const COLOURS = { brand: 'data-brand', link: 'data-link' } as const;

export function parseTheme(get: (attribute: string) => string | null | undefined, languages: readonly string[]): { theme: Theme; problems: ThemeProblem[] } {
  const problems: ThemeProblem[] = [];
  const theme: Theme = { hideHeader: false };
  for (const [key, attribute] of Object.entries(COLOURS) as [keyof typeof COLOURS, string][]) {
    const raw = get(attribute);
    if (raw === null || raw === undefined || raw === '') continue;
    const v = raw.trim();
    if (!/^#[0-9a-fA-F]{6}$/.test(v)) {
      problems.push({ attribute, message: `${attribute}="${raw}" is not a colour written like #1d4f91; the default colour is used` });
      continue;
    }
    const ratio = contrast(v, '#ffffff');
    if (ratio < 4.5) {
      problems.push({ attribute, message: `${attribute}="${raw}" has a contrast of ${ratio.toFixed(2)}:1 with white; at least 4.5:1 is needed, so the default colour is used` });
      continue;
    }
    theme[key] = v.toLowerCase();
  }
  const lang = get('data-lang');
  if (lang) {
    if (languages.includes(lang)) theme.lang = lang;
    else problems.push({ attribute: 'data-lang', message: `data-lang="${lang}" is not one of ${languages.join(', ')}; the carer's own language is used` });
  }
  const header = get('data-header');
  if (header) {
    if (header === 'hidden') theme.hideHeader = true;
    else if (header !== 'shown') problems.push({ attribute: 'data-header', message: `data-header="${header}" must be "hidden" or "shown"; the header is shown` });
  }
  return { theme, problems };
}

/** The frame's address carries the theme (never an answer). */
export function themeToSearch(theme: Theme): string {
  const p = new URLSearchParams({ embed: '1' });
  if (theme.brand) p.set('brand', theme.brand);
  if (theme.link) p.set('link', theme.link);
  if (theme.lang) p.set('lang', theme.lang);
  if (theme.hideHeader) p.set('header', 'hidden');
  return p.toString();
}

/** Inside the frame: the same checks, reading the address instead of attributes. */
export function themeFromSearch(search: string, languages: readonly string[]) {
  const p = new URLSearchParams(search);
  const map: Record<string, string> = { 'data-brand': 'brand', 'data-link': 'link', 'data-lang': 'lang', 'data-header': 'header' };
  return { embedded: p.get('embed') === '1', ...parseTheme((a) => p.get(map[a] ?? a), languages) };
}

/** A height message from the checker: exactly { type, height }, a sane number. */
export function isHeightMessage(data: unknown): data is { type: string; height: number } {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return false;
  const keys = Object.keys(data);
  const d = data as { type?: unknown; height?: unknown };
  return keys.length === 2 && d.type === HEIGHT_MESSAGE && typeof d.height === 'number' && Number.isFinite(d.height) && d.height >= 0 && d.height <= 100_000;
}
