import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** True when the web app has been built into `dir` (npm start builds it first). */
export function webAppBuilt(dir: string): boolean {
  return existsSync(join(dir, 'index.html'));
}

/**
 * Serves the built web app, precompressed (brotli or gzip, by the request's Accept-Encoding,
 * with Vary: Accept-Encoding): hashed files under /assets/ cached for a year (looked up when asked
 * for, so a rebuild is served at once), the other files of the build at the root, and the app
 * shell never cached, so a new version reaches people at their next visit.
 */
export function registerWebApp(app: FastifyInstance, dir: string): void {
  void app.register(fastifyStatic, {
    root: join(dir, 'assets'),
    prefix: '/assets/',
    wildcard: true,
    // The build writes a brotli and a gzip copy of each text file: sent as they are to a browser that takes them.
    preCompressed: true,
    setHeaders: (res, path) => {
      res.header('Cache-Control', path.startsWith(join(dir, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  // index.html (also at `/`: the service worker keeps it by name), the worker, the manifest,
  // icons and the like: each its own route, none a wildcard in the API's way.
  for (const file of readdirSync(dir, { withFileTypes: true })) {
    if (!file.isFile() || /\.(br|gz)$/.test(file.name)) continue;
    if (file.name === 'index.html') app.get('/', (_request, reply) => reply.sendFile(file.name, dir));
    app.get(`/${file.name}`, (_request, reply) => reply.sendFile(file.name, dir));
  }
}

/** A page of the app opened by its address (a reload on /settings): answered with the app itself. */
export function isAppNavigation(request: FastifyRequest): boolean {
  return request.method === 'GET' && !request.url.startsWith('/api/') && request.url !== '/healthz' && (request.headers.accept ?? '').includes('text/html');
}

export function sendAppShell(reply: FastifyReply, dir: string): FastifyReply {
  return reply.sendFile('index.html', dir);
}
