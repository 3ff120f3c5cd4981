import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesBelow(full) : [full];
  });
}

/**
 * What a first visit must download before the page can run: the scripts and module preloads that
 * index.html names (gzip, as a host serves them). The wasm must not be among them.
 */
export function measureSize(dist: string) {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const referenced = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+)"/g)]
    .map((match) => match[1] ?? '')
    .filter((ref) => ref.endsWith('.js') || ref.endsWith('.css') || ref.endsWith('.wasm'));
  const initialBytes = referenced
    .filter((ref) => ref.endsWith('.js'))
    .reduce((sum, ref) => sum + gzipSync(readFileSync(path.join(dist, ref))).length, 0);
  const total = filesBelow(dist).reduce((sum, file) => sum + statSync(file).size, 0);
  return {
    initialJsGzipKB: initialBytes / 1024,
    distMB: total / 1024 / 1024,
    wasmOnCriticalPath: referenced.some((ref) => ref.endsWith('.wasm') || /duckdb/.test(ref)),
  };
}
