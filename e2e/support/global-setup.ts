import type { TestProject } from 'vitest/node';
import { ensureWebAppBuilt, manyAccountsFromOneAddress, startAppServer } from './app-server.ts';

/** One server for every browser test file: the web app built, then the real server with the real catalog. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  ensureWebAppBuilt();
  const app = await startAppServer({ tune: manyAccountsFromOneAddress });
  project.provide('appUrl', app.url);
  return () => app.close();
}
