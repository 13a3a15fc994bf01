// Vite builds the browser client from client/ into dist/client, which the API server serves.
// In development `npm run dev:client` proxies /api to the API server on port 8080.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'client',
  build: { outDir: '../dist/client', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/api': { target: process.env.ENTENTE_API ?? 'http://127.0.0.1:8080', changeOrigin: false } } },
  worker: { format: 'es' },
});
