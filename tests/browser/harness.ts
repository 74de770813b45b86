/** Starts `vite preview` on dist/ and Debian's Chromium, for the browser tests. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'yaml';
import { expect } from 'vitest';
import { isolateLatin, isRightToLeft } from '../../src/i18n/bidi.ts';

export const ROOT = new URL('../../', import.meta.url).pathname;

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function assertChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. On Debian, as root: apt-get install -y chromium (or set CHROMIUM_PATH).`,
    );
  }
  if (!existsSync(join(ROOT, 'dist', 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
}

/** `preferred` if nothing listens there, else a free port the system gives: another worktree's
 * tests on the same machine may hold the same port, and a test must never drive someone else's build. */
async function freePort(preferred: number): Promise<number> {
  const tryListen = (p: number) =>
    new Promise<number | undefined>((resolve) => {
      const srv = createServer();
      srv.once('error', () => resolve(undefined));
      srv.listen(p, '127.0.0.1', () => {
        const got = (srv.address() as AddressInfo).port;
        srv.close(() => resolve(got));
      });
    });
  return (await tryListen(preferred)) ?? (await tryListen(0))!;
}

export async function startServer(preferred: number): Promise<{ url: string; stop: () => void }> {
  const port = await freePort(preferred);
  const proc: ChildProcess = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(url);
      if (r.ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, stop: () => proc.kill() };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS });
}

/** axe-core with the WCAG 2.x A and AA rules; returns the violations (expected: none). */
export async function axe(page: Page) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

export async function expectNoAxeViolations(page: Page, where: string) {
  expect(await axe(page), `axe violations on ${where}`).toEqual([]);
}

export interface Scenario {
  name: string;
  asOf: string;
  council?: string;
  answers: Record<string, string>;
  expect: { arrangement: string };
}

export function scenarios(): Scenario[] {
  const dir = join(ROOT, 'tests', 'scenarios');
  const files = ['orders.yaml', 'looked-after.yaml', 'informal.yaml', 'private-fostering.yaml', 'money.yaml', 'edges.yaml'];
  return files.flatMap((f) => (existsSync(join(dir, f)) ? (parse(readFileSync(join(dir, f), 'utf8')) as Scenario[]) : []));
}

/** A locale's words as the app shows them: in Urdu and Arabic, English runs isolated (src/i18n/bidi.ts). */
export function locale(ns: string, lang = 'en'): Record<string, unknown> {
  const words = JSON.parse(readFileSync(join(ROOT, 'locales', lang, `${ns}.json`), 'utf8')) as Record<string, unknown>;
  if (!isRightToLeft(lang)) return words;
  const walk = (v: unknown): unknown =>
    typeof v === 'string' ? isolateLatin(v) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)])) : v;
  return walk(words) as Record<string, unknown>;
}

export function text(tree: Record<string, unknown>, key: string): string {
  let v: unknown = tree;
  for (const k of key.split('.')) v = (v as Record<string, unknown>)[k];
  if (typeof v !== 'string') throw new Error(`no text for ${key}`);
  return v;
}

/** Answers the questions the app asks, by clicking the answer's words, until the council page. */
export async function answerAll(page: Page, answers: Record<string, string>, questions = locale('questions'), app = locale('app')): Promise<string[]> {
  const asked: string[] = [];
  for (let i = 0; i < 20; i++) {
    const m = /#\/questions\/([a-z0-9-]+)/.exec(page.url());
    if (!m) break;
    const q = m[1]!;
    const a = answers[q];
    if (a === undefined) throw new Error(`the app asked ${q}, which the scenario does not answer`);
    asked.push(q);
    // The URL changes before the new question is on screen (router transitions): wait for its
    // heading, or a 'No' on the page before could be clicked instead of this question's 'No'.
    await page.locator('h1', { hasText: text(questions, `${q}.title`) }).waitFor();
    await page.getByLabel(text(questions, `${q}.answers.${a}`), { exact: true }).check();
    await page.getByRole('button', { name: text(app, 'continue'), exact: true }).click();
    await page.waitForURL((u) => !u.hash.endsWith(`/questions/${q}`));
  }
  return asked;
}

/** Opens the language control (one row: the current language) and picks a language by its own name. */
export async function chooseLanguage(page: Page, name: string): Promise<void> {
  const nav = page.locator('nav.languages');
  if (!(await nav.locator('details').evaluate((d) => (d as HTMLDetailsElement).open))) await nav.locator('summary').click();
  await nav.getByRole('button', { name, exact: true }).click();
}

/** Waits until the app is running (not just the page drawn at build time). */
export async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.kcReady !== undefined, null, { timeout: 30_000 });
}

/** Build B: the same app from a copy of rules/ with a new 'last checked' date and version, for the
 * update tests. Built once per build of dist/ (keyed by its service worker, which names every
 * file's revision) and shared by the test files that need it. */
export const LAST_CHECKED_B = '2026-11-20';
export function buildB(): string {
  const key = createHash('sha256').update(readFileSync(join(ROOT, 'dist', 'sw.js'))).digest('hex').slice(0, 16);
  const tmp = join(tmpdir(), `kc-build-b-${key}`);
  const out = join(tmp, 'dist');
  if (existsSync(join(out, 'sw.js'))) return out;
  rmSync(tmp, { recursive: true, force: true });
  cpSync(join(ROOT, 'rules'), join(tmp, 'rules'), { recursive: true });
  cpSync(join(ROOT, 'seeds'), join(tmp, 'seeds'), { recursive: true });
  const meta = join(tmp, 'rules', 'meta.yaml');
  const text0 = readFileSync(meta, 'utf8');
  const changed = text0.replace(/^version: (\d+)/m, (_, v: string) => `version: ${Number(v) + 1}`).replace(/^lastChecked: .*/m, `lastChecked: ${LAST_CHECKED_B}`);
  if (changed === text0) throw new Error('could not change rules/meta.yaml for build B');
  writeFileSync(meta, changed);
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: ROOT,
    env: { ...process.env, KC_RULES_ROOT: tmp },
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    rmSync(tmp, { recursive: true, force: true });
    throw new Error(`build B failed: ${r.stderr}`);
  }
  return out;
}
