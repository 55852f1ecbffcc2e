import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** True when the web app has been built into `dir` (npm start builds it first). */
export function webAppBuilt(dir: string): boolean {
  return existsSync(join(dir, 'index.html'));
}

/**
 * Serves the built web app at `/`: hashed assets cached for a year, index.html never cached, so
 * a new version reaches people at their next visit.
 */
export function registerWebApp(app: FastifyInstance, dir: string): void {
  void app.register(fastifyStatic, {
    root: dir,
    prefix: '/',
    wildcard: false,
    setHeaders: (res, path) => {
      res.header('Cache-Control', path.includes(join(dir, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}

/** A page of the app opened by its address (a reload on /settings): answered with the app itself. */
export function isAppNavigation(request: FastifyRequest): boolean {
  return request.method === 'GET' && !request.url.startsWith('/api/') && request.url !== '/healthz' && (request.headers.accept ?? '').includes('text/html');
}

export function sendAppShell(reply: FastifyReply): FastifyReply {
  return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
}
