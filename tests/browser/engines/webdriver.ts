/** A small W3C WebDriver client (HTTP, no dependency) for WebKitWebDriver, which drives the
 * WebKitGTK MiniBrowser under a virtual display (xvfb-run). Only what the engine tests use. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
export type ElementRef = { [ELEMENT]: string };

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.WEBKIT_MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** A port nobody is listening on now (others on this machine may hold 4444). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export class WebDriverError extends Error {
  constructor(
    readonly error: string,
    message: string,
  ) {
    super(`${error}: ${message}`);
  }
}

export class Session {
  constructor(
    readonly base: string,
    readonly id: string,
  ) {}

  async cmd<T = unknown>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const r = await fetch(`${this.base}/session/${this.id}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: method === 'POST' ? JSON.stringify(body ?? {}) : undefined,
    });
    const json = (await r.json()) as { value: T & { error?: string; message?: string } };
    if (!r.ok) throw new WebDriverError(json.value?.error ?? String(r.status), json.value?.message ?? '');
    return json.value;
  }

  /** Runs `fn` in the current frame: its source and JSON arguments, never a string of our own. */
  execute<T>(fn: (...args: never[]) => unknown, ...args: unknown[]): Promise<T> {
    return this.cmd<T>('POST', '/execute/sync', { script: `return (${fn.toString()}).apply(null, arguments);`, args });
  }

  async quit(): Promise<void> {
    await fetch(`${this.base}/session/${this.id}`, { method: 'DELETE' }).catch(() => undefined);
  }
}

export interface Driver {
  url: string;
  session: Session;
  stop(): Promise<void>;
}

/** Starts WebKitWebDriver on a free loopback port under xvfb-run, and one MiniBrowser session. */
export async function startWebKit(): Promise<Driver> {
  const port = await freePort();
  const proc: ChildProcess = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', WEBKIT_DRIVER, `--port=${port}`, '--host=127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true, // its own process group: stop() ends xvfb, the driver and the browser together
  });
  let stderr = '';
  proc.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    try {
      process.kill(-proc.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  for (let i = 0; ; i++) {
    try {
      const r = await fetch(`${url}/status`);
      if (r.ok) break;
    } catch {
      /* not up yet */
    }
    if (i > 200 || proc.exitCode !== null) {
      await stop();
      throw new Error(`WebKitWebDriver did not start: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const r = await fetch(`${url}/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      capabilities: {
        alwaysMatch: {
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        },
      },
    }),
  });
  const json = (await r.json()) as { value: { sessionId?: string; message?: string } };
  if (!json.value.sessionId) {
    await stop();
    throw new Error(`no WebKit session: ${json.value.message ?? ''}`);
  }
  const session = new Session(url, json.value.sessionId);
  return {
    url,
    session,
    stop: async () => {
      await session.quit();
      await stop();
    },
  };
}
