import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { apiRoutes } from './build/api-routes.ts';

// The built app is served by the MacroMuse server at `/`; in development, Vite proxies the API to it.
// The service worker keeps the app itself (HTML, scripts, styles, icons) so it opens with no
// network; the person's data is kept by the app in IndexedDB, never in the worker's caches.
export default defineConfig({
  plugins: [
    react(),
    apiRoutes(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script',
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'MacroMuse',
        short_name: 'MacroMuse',
        description: 'Log what you eat in two taps and see your day against your targets.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f6f7f6',
        theme_color: '#0f766e',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/healthz/],
        cleanupOutdatedCaches: true,
        // The first visit is kept offline too: the worker takes charge of the open page at once.
        clientsClaim: true,
        skipWaiting: true,
        // The barcode reader's WebAssembly is large and only needed to scan: kept once first used.
        runtimeCaching: [{ urlPattern: /\/assets\/.*\.wasm$/, handler: 'CacheFirst', options: { cacheName: 'barcode-reader' } }],
      },
    }),
  ],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  server: { proxy: { '/api': 'http://localhost:3000', '/healthz': 'http://localhost:3000' } },
});
