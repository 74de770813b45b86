/** The checks every engine runs (WebKit and Firefox; Chromium has its own, fuller files): a journey
 * per arrangement type, the switch to a right-to-left language, the service worker taking control
 * and a whole journey with the server stopped, an update mid-interview, the embed resizing across
 * two origins, and the quick exit. One browser per engine file; each test its own origin (its own
 * server port), so storage and service workers start fresh. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { buildB, LAST_CHECKED_B, locale, ROOT, scenarios, text, type Scenario } from '../harness.ts';
import { serveStatic, type StaticServer } from '../../../tools/cli/static-server.ts';
import { launchEngine, until, type Engine, type EngineName, type Tab } from './engine.ts';
import { freePort } from './webdriver.ts';

const SHOTS = join(ROOT, 'tests', 'browser', 'screenshots');
const app = locale('app');
const questions = locale('questions');
const arrangements = locale('arrangements');
const t = (key: string) => text(app, key);

/** The first scenario for each arrangement type. */
const byArrangement = new Map<string, Scenario>();
for (const s of scenarios()) if (!byArrangement.has(s.expect.arrangement)) byArrangement.set(s.expect.arrangement, s);
const SGO = byArrangement.get('special-guardianship')!;

async function serve(dir = join(ROOT, 'dist')): Promise<StaticServer> {
  return serveStatic({ dir, port: await freePort() });
}

/** The app is running (not just the page drawn at build time). */
export const ready = (tab: Tab) => until(tab, () => document.documentElement.dataset.kcReady !== undefined, [], 'the app to start');

const h1 = (tab: Tab) => tab.run(() => document.querySelector('h1')?.textContent?.trim() ?? '');

/** Clicks through the questions with the scenario's answers, then 'rather not say' for the council,
 * then 'See your result'; returns the arrangement title shown. */
