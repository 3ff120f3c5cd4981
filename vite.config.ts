import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // Relative asset URLs: the build runs from any folder or sub-path of any static host.
  base: './',
  build: {
    target: 'es2022',
    // duckdb-wasm's wasm files are tens of MB; they are fetched on demand, never inlined.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1024,
  },
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
});
