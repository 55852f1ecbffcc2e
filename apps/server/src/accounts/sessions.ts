import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Account, AuthTokens } from '@macromuse/contract/accounts/accounts.schemas';
import type { Db, Queryable } from '../db/client.ts';
import { HttpError } from '../http/http-errors.ts';
import type { AccessTokens } from './access-tokens.ts';
import {
  extendSession,
  insertRefreshToken,
  insertSession,
  lockRefreshToken,
  markRefreshTokenUsed,
  revokeSession,
  type UserRow,
} from './accounts.repository.ts';

/** A session ends after this long without a refresh. */
export const SESSION_IDLE_DAYS = 7;
/**
 * A used refresh token presented again within this long is a retry or a second tab racing the
 * first, not a copy: it gets a pair of its own. Later, it ends the session.
 */
export const REFRESH_REUSE_LEEWAY_MS = 10_000;
const DAY_MS = 24 * 60 * 60 * 1000;

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function toAccount(user: Pick<UserRow, 'id' | 'email' | 'created_at'>): Account {
  return { id: user.id, email: user.email, createdAt: new Date(user.created_at).toISOString() };
}

const unauthorized = (message: string): HttpError => new HttpError(401, 'unauthorized', message);

/** Sign-in sessions: each is a family of refresh tokens that replace each other, one use each. */
export class Sessions {
  constructor(
    private readonly db: Db,
    private readonly accessTokens: AccessTokens,
  ) {}

  /** Starts a session for a user who just proved who they are. */
  async start(user: Pick<UserRow, 'id' | 'email' | 'created_at'>, tx?: Queryable): Promise<AuthTokens> {
    const sessionId = randomUUID();
    const now = new Date();
    const expiresAt = new Date(now.getTime() + SESSION_IDLE_DAYS * DAY_MS);
    const write = async (q: Queryable): Promise<string> => {
      await insertSession(q, { id: sessionId, userId: user.id, expiresAt });
      return this.newRefreshToken(q, sessionId, user.id);
    };
    const refreshToken = tx ? await write(tx) : await this.db.transaction(write);
    return this.tokens(toAccount(user), sessionId, refreshToken, expiresAt, now);
  }

  /**
   * Exchanges a refresh token for a new pair. A token exchanged once already (longer ago than
   * the leeway) means it was copied: the whole session is revoked, and whoever holds any of its
   * tokens must sign in again.
   */
  async refresh(refreshToken: string, loadUser: (q: Queryable, id: string) => Promise<UserRow | undefined>): Promise<AuthTokens> {
    const outcome = await this.db.transaction(async (tx) => {
      const hash = hashRefreshToken(refreshToken);
      const found = await lockRefreshToken(tx, hash);
      if (!found) return { refused: 'This refresh token is not known; sign in again.' } as const;
      if (found.session.revoked_at) return { refused: 'This session has ended; sign in again.' } as const;
      const now = new Date();
      if (found.used_at && now.getTime() - new Date(found.used_at).getTime() > REFRESH_REUSE_LEEWAY_MS) {
        await revokeSession(tx, found.session_id, 'refresh token reused');
        return { refused: 'This refresh token was already used, so the session was closed to protect the account; sign in again.' } as const;
      }
      if (new Date(found.session.expires_at).getTime() <= now.getTime()) {
        return { refused: `This session expired after ${SESSION_IDLE_DAYS} days without use; sign in again.` } as const;
      }
      const user = await loadUser(tx, found.user_id);
      if (!user) return { refused: 'This account no longer exists.' } as const;
      await markRefreshTokenUsed(tx, hash);
      const expiresAt = new Date(now.getTime() + SESSION_IDLE_DAYS * DAY_MS);
      await extendSession(tx, found.session_id, expiresAt);
      const next = await this.newRefreshToken(tx, found.session_id, found.user_id);
      return { user, sessionId: found.session_id, next, expiresAt, now } as const;
    });
    // The reuse revocation above must commit, so the refusal is thrown only after the transaction.
    if ('refused' in outcome) throw unauthorized(outcome.refused);
    return this.tokens(toAccount(outcome.user), outcome.sessionId, outcome.next, outcome.expiresAt, outcome.now);
  }

  private async newRefreshToken(q: Queryable, sessionId: string, userId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await insertRefreshToken(q, { hash: hashRefreshToken(token), sessionId, userId });
    return token;
  }

  private async tokens(user: Account, sessionId: string, refreshToken: string, refreshExpiresAt: Date, now: Date): Promise<AuthTokens> {
    const access = await this.accessTokens.issue({ userId: user.id, sessionId }, now);
    return {
      user,
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt.toISOString(),
      refreshToken,
      refreshTokenExpiresAt: refreshExpiresAt.toISOString(),
    };
  }
}
