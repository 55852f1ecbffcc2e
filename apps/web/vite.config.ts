import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The built app is served by the MacroMuse server at `/`; in development, Vite proxies the API to it.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  server: { proxy: { '/api': 'http://localhost:3000', '/healthz': 'http://localhost:3000' } },
});
