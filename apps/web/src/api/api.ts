import { useAppStore } from '../stores/app-store.ts';
import routes from 'virtual:api-routes';
import { ApiClient } from './api-client.ts';

/** The app's API client, reading and renewing the session held by the app store. */
export const api = new ApiClient(routes, {
  get: () => useAppStore.getState().session,
  set: (session) => useAppStore.getState().setSession(session),
});
