import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import {
  createServer,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/**
 * A tiny static file server for a built site, with no dependencies so the e2e tests and the
 * benchmark can share it. It behaves like the static hosts teams publish to: exact MIME types
 * (duckdb-wasm's streaming compile refuses wasm served as anything but `application/wasm`),
 * index.html for directories, byte ranges, and nothing outside the folder.
 */

export interface StaticServerOptions {
  /** The folder to serve. */
  root: string;
  /** Path the folder is mounted at, e.g. `/sub/path/`, to test a site hosted below the root. */
  prefix?: string;
  /** Extra headers on every response, e.g. a Content-Security-Policy to mimic a host. */
  headers?: OutgoingHttpHeaders;
  /** Defaults to 127.0.0.1; port 0 picks a free port. */
  host?: string;
  port?: number;
}

export interface StaticServer {
  /** Where the folder is mounted, ending in `/`: http://127.0.0.1:PORT/prefix/ */
  url: string;
  close(): Promise<void>;
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.arrow': 'application/vnd.apache.arrow.file',
  '.parquet': 'application/vnd.apache.parquet',
  '.gz': 'application/gzip',
};

/** The Content-Type for a file name; unknown extensions are served as opaque bytes. */
export function mimeType(fileName: string): string {
  return MIME_TYPES[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/** Normalises a mount prefix to `/`, or `/a/b/` with both slashes. */
function normalisePrefix(prefix: string): string {
  const trimmed = prefix.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Starts serving `root`; resolves once the server is listening. */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  // Resolve symlinks once so the containment check below compares real paths.
  const root = await realpath(path.resolve(options.root));
  const prefix = normalisePrefix(options.prefix ?? '/');
  const extraHeaders = options.headers ?? {};

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, 'Internal Server Error');
      else response.destroy(error instanceof Error ? error : undefined);
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse) {
    for (const [name, value] of Object.entries(extraHeaders)) {
      if (value !== undefined) response.setHeader(name, value);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      return send(response, 405, 'Method Not Allowed');
    }
    const pathname = (request.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
    if (`${pathname}/` === prefix) return redirect(response, prefix, request.url);
    if (!pathname.startsWith(prefix)) return send(response, 404, 'Not Found');

    const file = resolveInside(root, pathname.slice(prefix.length));
    if (file === null) return send(response, 404, 'Not Found');
    const info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      // Without the slash, relative URLs in index.html (Vite's base './') resolve one level up.
      if (!pathname.endsWith('/')) return redirect(response, `${pathname}/`, request.url);
      return serveFile(root, request, response, path.join(file, 'index.html'));
    }
    return serveFile(root, request, response, file);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}${prefix}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Browsers keep connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * Maps a URL path below the mount point to a file inside `root`, or null if it would leave it.
 * Decoding happens before the check, so `%2e%2e%2f` cannot smuggle a `../` past it.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\u0000')) return null;
  const file = path.resolve(root, `./${decoded}`);
  return isInside(root, file) ? file : null;
}

const isInside = (root: string, file: string) => file === root || file.startsWith(root + path.sep);

async function serveFile(
  root: string,
  request: IncomingMessage,
  response: ServerResponse,
  file: string,
) {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return send(response, 404, 'Not Found');
  // A symlink inside the folder must not lead outside it either.
  if (!isInside(root, await realpath(file))) return send(response, 404, 'Not Found');

  response.setHeader('Content-Type', mimeType(file));
  // Wrong MIME types must fail here as they would on a strict host, not be sniffed into working.
  response.setHeader('X-Content-Type-Options', 'nosniff');
  // Revalidate every time, like a host after a deploy. Not `no-store`: with it Chromium ends the
  // wasm download with net::ERR_ABORTED once the streaming compile is done (seen here,
  // intermittently), which would show up as a failed request in every browser test.
  response.setHeader('Cache-Control', 'no-cache');
  response.setHeader('Accept-Ranges', 'bytes');

  // duckdb-wasm reads remote database files with HTTP range requests.
  const range = parseRange(request.headers.range, info.size);
  if (range === 'unsatisfiable') {
    response.setHeader('Content-Range', `bytes */${info.size}`);
    return send(response, 416, 'Range Not Satisfiable');
  }
  const { start, end } = range ?? { start: 0, end: info.size - 1 };
  if (range !== null) {
    response.statusCode = 206;
    response.setHeader('Content-Range', `bytes ${start}-${end}/${info.size}`);
  }
  response.setHeader('Content-Length', Math.max(0, end - start + 1));
  if (request.method === 'HEAD' || info.size === 0) {
    response.end();
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const stream = createReadStream(file, { start, end });
    stream.once('error', reject);
    response.once('close', resolve);
    stream.pipe(response);
  });
}

/** Parses a single `bytes=` range; null means "send the whole file". */
export function parseRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | 'unsatisfiable' | null {
  if (header === undefined) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  // Multiple ranges and other units are optional for servers; answering with the whole file is allowed.
  if (match === null) return null;
  const [, from = '', to = ''] = match;
  if (from === '' && to === '') return null;
  if (from === '') {
    const suffix = Number(to);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(from);
  if (start >= size) return 'unsatisfiable';
  const end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  if (end < start) return 'unsatisfiable';
  return { start, end };
}

function redirect(response: ServerResponse, location: string, original: string | undefined) {
  const query = original?.includes('?') ? original.slice(original.indexOf('?')) : '';
  response.writeHead(301, { Location: `${location}${query}` });
  response.end();
}

function send(response: ServerResponse, status: number, message: string) {
  response.statusCode = status;
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.setHeader('Content-Length', Buffer.byteLength(message));
  response.end(message);
}
