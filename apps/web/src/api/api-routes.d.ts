declare module 'virtual:api-routes' {
  import type { Routes } from '@macromuse/contract/endpoints';

  /** The endpoint table's routes (method, path, access, status), read from the contract at build time. */
  const routes: Routes;
  export default routes;
}
