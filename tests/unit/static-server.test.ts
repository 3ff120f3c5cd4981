import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRange, type StaticServer, startStaticServer } from '../e2e/support/static-server';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * Sends a request with the path exactly as written. fetch() would normalise `/../x` to `/x`
 * before sending, which would hide the very traversal attempts tested here.
 */
function send(
  base: string,
  rawPath: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      { hostname, port, path: rawPath, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const SECRET = '{"name":"outside the served folder"}';

let parent: string;
let atRoot: StaticServer;
let atSubPath: StaticServer;
// Tables are built before beforeAll runs, so they name a server instead of holding it.
const servers = {
  get root() {
    return atRoot;
  },
  get sub() {
    return atSubPath;
  },
};

beforeAll(async () => {
  parent = await mkdtemp(path.join(tmpdir(), 'static-server-'));
  const site = path.join(parent, 'site');
  await mkdir(path.join(site, 'nested'), { recursive: true });
  await writeFile(path.join(parent, 'package.json'), SECRET);
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>root</title>',
    'nested/index.html': '<!doctype html><title>nested</title>',
    'app.js': 'export {};',
    'worker.mjs': 'export {};',
    'duckdb.wasm': '\u0000asm',
    'data.csv': 'a,b\n1,2\n',
    'indicators.json': '{}',
    'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'style.css': 'body{}',
    'blob.bin': '0123456789',
    'file with space.txt': 'spaced',
  };
  for (const [name, content] of Object.entries(files)) {
    await writeFile(path.join(site, name), content);
  }
  await symlink(path.join(parent, 'package.json'), path.join(site, 'leak.json'));
  atRoot = await startStaticServer({ root: site });
  atSubPath = await startStaticServer({ root: site, prefix: 'sub/path' });
});

afterAll(async () => {
  await atRoot?.close();
  await atSubPath?.close();
  await rm(parent, { recursive: true, force: true });
});

describe('static server', () => {
  it('listens on 127.0.0.1 and reports its mount point', () => {
    expect(atRoot.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(atSubPath.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sub\/path\/$/);
  });

  it.each([
    ['/index.html', 'text/html; charset=utf-8'],
    ['/app.js', 'text/javascript; charset=utf-8'],
    ['/worker.mjs', 'text/javascript; charset=utf-8'],
    ['/duckdb.wasm', 'application/wasm'],
    ['/data.csv', 'text/csv; charset=utf-8'],
    ['/indicators.json', 'application/json; charset=utf-8'],
    ['/logo.svg', 'image/svg+xml'],
    ['/style.css', 'text/css; charset=utf-8'],
    ['/blob.bin', 'application/octet-stream'],
  ])('serves %s as %s', async (file, type) => {
    const reply = await send(atRoot.url, file);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe(type);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it.each([
    ['/', 'root'],
    ['/nested/', 'nested'],
    ['/?q=1', 'root'],
  ])('serves index.html for the directory %s', async (dir, title) => {
    const reply = await send(atRoot.url, dir);
    expect(reply.status).toBe(200);
    expect(reply.body).toContain(`<title>${title}</title>`);
  });

  it('decodes percent-encoded names', async () => {
    const reply = await send(atRoot.url, '/file%20with%20space.txt');
    expect(reply).toMatchObject({ status: 200, body: 'spaced' });
  });

  it.each([
    ['root', '/nested', '/nested/'],
    ['root', '/nested?x=1', '/nested/?x=1'],
    ['sub', '/sub/path', '/sub/path/'],
  ] as const)('redirects %s%s to %s', async (mount, from, to) => {
    const reply = await send(servers[mount].url, from);
    expect(reply.status).toBe(301);
    expect(reply.headers.location).toBe(to);
  });

  it.each([['/missing.js'], ['/nested/missing.html']])('answers 404 for %s', async (file) => {
    expect((await send(atRoot.url, file)).status).toBe(404);
  });

  it.each([
    ['root', '/../package.json'],
    ['root', '/%2e%2e/package.json'],
    ['root', '/..%2fpackage.json'],
    ['root', '/%2e%2e%2fpackage.json'],
    ['root', '/nested/../../package.json'],
    ['root', '/nested/%2e%2e/%2e%2e/package.json'],
    ['root', `/${'../'.repeat(10)}etc/passwd`],
    ['root', '/leak.json'],
    ['root', '/%00index.html'],
    ['root', '/%E0%A4%A'],
    ['sub', '/sub/path/../package.json'],
    ['sub', '/sub/path/..%2fpackage.json'],
  ] as const)('never escapes the folder (%s) with %s', async (mount, rawPath) => {
    const reply = await send(servers[mount].url, rawPath);
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain('outside the served folder');
  });

  it.each([
    ['/sub/path/', 200],
    ['/sub/path/app.js', 200],
    ['/', 404],
    ['/index.html', 404],
    ['/sub/', 404],
    ['/sub/pathology/index.html', 404],
  ])('mounted at /sub/path/: %s → %i', async (rawPath, status) => {
    expect((await send(atSubPath.url, rawPath)).status).toBe(status);
  });

  it('answers HEAD with headers only', async () => {
    const reply = await send(atRoot.url, '/blob.bin', { method: 'HEAD' });
    expect(reply).toMatchObject({ status: 200, body: '' });
    expect(reply.headers['content-length']).toBe('10');
  });

  it('refuses other methods', async () => {
    const reply = await send(atRoot.url, '/index.html', { method: 'POST' });
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('GET, HEAD');
  });

  it.each([
    ['bytes=0-3', 206, '0123', 'bytes 0-3/10'],
    ['bytes=7-', 206, '789', 'bytes 7-9/10'],
    ['bytes=-2', 206, '89', 'bytes 8-9/10'],
    ['bytes=8-100', 206, '89', 'bytes 8-9/10'],
    ['bytes=10-', 416, 'Range Not Satisfiable', 'bytes */10'],
    ['bytes=0-1,4-5', 200, '0123456789', undefined],
  ])('answers Range: %s', async (range, status, body, contentRange) => {
    const reply = await send(atRoot.url, '/blob.bin', { headers: { range } });
    expect(reply.status).toBe(status);
    expect(reply.body).toBe(body);
    expect(reply.headers['content-range']).toBe(contentRange);
  });
});

describe('parseRange', () => {
  it.each([
    [undefined, 10, null],
    ['bytes=2-4', 10, { start: 2, end: 4 }],
    ['bytes=-20', 10, { start: 0, end: 9 }],
    ['bytes=-0', 10, 'unsatisfiable'],
    ['bytes=5-2', 10, 'unsatisfiable'],
    ['bytes=0-', 0, 'unsatisfiable'],
    ['bytes=-', 10, null],
    ['items=0-1', 10, null],
  ])('%s of %i bytes → %j', (header, size, expected) => {
    expect(parseRange(header, size)).toEqual(expected);
  });
});
