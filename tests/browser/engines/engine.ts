/** One small interface over the two other engines, so each check is written once:
 * - WebKit: WebKitWebDriver drives the WebKitGTK MiniBrowser (W3C WebDriver, ./webdriver.ts);
 * - Firefox ESR: puppeteer-core over WebDriver BiDi.
 * Clicks and keys are the engines' own input (WebDriver element click and actions, puppeteer's
 * mouse and keyboard), not script; script only finds elements and reads the page. */
import { existsSync, writeFileSync } from 'node:fs';
import puppeteer, { type Browser as PBrowser, type BrowserContext, type ElementHandle, type Frame, type Page as PPage } from 'puppeteer-core';
import { MINIBROWSER, startWebKit, WEBKIT_DRIVER, type ElementRef, type Session } from './webdriver.ts';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** A page script: its source is sent, so it must not use anything from this file. */
type Script<A extends unknown[], T> = (...args: A) => T;

/** Finds the element to act on: `selector`, and if given, whose trimmed text (or, for a label, its
 * text) is `text`. Runs in the page. */
function find(selector: string, text: string | null): Element | null {
  const all = [...document.querySelectorAll(selector)];
  return all.find((el) => text === null || (el.textContent ?? '').trim() === text) ?? null;
}

export interface Tab {
  readonly engine: EngineName;
  goto(url: string): Promise<void>;
  /** The address of the top page. */
  url(): Promise<string>;
  /** Runs `fn` in the current frame and returns its (JSON) result. */
  run<A extends unknown[], T>(fn: Script<A, T>, ...args: A): Promise<Awaited<T>>;
  /** A real click on the first element matching `selector` (and `text`). */
  click(selector: string, text?: string): Promise<void>;
  /** Types into an input. */
  type(selector: string, value: string): Promise<void>;
  /** The Shift key pressed and released on its own, `times` times. */
  shift(times: number): Promise<void>;
  /** The browser's Back. */
  back(): Promise<void>;
  /** A PNG of the viewport, or of one element. */
  screenshot(path: string, selector?: string): Promise<void>;
  /** From now on, run and click act inside this iframe (of the top page); null: the top page. */
  frame(selector: string | null): Promise<void>;
  close(): Promise<void>;
}

export type EngineName = 'webkit' | 'firefox';

export interface Engine {
  name: EngineName;
  /** A new tab: in Firefox a new private context (fresh storage); in WebKit the one window, so each
   * test uses its own origin (its own server port) for fresh storage and service worker. */
  open(): Promise<Tab>;
  quit(): Promise<void>;
  /** Viewport the tests run at: WebKit's MiniBrowser window cannot be narrower than 447 px. */
  viewport: { width: number; height: number };
}

export function engineAvailable(name: EngineName): string | null {
  if (name === 'firefox') return existsSync(FIREFOX) ? null : `Firefox ESR not found at ${FIREFOX}. On Debian, as root: apt-get install -y firefox-esr`;
  for (const f of [WEBKIT_DRIVER, MINIBROWSER]) if (!existsSync(f)) return `${f} not found. On Debian, as root: apt-get install -y webkit2gtk-driver xvfb`;
  return null;
}

export async function launchEngine(name: EngineName): Promise<Engine> {
  const missing = engineAvailable(name);
  if (missing) throw new Error(missing);
  return name === 'webkit' ? webkit() : firefox();
}

// --- WebKit ---------------------------------------------------------------------------------

