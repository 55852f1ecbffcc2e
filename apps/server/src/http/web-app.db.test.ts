import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newFood } from '../test-support/factories.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import { webAppBuilt } from './web-app.ts';
import { loadConfig } from '../config/config.ts';

const WEB_DIR = loadConfig({}).webDir;

/** `npm test` builds the web app before the tests run; the server serves it at `/`. */
describe.runIf(webAppBuilt(WEB_DIR))('the web app served at /', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer('pglite', [newFood()]);
  });
  afterAll(async () => t?.stop());

  it('answers / with the app shell under a Content-Security-Policy, never cached', async () => {
    const response = await fetch(`${t.server.url}/`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<div id="root"></div>');
  });

  it('serves hashed assets for a year, and the shell for any page address, but JSON 404s for the API', async () => {
    const script = readdirSync(join(WEB_DIR, 'assets')).find((f) => f.endsWith('.js'));
    const asset = await fetch(`${t.server.url}/assets/${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await asset.text()).length).toBeGreaterThan(1000);

    const page = await fetch(`${t.server.url}/settings/profile`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root"></div>');

    const api = await fetch(`${t.server.url}/api/nothing-here`, { headers: { accept: 'text/html' } });
    expect(api.status).toBe(404);
    expect(((await api.json()) as { error: string }).error).toBe('not_found');
    const missing = await fetch(`${t.server.url}/missing.js`);
    expect(missing.status).toBe(404);
    await missing.text();
  });
});
