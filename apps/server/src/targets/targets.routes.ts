import { endpoints } from '@macromuse/contract/endpoints';
import type { ApiRouter } from '../http/api-router.ts';
import { profile, setProfile, setTargets, targets } from './targets.service.ts';

export function registerTargetRoutes(api: ApiRouter): void {
  api.handle(endpoints.profile, ({ tx }) => profile(tx));
  api.handle(endpoints.saveProfile, (ctx) => setProfile(ctx, ctx.body));
  api.handle(endpoints.targets, ({ tx }) => targets(tx));
  api.handle(endpoints.saveTargets, (ctx) => setTargets(ctx, ctx.body));
}
