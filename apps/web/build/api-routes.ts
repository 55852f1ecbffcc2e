import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import type { Routes } from '@macromuse/contract/endpoints';

const VIRTUAL = 'virtual:api-routes';
const RESOLVED = `\0${VIRTUAL}`;
const TABLE = fileURLToPath(new URL('../../../packages/contract/src/endpoints.ts', import.meta.url));

/**
 * `virtual:api-routes`: the method, path, access and status of every endpoint of the contract's table,
 * read from the table at build time. The app's client is derived from it (and from the table's
 * types), without shipping zod and every schema to the browser.
 */
export function apiRoutes(): Plugin {
  return {
    name: 'macromuse-api-routes',
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const { module, dependencies } = await runnerImport<{ routes: Routes }>(TABLE, { configFile: false, logLevel: 'warn' });
      for (const file of dependencies) this.addWatchFile(file);
      return `export default ${JSON.stringify(module.routes)};`;
    },
  };
}
