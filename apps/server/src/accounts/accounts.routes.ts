import { randomUUID } from 'node:crypto';
import {
  accountSchema,
  authTokensSchema,
  deleteAccountSchema,
  refreshSchema,
  signInSchema,
  signOutSchema,
  signUpSchema,
} from '@macromuse/contract/accounts/accounts.schemas';
import type { Db } from '../db/client.ts';
import type { ApiRouter } from '../http/api-router.ts';
import { HttpError } from '../http/http-errors.ts';
import type { RateLimits } from '../http/rate-limits.ts';
import { hashPassword, verifyPassword, decoyHash } from './passwords.ts';
import { deleteUser, findUserByEmail, findUserById, insertUser, revokeAllSessions, revokeSession } from './accounts.repository.ts';
import { toAccount, type Sessions } from './sessions.ts';

export interface AccountRouteDeps {
  readonly db: Db;
  readonly sessions: Sessions;
  readonly limits: RateLimits;
}

const TAG = 'accounts';

export function registerAccountRoutes(api: ApiRouter, { db, sessions, limits }: AccountRouteDeps): void {
  api.route({
    method: 'POST',
    path: '/api/auth/signup',
    tag: TAG,
    access: 'public',
    summary: 'Create an account with an email and a password, and sign in',
    body: signUpSchema,
    status: 201,
    response: authTokensSchema,
    handler: async ({ body, request }) => {
      await limits.signUpAttempt(request.ip);
      const passwordHash = await hashPassword(body.password);
      return db.transaction(async (tx) => {
        const user = await insertUser(tx, { id: randomUUID(), email: body.email, passwordHash });
        if (!user) throw new HttpError(409, 'email_taken', 'An account with this email already exists; sign in instead.', [{ field: 'email', problem: 'is already registered' }]);
        return sessions.start(user, tx);
      });
    },
  });

  api.route({
    method: 'POST',
    path: '/api/auth/signin',
    tag: TAG,
    access: 'public',
    summary: 'Sign in with email and password',
    description: 'Limited per IP address and, after repeated failures, per account (429 with Retry-After).',
    body: signInSchema,
    response: authTokensSchema,
    handler: async ({ body, request }) => {
      await limits.signInAttempt(request.ip, body.email);
      const user = await findUserByEmail(db, body.email);
      const ok = await verifyPassword(user?.password_hash ?? (await decoyHash()), body.password);
      if (!user || !ok) {
        await limits.signInFailed(body.email);
        throw new HttpError(401, 'wrong_credentials', 'The email or the password is wrong.');
      }
      await limits.signInSucceeded(body.email);
      return sessions.start(user);
    },
  });

  api.route({
    method: 'POST',
    path: '/api/auth/refresh',
    tag: TAG,
    access: 'public',
    summary: 'Exchange a refresh token for a new access token and refresh token',
    description: 'Each refresh token works once. Presenting a used one again ends its whole session. A session ends after 7 days without a refresh.',
    body: refreshSchema,
    response: authTokensSchema,
    handler: ({ body }) => sessions.refresh(body.refreshToken, findUserById),
  });

  api.route({
    method: 'POST',
    path: '/api/auth/signout',
    tag: TAG,
    access: 'user',
    summary: 'Sign out this session (or every session with everywhere: true)',
    body: signOutSchema,
    status: 204,
    handler: async ({ body, user, tx }) => {
      if (body.everywhere) await revokeAllSessions(tx, user.id, 'signed out everywhere');
      else await revokeSession(tx, user.sessionId, 'signed out');
    },
  });

  api.route({
    method: 'GET',
    path: '/api/me',
    tag: TAG,
    access: 'user',
    summary: 'The signed-in account',
    response: accountSchema,
    handler: async ({ user, tx }) => {
      const row = await findUserById(tx, user.id);
      if (!row) throw new HttpError(404, 'not_found', 'This account no longer exists');
      return toAccount(row);
    },
  });

  api.route({
    method: 'DELETE',
    path: '/api/me',
    tag: TAG,
    access: 'user',
    summary: 'Erase the account and everything it owns',
    description: 'Confirm with the password. Every row the account owns is deleted, at once and for good.',
    body: deleteAccountSchema,
    status: 204,
    handler: async ({ body, user, tx }) => {
      const row = await findUserById(tx, user.id);
      if (!row || !(await verifyPassword(row.password_hash, body.password))) {
        throw new HttpError(403, 'wrong_password', 'The password is wrong; the account was not deleted.', [{ field: 'password', problem: 'is wrong' }]);
      }
      await deleteUser(tx, user.id);
    },
  });
}
