import { endpoint } from '../endpoint.ts';
import { profileInputSchema, profileSchema } from './profile.schemas.ts';
import { targetSettingsSchema, targetsSchema } from './targets.schemas.ts';

const tag = 'profile and targets';

export const targetEndpoints = {
  profile: endpoint({
    method: 'GET',
    path: '/api/me/profile',
    tag,
    access: 'user',
    summary: 'Your body, goal, units, time zone and meals (null before you first set them)',
    status: 200,
    response: profileSchema.nullable(),
  }),
  saveProfile: endpoint({
    method: 'PUT',
    path: '/api/me/profile',
    tag,
    access: 'user',
    summary: 'Set your profile; your targets follow from it',
    body: profileInputSchema,
    status: 200,
    response: profileSchema,
  }),
  targets: endpoint({
    method: 'GET',
    path: '/api/me/targets',
    tag,
    access: 'user',
    summary: 'Your daily targets: energy (BMR, TDEE, goal), macros, vitamins and minerals with upper limits',
    status: 200,
    response: targetsSchema,
  }),
  saveTargets: endpoint({
    method: 'PUT',
    path: '/api/me/targets',
    tag,
    access: 'user',
    summary: 'Set targets by hand or change how they are computed (protein g/kg or %, fat %, calorie floor)',
    description: 'Replaces the previous settings: a field left out goes back to its computed value.',
    body: targetSettingsSchema,
    status: 200,
    response: targetsSchema,
  }),
};
