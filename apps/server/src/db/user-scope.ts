import type { Db, Queryable } from './client.ts';

/** The unprivileged role every user's request runs as (see migration 0003). */
export const USER_ROLE = 'macromuse_user';

/** The sign-in session a request came with has ended (signed out, expired or revoked). */
export class SessionEnded extends Error {
  constructor() {
    super('This session has ended (signed out, expired or revoked); sign in again.');
  }
}

/**
 * Runs `work` in one transaction as USER_ROLE with `userId` in macromuse.user_id, so Row Level
 * Security lets it see and write only that user's rows, whatever its queries forget to say.
 * With a `sessionId`, the same round trip checks that the sign-in session is still live
 * (not signed out, revoked or expired), and refuses the request if it is not.
 */
export function asUser<T>(db: Db, userId: string, work: (tx: Queryable) => Promise<T>, sessionId?: string): Promise<T> {
  return db.transaction(async (tx) => {
    const [scope] = await tx.query<{ live: boolean | null }>(
      `SELECT set_config('role', '${USER_ROLE}', true), set_config('macromuse.user_id', $1, true),
              (SELECT revoked_at IS NULL AND expires_at > now() FROM auth_sessions WHERE id = $2::uuid AND user_id = $1::uuid) AS live`,
      [userId, sessionId ?? null],
    );
    if (sessionId !== undefined && scope?.live !== true) {
      throw new SessionEnded();
    }
    return work(tx);
  });
}
