/** Where the rules send a reader: every web address is https, and none is on a blog or a site
 * that copies other people's documents. Cite the official page instead: GOV.UK,
 * legislation.gov.uk, caselaw.nationalarchives.gov.uk, UK Parliament (Hansard, written questions
 * and statements), or the organisation's own site. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadRules, PROJECT_ROOT } from '../../tools/rules/load.ts';

/** Sites that copy documents (or news) from elsewhere, and blogs. A citation there is replaced by
 * the official page it copies. Compare by host name, so 'www.' and sub-domains count too. */
export const BANNED_HOSTS = [
  'britbrief.co.uk',
  'docplayer.net',
  'yumpu.com',
  'fdocuments.net',
  'vdocuments.us',
  'docsbay.net',
  'readkong.com',
  'paperzz.com',
  'thegovernmentsays.com',
  'thegovernmentsays-files.s3.amazonaws.com',
  'grampianadviceforum.co.uk',
  'wired-gov.net',
  'govdiff.njk.onl',
  'policycommons.net',
  'myadvicegateway.org',
  'fosteringnews.co.uk',
  'rocketlawyer.com',
  'flwblog.lawweek.co.uk',
];

const isBanned = (host: string) => BANNED_HOSTS.some((b) => host === b || host.endsWith(`.${b}`));

/** Every `href` anywhere in a value, with a path to it. */
function hrefs(value: unknown, where: string, out: { where: string; href: string }[] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => hrefs(v, `${where}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'href' && typeof v === 'string') out.push({ where, href: v });
      else hrefs(v, where ? `${where}.${k}` : k, out);
    }
  }
  return out;
}

const RULES_DIR = join(PROJECT_ROOT, 'rules');
const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : [],
  );

// The compiled rules, and every YAML file as written (kinship-zones.yaml is validated but not kept).
const compiled = hrefs(loadRules(), 'rules');
const written = yamlFiles(RULES_DIR).flatMap((f) => hrefs(parse(readFileSync(f, 'utf8')), relative(PROJECT_ROOT, f)));
const all = [...compiled, ...written];

const host = (href: string) => {
  try {
    return new URL(href).hostname.toLowerCase();
  } catch {
    return '';
  }
};

describe('web references in the rules', () => {
  it('are found, in the compiled rules and in every rules file', () => {
    expect(compiled.length).toBeGreaterThan(50);
    expect(written.some((w) => w.where.startsWith('rules/kinship-zones.yaml'))).toBe(true);
  });

  it('all use https', () => {
    const bad = all.filter(({ href }) => !href.startsWith('https://')).map(({ where, href }) => `${where}: ${href}`);
    expect(bad).toEqual([]);
  });

  it('never cite a blog or a site that copies documents (cite the official page instead)', () => {
    const bad = all.filter(({ href }) => isBanned(host(href))).map(({ where, href }) => `${where}: ${href}`);
    expect(bad).toEqual([]);
  });

  it('the check itself catches a copy site and an http address', () => {
    expect(isBanned(host('https://www.yumpu.com/en/document/view/1'))).toBe(true);
    expect(isBanned(host('https://www.gov.uk/child-benefit'))).toBe(false);
    expect(hrefs({ a: [{ title: 't', href: 'http://x.org' }] }, 'x')).toEqual([{ where: 'x.a[0]', href: 'http://x.org' }]);
  });
});
