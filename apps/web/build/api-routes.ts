import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import type { Endpoint } from '@macromuse/contract/endpoint';

const VIRTUAL = 'virtual:api-routes';
const RESOLVED = `\0${VIRTUAL}`;
const TABLE = fileURLToPath(new URL('../../../packages/contract/src/endpoints.ts', import.meta.url));

/**
 * `virtual:api-routes`: the method, path and status of every endpoint of the contract's table,
 * read from the table at build time. The app's client is derived from it (and from the table's
 * types), without shipping zod and every schema to the browser.
 */
export function apiRoutes(): Plugin {
  return {
    name: 'macromuse-api-routes',
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const { module, dependencies } = await runnerImport<{ endpoints: Record<string, Endpoint> }>(TABLE, { configFile: false, logLevel: 'warn' });
      for (const file of dependencies) this.addWatchFile(file);
      const routes = Object.fromEntries(Object.entries(module.endpoints).map(([name, e]) => [name, { method: e.method, path: e.path, status: e.status }]));
      return `export default ${JSON.stringify(routes)};`;
    },
  };
}
