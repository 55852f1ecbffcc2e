import { randomBytes, webcrypto } from 'node:crypto';
import { SignJWT, errors as joseErrors, jwtVerify } from 'jose';
import type { Db } from '../db/client.ts';

/** How long an access token lasts; the refresh token renews it. */
export const ACCESS_TOKEN_SECONDS = 15 * 60;
const ISSUER = 'macromuse';
const AUDIENCE = 'macromuse-api';

export interface AccessClaims {
  readonly userId: string;
  readonly sessionId: string;
}

/** Signs and checks access tokens (JWT, HS256) with a key every instance on one database shares. */
export class AccessTokens {
  private constructor(private readonly key: webcrypto.CryptoKey) {}

  /** The HMAC key imported once: given raw bytes, jose would import them again for every token. */
  private static async of(secret: Uint8Array): Promise<AccessTokens> {
    return new AccessTokens(await webcrypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']));
  }

  /**
   * Uses MACROMUSE_JWT_SECRET when set; otherwise a random key made once and kept in the
   * database, so restarts and other instances accept the same tokens.
   */
  static async load(db: Db, configured: string | undefined): Promise<AccessTokens> {
    if (configured) return AccessTokens.of(new TextEncoder().encode(configured));
    await db.query(`INSERT INTO server_secrets (name, value) VALUES ('jwt-hs256', $1) ON CONFLICT (name) DO NOTHING`, [
      randomBytes(32).toString('base64url'),
    ]);
    const [row] = await db.query<{ value: string }>(`SELECT value FROM server_secrets WHERE name = 'jwt-hs256'`);
    if (!row) throw new Error('the token signing key could not be stored');
    return AccessTokens.of(Buffer.from(row.value, 'base64url'));
  }

  async issue(claims: AccessClaims, now: Date): Promise<{ token: string; expiresAt: Date }> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = new Date((issuedAt + ACCESS_TOKEN_SECONDS) * 1000);
    const token = await new SignJWT({ sid: claims.sessionId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + ACCESS_TOKEN_SECONDS)
      .sign(this.key);
    return { token, expiresAt };
  }

  /** The token's claims, or why it is refused. */
  async verify(token: string): Promise<{ readonly id: string; readonly sessionId: string } | { readonly refused: string }> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
      const sessionId = payload['sid'];
      if (typeof payload.sub !== 'string' || typeof sessionId !== 'string') return { refused: 'the access token is not one of ours' };
      return { id: payload.sub, sessionId };
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) return { refused: 'the access token has expired; refresh it' };
      return { refused: 'the access token is not valid' };
    }
  }
}
