/** npm run bench: how fast and how big, against bench/budget.json. Not a test: a measurement.
 *
 * Builds the app and a static baseline page (plain HTML with the same first screen, no script:
 * the physical limit for this content), serves both on localhost, and measures:
 * - Lighthouse (mobile, simulated slow 4G, Debian chromium): performance score, LCP, TBT, CLS of
 *   the start page and a question page, and the LCP ratio of the start page to the baseline (the
 *   baseline is the start page's first screen; the question page's LCP is reported beside it);
 * - JavaScript (gzip) downloaded before the first question can be answered (and, beside it, the
 *   locale JSON it needs);
 * - precache bytes, bytes per language, warm offline start to the first question (median);
 * - decision paths: how many, median and longest.
 * Writes bench/results.json, prints a table, exits 1 when a budget is exceeded. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from 'playwright-core';
import { serveStatic } from './static-server.ts';
import { loadRules } from '../rules/load.ts';
import { enumeratePaths, routeStats, median } from '../../src/engine/paths.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const CHROME = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;

function build() {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('vite build failed');
}

/** The start page's first screen as plain HTML and CSS: what the app could at best match. */
export function baseline(dir: string) {
  const app = JSON.parse(readFileSync(join(ROOT, 'locales/en/app.json'), 'utf8'));
  const css = readFileSync(join(ROOT, 'src/styles.css'), 'utf8');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${app.start.lead}"><title>${app.start.title} - ${app.service}</title><style>${css}</style></head><body>
<a class="skip-link" href="#main-content">${app.skipLink}</a>
<header class="header"><div class="width"><span class="header__service">${app.service}</span><button type="button" class="button button--exit">${app.quickExit}</button></div></header>
<nav class="languages" aria-label="${app.language.label}"><div class="width"><ul class="languages__list"><li><button class="languages__button" aria-current="true">English</button></li><li><button class="languages__button" lang="cy">Cymraeg</button></li><li><button class="languages__button" lang="pl">Polski</button></li><li><button class="languages__button" lang="ro">Română</button></li><li><button class="languages__button" lang="ur" dir="rtl">اردو</button></li><li><button class="languages__button" lang="bn">বাংলা</button></li><li><button class="languages__button" lang="ar" dir="rtl">العربية</button></li></ul></div></nav>
<div class="width"><main id="main-content" class="main"><h1>${app.start.title}</h1><p class="lead">${app.start.lead}</p><p>${app.start.what}</p>
<ul class="list"><li>${app.start.whatList.arrangement}</li><li>${app.start.whatList.support}</li><li>${app.start.whatList.next}</li></ul>
<p>${app.start.england}</p><p>${app.start.notSure}</p><p>${app.privacy}</p><p>${app.notAdvice}</p><a class="button button--start" href="#">${app.start.button}</a></main></div>
<footer class="footer"><div class="width"><p>${app.privacy}</p><p>${app.notAdvice}</p></div></footer></body></html>`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), html);
  writeFileSync(join(dir, 'robots.txt'), 'User-agent: *\nAllow: /\n');
}

interface Lh { score: number; lcp: number; tbt: number; cls: number }

async function lh(url: string, port: number): Promise<Lh> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, undefined);
  const lhr = result!.lhr;
  const a = lhr.audits;
  return {
    score: Math.round((lhr.categories.performance!.score ?? 0) * 100),
    lcp: Math.round(a['largest-contentful-paint']!.numericValue!),
    tbt: Math.round(a['total-blocking-time']!.numericValue!),
    cls: Number((a['cumulative-layout-shift']!.numericValue ?? 0).toFixed(3)),
  };
}

/** The median run of several (by LCP), so one slow run does not decide. */
async function lhMedian(url: string, port: number): Promise<Lh> {
  const runs: Lh[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await lh(url, port));
  runs.sort((a, b) => a.lcp - b.lcp);
  return { ...runs[Math.floor(runs.length / 2)]!, tbt: Math.max(...runs.map((r) => r.tbt)), cls: Math.max(...runs.map((r) => r.cls)), score: Math.min(...runs.map((r) => r.score)) };
}

function precache(): { entries: number; bytes: number; gzipBytes: number } {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
  let bytes = 0;
  let gzipBytes = 0;
  for (const u of urls) {
    const b = readFileSync(join(DIST, u));
    bytes += b.length;
    gzipBytes += gz(b);
  }
  // The service worker and Workbox runtime are downloaded too.
  for (const f of readdirSync(DIST).filter((f) => /^(sw|workbox-.*)\.js$/.test(f))) {
    const b = readFileSync(join(DIST, f));
    bytes += b.length;
    gzipBytes += gz(b);
  }
  return { entries: urls.length, bytes, gzipBytes };
}

function localeBytes(): Record<string, { bytes: number; gzipBytes: number }> {
  const out: Record<string, { bytes: number; gzipBytes: number }> = {};
  for (const f of readdirSync(join(DIST, 'assets'))) {
    const m = /^locale-([a-z]+)-[a-z]+-.*\.json$/.exec(f);
    if (!m) continue;
    const b = readFileSync(join(DIST, 'assets', f));
    const e = (out[m[1]!] ??= { bytes: 0, gzipBytes: 0 });
    e.bytes += b.length;
    e.gzipBytes += gz(b);
  }
  return out;
}

export async function browserFigures(url: string) {
  const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS });
  try {
    // JavaScript needed before the first question can be answered: the checker opened at the
    // start page and at the first question, each in a fresh browser; every script requested
    // before the app said it was running (performance mark 'kc-ready', set when its first page
    // is drawn and every button works). What loads later (the service worker's helper, the
    // result page) is not counted. The larger of the two is the figure.
    const needed = async (address: string) => {
      const ctx = await browser.newContext({ viewport: { width: 360, height: 640 }, serviceWorkers: 'block' });
      const page = await ctx.newPage();
      await page.goto(address);
      await page.waitForSelector('html[data-kc-ready]', { state: 'attached' });
      const before: string[] = await page.evaluate(() => {
        const ready = performance.getEntriesByName('kc-ready')[0]!.startTime;
        return performance
          .getEntriesByType('resource')
          .filter((e) => e.startTime <= ready)
          .map((e) => new URL(e.name).pathname.replace(/^\//, ''));
      });
      await ctx.close();
      const size = (list: string[]) => list.reduce((n, f) => n + gz(readFileSync(join(DIST, f))), 0);
      const files = before.filter((f) => f.endsWith('.js'));
      // The words (locale JSON) are data, not script, but they are downloaded too: reported beside.
      const data = before.filter((f) => f.endsWith('.json'));
      return { files, bytes: size(files), data, dataBytes: size(data) };
    };
    const atStart = await needed(url);
    const atQuestion = await needed(`${url}#/questions/where-child-lives`);
    const first = atQuestion.bytes >= atStart.bytes ? atQuestion : atStart;
    const firstQuestionJs = first.bytes;
    const files = first.files;

    // Warm offline start: installed once, then opened with no network, to the first question.
    const warm = await browser.newContext({ viewport: { width: 360, height: 640 } });
    const p1 = await warm.newPage();
    await p1.goto(url);
    await p1.waitForFunction(() => !!navigator.serviceWorker?.controller, null, { timeout: 30_000 });
    await p1.close();
    await warm.setOffline(true);
    const times: number[] = [];
    for (let i = 0; i < 9; i++) {
      const p = await warm.newPage();
      await p.goto(`${url}#/questions/where-child-lives`);
      await p.locator('input[type=radio]').first().waitFor();
      times.push(Math.round(await p.evaluate(() => performance.now())));
      await p.close();
    }
    await warm.close();
    return { firstQuestionJs, firstQuestionFiles: files, startPageJs: atStart.bytes, firstQuestionData: first.dataBytes, firstQuestionDataFiles: first.data, warmOffline: median(times), warmOfflineRuns: times };
  } finally {
    await browser.close();
  }
}

