import type { Queryable } from '../db/client.ts';

export interface UserRow {
  readonly id: string;
  readonly email: string;
  readonly password_hash: string;
  readonly created_at: Date;
}

export interface SessionRow {
  readonly id: string;
  readonly user_id: string;
  readonly expires_at: Date;
  readonly revoked_at: Date | null;
}

export interface RefreshTokenRow {
  readonly token_hash: string;
  readonly session_id: string;
  readonly user_id: string;
  readonly used_at: Date | null;
}

/** Inserts a user; undefined when the email is taken. */
export async function insertUser(db: Queryable, user: { id: string; email: string; passwordHash: string }): Promise<UserRow | undefined> {
  const [row] = await db.query<UserRow>(
    `INSERT INTO users (id, email, password_hash) VALUES ($1, $2, $3)
     ON CONFLICT DO NOTHING RETURNING id, email, password_hash, created_at`,
    [user.id, user.email, user.passwordHash],
  );
  return row;
}

export async function findUserByEmail(db: Queryable, email: string): Promise<UserRow | undefined> {
  const [row] = await db.query<UserRow>('SELECT id, email, password_hash, created_at FROM users WHERE lower(email) = lower($1)', [email]);
  return row;
}

export async function findUserById(db: Queryable, id: string): Promise<UserRow | undefined> {
  const [row] = await db.query<UserRow>('SELECT id, email, password_hash, created_at FROM users WHERE id = $1', [id]);
  return row;
}

export async function insertSession(db: Queryable, session: { id: string; userId: string; expiresAt: Date }): Promise<void> {
  await db.query('INSERT INTO auth_sessions (id, user_id, expires_at) VALUES ($1, $2, $3)', [session.id, session.userId, session.expiresAt]);
}

export async function insertRefreshToken(db: Queryable, token: { hash: string; sessionId: string; userId: string }): Promise<void> {
  await db.query('INSERT INTO refresh_tokens (token_hash, session_id, user_id) VALUES ($1, $2, $3)', [token.hash, token.sessionId, token.userId]);
}

/** The refresh token and its session, locked until the transaction ends (two refreshes take turns). */
export async function lockRefreshToken(db: Queryable, hash: string): Promise<(RefreshTokenRow & { session: SessionRow }) | undefined> {
  const [row] = await db.query<RefreshTokenRow & { expires_at: Date; revoked_at: Date | null }>(
    `SELECT t.token_hash, t.session_id, t.user_id, t.used_at, s.expires_at, s.revoked_at
       FROM refresh_tokens t JOIN auth_sessions s ON s.id = t.session_id
      WHERE t.token_hash = $1
      FOR UPDATE`,
    [hash],
  );
  if (!row) return undefined;
  return {
    token_hash: row.token_hash,
    session_id: row.session_id,
    user_id: row.user_id,
    used_at: row.used_at,
    session: { id: row.session_id, user_id: row.user_id, expires_at: row.expires_at, revoked_at: row.revoked_at },
  };
}

export async function markRefreshTokenUsed(db: Queryable, hash: string): Promise<void> {
  await db.query('UPDATE refresh_tokens SET used_at = coalesce(used_at, now()) WHERE token_hash = $1', [hash]);
}

export async function extendSession(db: Queryable, sessionId: string, expiresAt: Date): Promise<void> {
  await db.query('UPDATE auth_sessions SET last_used_at = now(), expires_at = $2 WHERE id = $1', [sessionId, expiresAt]);
}

export async function revokeSession(db: Queryable, sessionId: string, reason: string): Promise<void> {
  await db.query('UPDATE auth_sessions SET revoked_at = now(), revoked_reason = $2 WHERE id = $1 AND revoked_at IS NULL', [sessionId, reason]);
}

export async function revokeAllSessions(db: Queryable, userId: string, reason: string): Promise<void> {
  await db.query('UPDATE auth_sessions SET revoked_at = now(), revoked_reason = $2 WHERE user_id = $1 AND revoked_at IS NULL', [userId, reason]);
}

export async function deleteUser(db: Queryable, userId: string): Promise<number> {
  const rows = await db.query<{ id: string }>('DELETE FROM users WHERE id = $1 RETURNING id', [userId]);
  return rows.length;
}
