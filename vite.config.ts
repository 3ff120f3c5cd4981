import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { buildDataPlugin } from './scripts/build-data-plugin.ts';
import { cspPlugin } from './scripts/csp-plugin.ts';

export default defineConfig(({ mode }) => ({
  plugins: [react(), buildDataPlugin(), cspPlugin()],
  // Relative asset URLs: the build runs from any folder or sub-path of any static host.
  base: './',
  build: {
    target: 'es2022',
    // duckdb-wasm's wasm files are tens of MB; they are fetched on demand, never inlined.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1024,
    rolldownOptions: {
      // The build-data plugin's load waits 4–5 s for DuckDB in Node by design (it runs alongside
      // the bundling); Rolldown would otherwise warn about it on every build.
      checks: { bundlerTimings: false },
      // `npm run bench` builds its probe page beside the app; the shipped build has only the app.
      input: mode === 'bench' ? { main: 'index.html', bench: 'bench/page.html' } : 'index.html',
    },
  },
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
}));