/** The same pages in a real Chromium, throttled like Lighthouse's slow 4G (150 ms, 1.6 Mbps, CPU
 * 4x slower): first and largest contentful paint as the page itself reports them, median of 5.
 * A check on Lighthouse's simulation, reported beside it. */
export async function throttledPaint(url: string): Promise<{ fcp: number; lcp: number }> {
  const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS });
  try {
    const runs: { fcp: number; lcp: number }[] = [];
    for (let i = 0; i < 5; i++) {
      const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
      const page = await ctx.newPage();
      const cdp = await ctx.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.addInitScript(() => {
        const w = window as unknown as { __paint: { fcp?: number; lcp?: number } };
        w.__paint = {};
        new PerformanceObserver((l) => l.getEntries().forEach((e) => e.name === 'first-contentful-paint' && (w.__paint.fcp = e.startTime))).observe({ type: 'paint', buffered: true });
        new PerformanceObserver((l) => l.getEntries().forEach((e) => (w.__paint.lcp = e.startTime))).observe({ type: 'largest-contentful-paint', buffered: true });
      });
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(1000);
      // Paint reports arrive in a task after the paint; on a busy machine, later than a second.
      await page.waitForFunction(() => { const p = (window as unknown as { __paint: { fcp?: number; lcp?: number } }).__paint; return p.fcp !== undefined && p.lcp !== undefined; }, null, { timeout: 30_000 });
      runs.push(await page.evaluate(() => (window as unknown as { __paint: { fcp: number; lcp: number } }).__paint));
      await ctx.close();
    }
    return { fcp: Math.round(median(runs.map((r) => r.fcp))), lcp: Math.round(median(runs.map((r) => r.lcp))) };
  } finally {
    await browser.close();
  }
}

