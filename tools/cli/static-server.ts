/** A small static file server for the built app: serves a folder under a path prefix (to prove the
 * app works from a sub-path), and can switch folders while running (to serve a new version for the
 * update test). Used by the browser tests and the benchmark. No dependencies. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticServer {
  url: string;
  origin: string;
  setDir(dir: string): void;
  stop(): Promise<void>;
}

export async function serveStatic(opts: {
  dir: string;
  port: number;
  prefix?: string;
  headers?: (path: string) => Record<string, string>;
  /** gzip text files for clients that accept it, as any real host does (the benchmark uses this,
   * so transfer sizes are the ones carers would see). */
  compress?: boolean;
  onRequest?: (req: IncomingMessage) => void;
}): Promise<StaticServer> {
  let dir = opts.dir;
  const prefix = opts.prefix ?? '/';
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    opts.onRequest?.(req);
    const url = new URL(req.url ?? '/', 'http://x');
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html';
    if (rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(dir, rel));
    if (!file.startsWith(normalize(dir)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let body = readFileSync(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip = opts.compress && /^(text\/|application\/(json|manifest)|image\/svg)/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip) body = gzipSync(body);
    res.writeHead(200, {
      'content-type': type,
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      // The service worker script is always checked for a new version; hashed assets never change.
      'cache-control': rel.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(opts.headers?.(rel) ?? {}),
    });
    res.end(body);
  };
  const server = createServer(handler);
  // The port asked for, or, when something else holds it (another worktree's tests on the same
  // machine), any free port: never someone else's server.
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
  await listen(opts.port).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'EADDRINUSE') throw e;
    return listen(0);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}${prefix}`,
    origin,
    setDir: (d) => {
      dir = d;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
