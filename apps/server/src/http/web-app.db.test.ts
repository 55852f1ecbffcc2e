import { readdirSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newFood } from '../test-support/factories.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import { webAppBuilt } from './web-app.ts';
import { loadConfig } from '../config/config.ts';

const WEB_DIR = loadConfig({}).webDir;

/** A GET that leaves the body as the server sent it (fetch would decompress it). */
function rawGet(url: string, acceptEncoding: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

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

  it('serves what installs the app and keeps it offline: the service worker (never cached), the manifest, the shell by name', async () => {
    const worker = await fetch(`${t.server.url}/sw.js`);
    expect(worker.status).toBe(200);
    expect(worker.headers.get('cache-control')).toBe('no-cache');
    const precached = [...(await worker.text()).matchAll(/url:"([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(precached).toContain('index.html');
    // Every file the worker keeps must be there, or it never installs.
    for (const url of precached) expect((await fetch(`${t.server.url}/${url}`)).status, url).toBe(200);

    const manifest = await fetch(`${t.server.url}/manifest.webmanifest`);
    expect(manifest.headers.get('content-type')).toContain('application/manifest+json');
    const { icons, start_url: start } = (await manifest.json()) as { icons: { src: string; sizes: string }[]; start_url: string };
    expect(start).toBe('/');
    expect(icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of icons) expect((await fetch(`${t.server.url}${icon.src}`)).headers.get('content-type')).toBe('image/png');
  });

  it('sends the app precompressed (brotli, else gzip, else as it is) with Vary: Accept-Encoding, and compresses large JSON answers', async () => {
    const script = readdirSync(join(WEB_DIR, 'assets')).filter((f) => f.endsWith('.js')).sort((a, b) => readFileSync(join(WEB_DIR, 'assets', b)).length - readFileSync(join(WEB_DIR, 'assets', a)).length)[0];
    const raw = readFileSync(join(WEB_DIR, 'assets', script ?? ''));
    const url = `${t.server.url}/assets/${script}`;
    const br = await rawGet(url, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(String(br.headers['vary']).toLowerCase()).toContain('accept-encoding');
    expect(br.body.length).toBeLessThan(raw.length / 2);
    expect(brotliDecompressSync(br.body).equals(raw)).toBe(true);
    const gz = await rawGet(url, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(raw)).toBe(true);
    const plain = await rawGet(url, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(raw)).toBe(true);
    const shell = await rawGet(`${t.server.url}/index.html`, 'br');
    expect(shell.status).toBe(200);

    // The API description is large: compressed on the fly; a small answer is not worth it.
    const doc = await rawGet(`${t.server.url}/api/openapi.json`, 'gzip, br');
    expect(doc.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(doc.body).toString('utf8'))).toHaveProperty('openapi', '3.1.0');
    const small = await rawGet(`${t.server.url}/api/foods/search?q=zz`, 'gzip, br');
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it('lets WebAssembly (the barcode reader) compile, and nothing but our own scripts run', async () => {
    const csp = (await fetch(`${t.server.url}/`, { headers: { accept: 'text/html' } })).headers.get('content-security-policy') ?? '';
    const scripts = csp.split(';').find((d) => d.startsWith('script-src '));
    expect(scripts).toBe("script-src 'self' 'wasm-unsafe-eval'");
  });
});