async function main() {
  build();
  const base = mkdtempSync(join(tmpdir(), 'kc-baseline-'));
  baseline(base);
  // Both gzipped, as every real host serves text.
  const app = await serveStatic({ dir: DIST, port: 4411, compress: true });
  const plain = await serveStatic({ dir: base, port: 4412, compress: true });
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
  let results;
  try {
    const lhStart = await lhMedian(app.url, chrome.port);
    const lhQuestion = await lhMedian(`${app.url}#/questions/where-child-lives`, chrome.port);
    const lhBaseline = await lhMedian(plain.url, chrome.port);
    const b = await browserFigures(app.url);
    const real = { start: await throttledPaint(app.url), baseline: await throttledPaint(plain.url) };
    const rules = loadRules();
    const stats = routeStats(enumeratePaths(rules));
    results = {
      date: new Date().toISOString(),
      machine: { node: process.version, lighthouseRuns: RUNS },
      lighthouse: { start: lhStart, question: lhQuestion, baseline: lhBaseline, lcpRatio: Number((lhStart.lcp / lhBaseline.lcp).toFixed(2)) },
      throttledChromium: { ...real, lcpRatio: Number((real.start.lcp / real.baseline.lcp).toFixed(2)) },
      firstQuestionJsGzipBytes: b.firstQuestionJs,
      firstQuestionFiles: b.firstQuestionFiles,
      startPageJsGzipBytes: b.startPageJs,
      firstQuestionDataGzipBytes: b.firstQuestionData,
      firstQuestionDataFiles: b.firstQuestionDataFiles,
      precache: precache(),
      localeBytes: localeBytes(),
      warmOfflineStartMs: b.warmOffline,
      warmOfflineRunsMs: b.warmOfflineRuns,
      decisionPaths: { routes: stats.routes, answerCombinations: stats.answerPaths, medianLength: stats.medianLength, longest: stats.longest },
    };
  } finally {
    await chrome.kill();
    await app.stop();
    await plain.stop();
    rmSync(base, { recursive: true, force: true });
  }
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

  const budget = JSON.parse(readFileSync(join(ROOT, 'bench/budget.json'), 'utf8'));
  const l = results.lighthouse;
  const checks: [string, number | string, string, boolean][] = [
    ['Lighthouse performance, start', l.start.score, `>= ${budget.lighthousePerformanceMin}`, l.start.score >= budget.lighthousePerformanceMin],
    ['Lighthouse performance, question', l.question.score, `>= ${budget.lighthousePerformanceMin}`, l.question.score >= budget.lighthousePerformanceMin],
    ['LCP start / question / baseline (ms)', `${l.start.lcp} / ${l.question.lcp} / ${l.baseline.lcp}`, '', true],
    ['LCP ratio start page / baseline', l.lcpRatio, `<= ${budget.lcpRatioToBaselineMax}`, l.lcpRatio <= budget.lcpRatioToBaselineMax],
    ['  real Chromium, throttled: FCP/LCP start, baseline (ms)', `${results.throttledChromium.start.fcp}/${results.throttledChromium.start.lcp}, ${results.throttledChromium.baseline.fcp}/${results.throttledChromium.baseline.lcp}`, '', true],
    ['TBT start / question (ms)', `${l.start.tbt} / ${l.question.tbt}`, `< ${budget.tbtMaxMs}`, Math.max(l.start.tbt, l.question.tbt) < budget.tbtMaxMs],
    ['CLS start / question', `${l.start.cls} / ${l.question.cls}`, `<= ${budget.clsMax}`, Math.max(l.start.cls, l.question.cls) <= budget.clsMax],
    ['JS before the first question (gzip bytes)', results.firstQuestionJsGzipBytes, `<= ${budget.firstQuestionJsGzipMaxBytes}`, results.firstQuestionJsGzipBytes <= budget.firstQuestionJsGzipMaxBytes],
    ['  and its words, JSON (gzip bytes)', results.firstQuestionDataGzipBytes, '', true],
    ['Warm offline start to first question (ms, median of 9)', results.warmOfflineStartMs, `< ${budget.warmOfflineStartMaxMs}`, results.warmOfflineStartMs < budget.warmOfflineStartMaxMs],
    ['Precache (entries / bytes / gzip bytes)', `${results.precache.entries} / ${results.precache.bytes} / ${results.precache.gzipBytes}`, '', true],
    ...Object.entries(results.localeBytes).map(([k, v]) => [`Language ${k} (bytes / gzip bytes)`, `${v.bytes} / ${v.gzipBytes}`, '', true] as [string, string, string, boolean]),
    ['Decision routes / answer combinations', `${results.decisionPaths.routes} / ${results.decisionPaths.answerCombinations}`, '', true],
    ['Route length, median (questions)', results.decisionPaths.medianLength, `<= ${budget.routeMedianMaxQuestions}`, results.decisionPaths.medianLength <= budget.routeMedianMaxQuestions],
    ['Route length, longest (questions)', results.decisionPaths.longest, `<= ${budget.routeLongestMaxQuestions}`, results.decisionPaths.longest <= budget.routeLongestMaxQuestions],
  ];
  const w = Math.max(...checks.map((c) => c[0].length));
  for (const [name, value, limit, ok] of checks) console.log(`${ok ? ' ' : '✗'} ${name.padEnd(w)}  ${String(value).padEnd(22)} ${limit}`);
  const failed = checks.filter((c) => !c[3]);
  console.log(failed.length ? `\n${failed.length} budget(s) exceeded (bench/budget.json).` : '\nAll budgets met. Results in bench/results.json.');
  process.exit(failed.length ? 1 : 0);
}

// Run as a script (npm run bench); importable for its parts.
if (process.argv[1]?.endsWith('bench.ts')) await main();
