import { endpoints } from '@macromuse/contract/endpoints';
import type { ApiRouter } from '../http/api-router.ts';
import type { AccountsService } from './accounts.service.ts';

export function registerAccountRoutes(api: ApiRouter, accounts: AccountsService): void {
  api.handle(endpoints.signUp, ({ body, request }) => accounts.signUp(body, request.ip));
  api.handle(endpoints.signIn, ({ body, request }) => accounts.signIn(body, request.ip));
  api.handle(endpoints.refresh, ({ body }) => accounts.refresh(body.refreshToken));
  api.handle(endpoints.signOut, (ctx) => accounts.signOut(ctx, ctx.user.sessionId, ctx.body.everywhere));
  api.handle(endpoints.me, (ctx) => accounts.account(ctx));
  api.handle(endpoints.deleteAccount, (ctx) => accounts.erase(ctx, ctx.body.password));
}
