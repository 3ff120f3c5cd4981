import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of a built site: everything from the page's own origin, nothing
 * from anywhere else. `'wasm-unsafe-eval'` lets DuckDB's WebAssembly compile (it allows no
 * JavaScript eval); `blob:` images are the chart exports drawn on a canvas; `data:` images are
 * what Recharts and the browser use for small inline graphics. No inline script or style
 * element is allowed. Hosts should also send it as a header, with `frame-ancestors 'self'`,
 * which a `<meta>` cannot carry (docs/shared-builds.md, "Hosting a build").
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * Puts the policy in the built index.html, so it holds on any host, even one that sends no
 * headers. Not in `npm run dev`: Vite's dev server injects inline scripts of its own.
 */
export function cspPlugin(): Plugin {
  return {
    name: 'gevinstmonitor-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}