export async function journey(tab: Tab, s: Scenario, words = { app, questions }): Promise<string> {
  for (let i = 0; i < 20; i++) {
    const at = await until(tab, () => /^#\/(questions\/[a-z0-9-]+|council)$/.exec(location.hash)?.[1] ?? null, [], 'a question or the council page');
    if (at === 'council') break;
    const q = at.slice('questions/'.length);
    const a = s.answers[q];
    if (a === undefined) throw new Error(`the app asked ${q}, which ${s.name} does not answer`);
    // The address changes a moment before the question is drawn: wait for its heading.
    await until(tab, (title) => document.querySelector('h1')?.textContent?.trim() === title, [text(words.questions, `${q}.title`)], `the question ${q}`);
    await tab.click(`label[for="${q}-${a}"]`);
    await tab.click('button[type=submit]', text(words.app, 'continue'));
    await until(tab, (h) => location.hash !== h, [`#/questions/${q}`], `leaving ${q}`);
  }
  await tab.click('button', text(words.app, 'council.ratherNotSay'));
  await until(tab, () => location.hash === '#/check-answers' && document.querySelector('h1') !== null, [], 'check your answers');
  await tab.click('button', text(words.app, 'check.button'));
  return until(tab, () => (location.hash === '#/result' && document.querySelector('.panel__title')?.textContent) || null, [], 'the result');
}

/** A picture of the page as a 360x640 phone shows it: Firefox's viewport is that size; WebKit's
 * window cannot be narrower than 447 px, so the page is shown again in a 360x640 frame of its own
 * origin (same tab storage) and the frame is photographed. */
export async function phoneShot(tab: Tab, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${tab.engine}-${name}.png`);
  if (tab.engine === 'firefox') return tab.screenshot(path);
  await tab.run(() => {
    const f = document.createElement('iframe');
    f.id = 'kc-phone';
    f.src = location.href;
    f.width = '360';
    f.height = '640';
    f.setAttribute('style', 'position:fixed;top:0;left:0;border:0;z-index:2147483647;background:#fff');
    document.documentElement.append(f);
  });
  await until(tab, () => {
    const d = (document.getElementById('kc-phone') as HTMLIFrameElement | null)?.contentDocument;
    return d?.documentElement.dataset.kcReady !== undefined && d?.querySelector('h1') !== null;
  }, [], 'the 360 px frame');
  await new Promise((r) => setTimeout(r, 300)); // fonts and layout settle before the picture
  try {
    // A picture for people to look at, not an assertion: WebKitWebDriver can refuse one ('unable to
    // capture screen', seen on the folded result page); say so and go on.
    await tab.screenshot(path, '#kc-phone').catch((e: Error) => console.warn(`webkit: no picture of ${name}: ${e.message}`));
  } finally {
    // Always gone afterwards: left in place, the frame covers the page and every later click fails.
    await tab.run(() => document.getElementById('kc-phone')?.remove());
  }
}

export function engineSuite(name: EngineName): void {
  let engine: Engine;
  const timings: Record<string, number> = {};
  beforeAll(async () => {
    const t0 = Date.now();
    engine = await launchEngine(name);
    timings.launch = Date.now() - t0;
  });
  afterAll(async () => {
    await engine?.quit();
    console.log(`${name} timings (ms):`, JSON.stringify(timings));
  });
  const timed = (label: string, fn: () => Promise<void>) => async () => {
    const t0 = Date.now();
    await fn();
    timings[label] = Date.now() - t0;
  };

  describe(`${name}: one journey per arrangement type`, () => {
    let server: StaticServer;
    let tab: Tab;
    beforeAll(async () => {
      server = await serve();
      tab = await engine.open();
    });
    afterAll(async () => {
      await tab?.close();
      await server?.stop();
    });
    let n = 0;
    for (const [arrangement, s] of byArrangement) {
      it(`${arrangement}: ${s.name}`, timed(`journey ${arrangement}`, async () => {
        // A new load each time (the query changes), with nothing kept from the journey before.
        await tab.goto(`${server.url}?journey=${++n}#/`);
        await tab.run(() => sessionStorage.clear());
        await tab.goto(`${server.url}?journey=${++n}#/`);
        await ready(tab);
        if (n === 2) await phoneShot(tab, 'start');
        await tab.click('.button--start', t('start.button'));
        if (n === 2) {
          await until(tab, (title) => document.querySelector('h1')?.textContent?.trim() === title, [text(questions, 'where-child-lives.title')], 'the first question');
          await phoneShot(tab, 'question');
        }
        expect(await journey(tab, s)).toBe(text(arrangements, `${arrangement}.title`));
        if (arrangement === 'special-guardianship') await phoneShot(tab, 'result');
      }));
    }
  });

  describe(`${name}: right-to-left`, () => {
    it('the switch to Urdu sets lang and dir, and keeps the carer on her question', timed('rtl', async () => {
      const server = await serve();
      const tab = await engine.open();
      try {
        await tab.goto(`${server.url}#/questions/where-child-lives`);
        await ready(tab);
        await tab.click('.languages__toggle');
        await tab.click('.languages__button', 'اردو');
        const ur = locale('questions', 'ur');
        await until(tab, (title) => document.documentElement.dir === 'rtl' && document.documentElement.lang === 'ur' && document.querySelector('h1')?.textContent?.trim() === title, [text(ur, 'where-child-lives.title')], 'the Urdu question');
        expect(await tab.url()).toMatch(/#\/questions\/where-child-lives$/);
        // The layout really is mirrored: the first answer's radio is on the right of its label.
        const [radio, label] = await tab.run(() => {
          const r = document.querySelector('.radios__input')!.getBoundingClientRect();
          const l = document.querySelector('.radios__label')!.getBoundingClientRect();
          return [r.left, l.left];
        });
        expect(radio).toBeGreaterThan(label!);
        await phoneShot(tab, 'question-ur');
      } finally {
        await tab.close();
        await server.stop();
      }
    }));
  });

  describe(`${name}: offline`, () => {
    it('the service worker takes control on the first visit; with the server stopped, a whole journey works', timed('offline', async () => {
      const server = await serve();
      const tab = await engine.open();
      try {
        await tab.goto(server.url);
        await ready(tab);
        await until(tab, () => navigator.serviceWorker?.controller?.state === 'activated', [], 'the service worker to take control', 60_000);
        await server.stop(); // real offline: nothing answers on that port any more
        await tab.goto(`${server.url}?again=1`);
        await ready(tab);
        expect(await h1(tab)).toBe(t('start.title'));
        await until(tab, (words) => document.body.textContent?.includes(words) ?? false, [t('offline.offline')], 'the offline banner');
        await tab.click('.button--start', t('start.button'));
        expect(await journey(tab, SGO)).toBe(text(arrangements, 'special-guardianship.title'));
      } finally {
        await tab.close();
        await server.stop();
      }
    }));
  });

  describe(`${name}: an update mid-interview`, () => {
    it('waits for the carer; Reload runs the new version on the same question with her answer', timed('update', async () => {
      const b = buildB();
      const server = await serve();
      const tab = await engine.open();
      try {
        await tab.goto(server.url);
        await ready(tab);
        await until(tab, () => navigator.serviceWorker?.controller?.state === 'activated', [], 'the service worker to take control', 60_000);
        await tab.click('.button--start', t('start.button'));
        await until(tab, () => document.querySelector('label[for="where-child-lives-with-me-england"]') !== null, [], 'the first question');
        await tab.click('label[for="where-child-lives-with-me-england"]');
        await tab.click('button[type=submit]', t('continue'));
        await until(tab, () => location.hash === '#/questions/relationship', [], 'the second question');
        server.setDir(b);
        await tab.run(() => {
          (window as unknown as { marker: number }).marker = 1;
          void navigator.serviceWorker.getRegistration().then((r) => r?.update());
        });
        await until(tab, (words) => document.body.textContent?.includes(words) ?? false, [t('offline.updateReady')], 'the update banner', 60_000);
        expect(await tab.run(() => (window as unknown as { marker?: number }).marker)).toBe(1);
        await tab.click('.banner--update button', t('offline.reload'));
        await until(tab, () => (window as unknown as { marker?: number }).marker === undefined && document.documentElement.dataset.kcReady !== undefined, [], 'the reload', 60_000);
        await until(tab, () => document.querySelector('footer')?.textContent?.includes('20 November 2026') ?? false, [], `build B's date (${LAST_CHECKED_B})`);
        expect(await tab.url()).toMatch(/#\/questions\/relationship$/);
        await tab.click('.back-link', t('back'));
        await until(tab, () => (document.getElementById('where-child-lives-with-me-england') as HTMLInputElement | null)?.checked === true, [], 'her first answer, kept');
      } finally {
        await tab.close();
        await server.stop();
      }
    }));
  });

  describe(`${name}: embedded on a charity page of another origin`, () => {
    let checker: StaticServer;
    let host: Server;
    let hostUrl: string;
    beforeAll(async () => {
      checker = await serve();
      const port = await freePort();
      hostUrl = `http://127.0.0.1:${port}/`;
      const html = readFileSync(join(ROOT, 'dist', 'embed-demo.html'), 'utf8')
        .replace(/<script src="\.\/embed\.js"[^>]*><\/script>/, `<script src="${checker.url}embed.js" async></script>`)
        .replace('./embed-demo.css', `${checker.url}embed-demo.css`);
      host = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
      await new Promise<void>((r) => host.listen(port, '127.0.0.1', () => r()));
    });
    afterAll(async () => {
      await checker?.stop();
      host?.close();
    });

    it('the frame follows its content, from the start page to a result', timed('embed', async () => {
      const tab = await engine.open();
      try {
        await tab.goto(hostUrl);
        const frameHeight = () => tab.run(() => document.querySelector('iframe')?.getBoundingClientRect().height ?? 0);
        await until(tab, () => document.querySelector('iframe') !== null, [], 'the frame');
        await tab.frame('iframe');
        await ready(tab);
        const content = () => tab.run(() => Math.ceil(document.body.getBoundingClientRect().height));
        const fits = async () => {
          await tab.frame(null);
          await tab.frame('iframe');
          const c = await content();
          await tab.frame(null);
          const f = await frameHeight();
          return f >= c && f - c < 1000 ? f : 0;
        };
        const pollFits = async () => {
          for (let i = 0; i < 100; i++) {
            const f = await fits();
            if (f) return f;
            await new Promise((r) => setTimeout(r, 100));
          }
          throw new Error('the frame never fitted its content');
        };
        const start = await pollFits();
        await tab.frame('iframe');
        await tab.click('.button--start', t('start.button'));
        const kfc = byArrangement.get('kinship-foster-care')!;
        expect(await journey(tab, kfc)).toBe(text(arrangements, 'kinship-foster-care.title'));
        await tab.frame(null);
        // The result (its sections folded, issue 16) is taller than the start page: the frame grew.
        let tall = 0;
        for (let i = 0; i < 100 && tall <= start; i++) {
          tall = await pollFits();
          if (tall <= start) await new Promise((r) => setTimeout(r, 100));
        }
        expect(tall).toBeGreaterThan(start);
      } finally {
        await tab.close();
      }
    }));
  });

  describe(`${name}: leave this page`, () => {
    // The exit site is a real site, and this machine has no network: each engine shows its own
    // error page at the exit address instead (Firefox: about:neterror?...u=<the address>). What is
    // checked is that the tab went there, replacing the checker's entry, and what Back shows.
    let checker: StaticServer;
    let other: Server;
    let otherUrl: string;
    beforeAll(async () => {
      checker = await serve();
      const port = await freePort();
      otherUrl = `http://127.0.0.1:${port}/`;
      const demo = readFileSync(join(ROOT, 'dist', 'embed-demo.html'), 'utf8')
        .replace(/<script src="\.\/embed\.js"[^>]*><\/script>/, `<script src="${checker.url}embed.js" async></script>`)
        .replace('./embed-demo.css', `${checker.url}embed-demo.css`);
      other = createServer((req, res) => {
        const body = req.url?.startsWith('/charity') ? demo : '<!doctype html><title>before</title><h1>A page before the checker</h1>';
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
      });
      await new Promise<void>((r) => other.listen(port, '127.0.0.1', () => r()));
    });
    afterAll(async () => {
      await checker?.stop();
      other?.close();
    });
    const gone = (u: string) => u.includes('www.bbc.co.uk') || u.includes('bbc.co.uk%2Fweather') || u.includes('www.bbc.co.uk/weather');
    const atExit = async (tab: Tab) => {
      for (let i = 0; i < 100 && !gone(await tab.url()); i++) await new Promise((r) => setTimeout(r, 100));
      expect(gone(await tab.url()), `${name} went to the exit address`).toBe(true);
    };
    /** Back from the exit address: to the page before, or to a checker that shows no answer. */
    const backShowsNothing = async (tab: Tab, before: string) => {
      await tab.back();
      await until(tab, () => document.readyState === 'complete' && !location.href.startsWith('about:neterror'), [], 'the page Back shows');
      const where = await tab.url();
      if (where.startsWith(checker.origin)) {
        await ready(tab);
        expect(await tab.run(() => document.querySelector('.summary-list') === null)).toBe(true);
      } else if (!where.includes('/charity')) expect(where).toBe(before);
    };
    const toCheckAnswers = async (tab: Tab) => {
      await tab.click('.button--start', t('start.button'));
      const s = { ...SGO };
      for (let i = 0; i < 20; i++) {
        const at = await until(tab, () => /^#\/(questions\/[a-z0-9-]+|council)$/.exec(location.hash)?.[1] ?? null, [], 'a question');
        if (at === 'council') break;
        const q = at.slice('questions/'.length);
        await until(tab, (title) => document.querySelector('h1')?.textContent?.trim() === title, [text(questions, `${q}.title`)], q);
        await tab.click(`label[for="${q}-${s.answers[q]}"]`);
        await tab.click('button[type=submit]', t('continue'));
        await until(tab, (h) => location.hash !== h, [`#/questions/${q}`], `leaving ${q}`);
      }
      await tab.click('button', t('council.ratherNotSay'));
      await until(tab, () => document.querySelector('.summary-list') !== null, [], 'check your answers');
    };

    it('the button: the tab goes to the exit address in place of the checker, remembered answers are cleared, Back shows none', timed('exit button', async () => {
      const tab = await engine.open();
      try {
        await tab.goto(otherUrl);
        await tab.goto(checker.url);
        await ready(tab);
        await toCheckAnswers(tab);
        await tab.click('label[for="remember"]');
        expect(await tab.run(() => localStorage.getItem('kinship-checker'))).toContain('special-guardianship-order');
        await tab.click('.button--exit');
        await atExit(tab);
        await backShowsNothing(tab, otherUrl);
        await tab.goto(checker.url);
        await ready(tab);
        expect(await tab.run(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
        expect(await h1(tab)).toBe(t('start.title'));
      } finally {
        await tab.close();
      }
    }));

    it('Shift pressed three times leaves, from a question', timed('exit shift', async () => {
      const tab = await engine.open();
      try {
        await tab.goto(otherUrl);
        await tab.goto(`${checker.url}#/questions/where-child-lives`);
        await ready(tab);
        await tab.click('label[for="where-child-lives-with-me-england"]');
        await tab.shift(3);
        await atExit(tab);
        await backShowsNothing(tab, otherUrl);
      } finally {
        await tab.close();
      }
    }));

    it('inside a charity page of another origin, by Shift three times: the charity page leaves too, and Back shows none of her answers', timed('exit embedded', async () => {
      const tab = await engine.open();
      try {
        await tab.goto(otherUrl);
        await tab.goto(`${otherUrl}charity`);
        await until(tab, () => document.querySelector('iframe') !== null, [], 'the frame');
        await tab.frame('iframe');
        await ready(tab);
        await toCheckAnswers(tab);
        // The shortcut, from inside the frame (the button takes the same way out of the frame).
        await tab.click('label[for="remember"]');
        await tab.shift(3);
        await tab.frame(null);
        await atExit(tab);
        await backShowsNothing(tab, otherUrl);
        if ((await tab.url()).includes('/charity')) {
          await tab.frame('iframe');
          await ready(tab);
          expect(await tab.run(() => document.querySelector('.summary-list') === null)).toBe(true);
        }
      } finally {
        await tab.close();
      }
    }));
  });
}