async function webkit(): Promise<Engine> {
  const driver = await startWebKit();
  const s = driver.session;
  // The narrowest the MiniBrowser's window goes; screenshots at 360x640 go through a frame of that size.
  await s.cmd('POST', '/window/rect', { width: 447, height: 678 });
  const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
  const el = async (selector: string, text: string | null): Promise<ElementRef> => {
    for (let i = 0; i < 100; i++) {
      const found = await s.execute<ElementRef | null>(find, selector, text).catch(() => null);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`WebKit: no ${selector}${text === null ? '' : ` "${text}"`}`);
  };
  let inFrame: string | null = null;
  const tab: Tab = {
    engine: 'webkit',
    async goto(url) {
      inFrame = null;
      await s.cmd('POST', '/url', { url });
    },
    url: () => s.cmd<string>('GET', '/url'),
    run: (fn, ...args) => s.execute(fn as never, ...args),
    async click(selector, text) {
      const e = await el(selector, text ?? null);
      if (inFrame) {
        // WebKitWebDriver does not scroll the top page to an element inside a frame of another
        // origin (nor does scrollIntoView there): scroll the top page to it first.
        const top = await s.execute<number>((x: Element) => x.getBoundingClientRect().top, e);
        await s.cmd('POST', '/frame/parent');
        await s.execute((sel: string, y: number) => {
          const f = document.querySelector(sel)!.getBoundingClientRect();
          window.scrollBy(0, f.top + y - innerHeight / 3);
        }, inFrame, top);
        await s.cmd('POST', '/frame', { id: await el(inFrame, null) });
      } else {
        // The header stays on screen (sticky, issue 16): WebKitWebDriver scrolls an element to the
        // top edge, under it, and then refuses the click as 'not interactable'. Centre it first.
        await s.execute((x: Element) => x.scrollIntoView({ block: 'center' }), e);
      }
      await s.cmd('POST', `/element/${e[ELEMENT as keyof ElementRef]}/click`);
    },
    async type(selector, value) {
      const e = await el(selector, null);
      await s.cmd('POST', `/element/${e[ELEMENT as keyof ElementRef]}/value`, { text: value });
    },
    async shift(times) {
      const actions = Array.from({ length: times }, () => [
        { type: 'keyDown', value: '\uE008' },
        { type: 'keyUp', value: '\uE008' },
      ]).flat();
      await s.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
      await s.cmd('DELETE', '/actions').catch(() => undefined);
    },
    async back() {
      await s.cmd('POST', '/back');
    },
    async screenshot(path, selector) {
      const b64 = selector
        ? await s.cmd<string>('GET', `/element/${(await el(selector, null))[ELEMENT as keyof ElementRef]}/screenshot`)
        : await s.cmd<string>('GET', '/screenshot');
      writeFileSync(path, Buffer.from(b64, 'base64'));
    },
    async frame(selector) {
      await s.cmd('POST', '/frame', { id: null });
      inFrame = null;
      if (selector !== null) {
        await s.cmd('POST', '/frame', { id: await el(selector, null) });
        inFrame = selector;
      }
    },
    async close() {
      inFrame = null;
      await s.cmd('POST', '/frame', { id: null }).catch(() => undefined);
      await s.cmd('POST', '/url', { url: 'about:blank' }).catch(() => undefined);
    },
  };
  return { name: 'webkit', viewport: { width: 447, height: 640 }, open: async () => tab, quit: () => driver.stop() };
}

// --- Firefox --------------------------------------------------------------------------------

async function firefox(): Promise<Engine> {
  const browser: PBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // A closed network: nothing Mozilla would fetch on its own.
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  const viewport = { width: 360, height: 640 };
  return {
    name: 'firefox',
    viewport,
    async open() {
      const context: BrowserContext = await browser.createBrowserContext();
      const page: PPage = await context.newPage();
      await page.setViewport(viewport);
      let frame: Frame = page.mainFrame();
      const el = async (selector: string, text: string | null): Promise<ElementHandle<Element>> => {
        for (let i = 0; i < 100; i++) {
          const h = await frame.evaluateHandle(find, selector, text).catch(() => null);
          const e = h?.asElement();
          if (e) return e as ElementHandle<Element>;
          await h?.dispose();
          await new Promise((r) => setTimeout(r, 50));
        }
        throw new Error(`Firefox: no ${selector}${text === null ? '' : ` "${text}"`}`);
      };
      return {
        engine: 'firefox',
        async goto(url) {
          frame = page.mainFrame();
          await page.goto(url, { waitUntil: 'load' });
        },
        // What the tab shows now (puppeteer's own record can lag behind a back/forward cache restore).
        url: async () => (await page.mainFrame().evaluate(() => location.href).catch(() => null)) ?? page.url(),
        run: (fn, ...args) => frame.evaluate(fn as never, ...(args as unknown as never[])) as never,
        async click(selector, text) {
          const e = await el(selector, text ?? null);
          await e.click();
          await e.dispose();
        },
        async type(selector, value) {
          const e = await el(selector, null);
          await e.type(value);
          await e.dispose();
        },
        async shift(times) {
          for (let i = 0; i < times; i++) await page.keyboard.press('Shift');
        },
        async back() {
          // Without waiting for a load event: a page from the back/forward cache fires none.
          await page.goBack({ timeout: 5_000 }).catch(() => undefined);
          frame = page.mainFrame();
        },
        async screenshot(path, selector) {
          if (selector) {
            const e = await el(selector, null);
            await e.screenshot({ path: path as `${string}.png` });
            await e.dispose();
          } else await page.screenshot({ path: path as `${string}.png` });
        },
        async frame(selector) {
          if (selector === null) {
            frame = page.mainFrame();
            return;
          }
          const e = await el(selector, null);
          const f = await e.contentFrame();
          if (!f) throw new Error(`no frame in ${selector}`);
          frame = f;
        },
        close: () => context.close(),
      };
    },
    quit: () => browser.close(),
  };
}

/** Polls `fn` in the page until it returns something truthy; returns it. Navigation in between
 * (a page going away while asked) counts as not yet. */
export async function until<A extends unknown[], T>(tab: Tab, fn: Script<A, T>, args: A, what: string, timeout = 20_000): Promise<NonNullable<Awaited<T>>> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const v = await tab.run(fn, ...args);
      if (v) return v as NonNullable<Awaited<T>>;
      last = v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`${tab.engine}: timed out waiting for ${what} (last: ${String(last)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
