// Serving a built site on 127.0.0.1 and opening it in Debian's Chromium: shared by the site tests (test/site) and
// the benchmark (scripts/bench.ts), which measures search in a real browser.
import { fork } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';

/** `baoku` → `/baoku/`, `/` → `/`. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/gu, '');
  return trimmed ? `/${trimmed}/` : '/';
}

// ——— static server ———

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  // Pagefind's index files are binary.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/**
 * Types a static host compresses (GitHub Pages, Netlify and Cloudflare all gzip text), so that what the benchmark
 * counts is what a reader's browser downloads. Pagefind's index files and wasm are gzipped by Pagefind already.
 */
const COMPRESSED = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.webmanifest']);

/** Whether an Accept-Encoding header admits gzip (`gzip`, `gzip;q=0.5`, `*`; not `gzip;q=0`). */
function acceptsGzip(header: string | undefined): boolean {
  const codings = new Map<string, number>();
  for (const item of (header ?? '').split(',')) {
    const [name, ...params] = item.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/u.exec(p)?.[1]).find((v) => v !== undefined);
    codings.set(name, q === undefined ? 1 : Number(q));
  }
  return (codings.get('gzip') ?? codings.get('*') ?? 0) > 0;
}

export interface StaticServer {
  /** The site's address: origin plus base, e.g. `http://127.0.0.1:40123/baoku/`. */
  url: string;
  /** `http://127.0.0.1:40123`. */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves `dist` at `base` on 127.0.0.1 (random port), as a static host such as GitHub Pages does: a folder is its
 * index.html (`/baoku/x` → 301 `/baoku/x/`), a miss under base is dist/404.html with status 404, anything outside
 * base is a plain 404. GET and HEAD only; nothing is cached. Text is gzipped when the request accepts it, as hosts do.
 */
export function serveStatic(dist: string, base: string): Promise<StaticServer> {
  const root = resolve(dist);
  const prefix = normaliseBase(base);
  const notFoundPage = join(root, '404.html');

  const send = (res: ServerResponse, req: IncomingMessage, status: number, headers: Record<string, string>, body: Buffer | string) => {
    res.writeHead(status, { 'Cache-Control': 'no-store', 'Content-Length': String(Buffer.byteLength(body)), ...headers });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const plain = (res: ServerResponse, req: IncomingMessage, status: number, text: string) =>
    send(res, req, status, { 'Content-Type': 'text/plain; charset=utf-8' }, `${text}\n`);
  const notFound = (res: ServerResponse, req: IncomingMessage) => {
    if (existsSync(notFoundPage)) send(res, req, 404, { 'Content-Type': CONTENT_TYPES['.html']! }, readFileSync(notFoundPage));
    else plain(res, req, 404, 'Not found');
  };

  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, req, 405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }, 'Method not allowed\n');
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      plain(res, req, 400, 'Bad request');
      return;
    }
    const search = new URL(req.url ?? '/', 'http://127.0.0.1').search;
    if (`${pathname}/` === prefix) {
      send(res, req, 301, { Location: prefix + search, 'Content-Type': 'text/plain; charset=utf-8' }, '');
      return;
    }
    if (!pathname.startsWith(prefix) || pathname.includes('\0')) {
      plain(res, req, 404, `Not found: ${pathname} is outside the site's base path ${prefix}`);
      return;
    }
    const file = resolve(root, `.${sep}${pathname.slice(prefix.length)}`);
    if (file !== root && !file.startsWith(root + sep)) {
      plain(res, req, 404, 'Not found');
      return;
    }
    let target = file;
    const stat = existsSync(file) ? statSync(file) : null;
    if (stat?.isDirectory()) {
      if (!pathname.endsWith('/')) {
        send(res, req, 301, { Location: `${pathname}/${search}`, 'Content-Type': 'text/plain; charset=utf-8' }, '');
        return;
      }
      target = join(file, 'index.html');
    }
    if (!existsSync(target) || !statSync(target).isFile()) {
      notFound(res, req);
      return;
    }
    const ext = extname(target).toLowerCase();
    const type = CONTENT_TYPES[ext] ?? 'application/octet-stream';
    if (!COMPRESSED.has(ext)) {
      send(res, req, 200, { 'Content-Type': type }, readFileSync(target));
      return;
    }
    // Vary: a cache must not hand the gzipped body to a client that did not ask for it.
    if (acceptsGzip(req.headers['accept-encoding'])) {
      send(res, req, 200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' }, gzipSync(readFileSync(target)));
    } else send(res, req, 200, { 'Content-Type': type, Vary: 'Accept-Encoding' }, readFileSync(target));
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      const origin = `http://127.0.0.1:${port}`;
      resolvePromise({
        url: origin + prefix,
        origin,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}

/**
 * serveStatic in a child process, as the benchmark serves the site it times: served from the benchmark's own
 * process, whose event loop also runs Playwright's client, a shared link's first answer came 40–70 ms later
 * (median of twelve searches).
 */
export function serveStaticProcess(dist: string, base: string): Promise<StaticServer> {
  return new Promise((resolveServer, reject) => {
    const child = fork(fileURLToPath(new URL('./serve-process.ts', import.meta.url)), [dist, base], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`The static server process ended (code ${code}) before it listened`)));
    child.once('message', (address: { url: string; origin: string }) => {
      resolveServer({
        ...address,
        close: () =>
          new Promise<void>((closed) => {
            child.once('exit', () => closed());
            child.disconnect();
          }),
      });
    });
  });
}

// ——— browser ———

/** Chromium from Debian (`apt-get install -y chromium`), headless; BAOKU_CHROMIUM overrides its path. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env['BAOKU_CHROMIUM'] ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}: install Debian's chromium package (apt-get install -y chromium) or set BAOKU_CHROMIUM.`);
  }
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

