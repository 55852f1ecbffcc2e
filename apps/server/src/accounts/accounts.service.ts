import { randomUUID } from 'node:crypto';
import type { Account, AuthTokens, SignIn, SignUp } from '@macromuse/contract/accounts/accounts.schemas';
import { domainEvent } from '@macromuse/contract/events/domain-events';
import type { Db } from '../db/client.ts';
import type { Transactions, UserWork } from '../events/transactions.ts';
import { HttpError } from '../http/http-errors.ts';
import type { RateLimits } from '../http/rate-limits.ts';
import { deleteUser, findUserByEmail, findUserById, insertUser, revokeAllSessions, revokeSession } from './accounts.repository.ts';
import { decoyHash, hashPassword, verifyPassword } from './passwords.ts';
import { toAccount, type Sessions } from './sessions.ts';

/** Accounts: signing up, in and out, and erasing an account. */
export class AccountsService {
  /** Made at start, not on the first sign-in with an unknown email, which would take longer and so tell that the email is unknown. */
  private readonly decoy = decoyHash();

  constructor(
    private readonly db: Db,
    private readonly transactions: Transactions,
    private readonly sessions: Sessions,
    private readonly limits: RateLimits,
  ) {}

  async signUp(input: SignUp, ip: string): Promise<AuthTokens> {
    await this.limits.signUpAttempt(ip);
    const passwordHash = await hashPassword(input.password);
    return this.transactions.run(async ({ tx, events }) => {
      const user = await insertUser(tx, { id: randomUUID(), email: input.email, passwordHash });
      if (!user) throw new HttpError(409, 'email_taken', 'An account with this email already exists; sign in instead.', [{ field: 'email', problem: 'is already registered' }]);
      events.raise(domainEvent('account.created', { userId: user.id }));
      return this.sessions.start(user, tx);
    });
  }

  async signIn(input: SignIn, ip: string): Promise<AuthTokens> {
    await this.limits.signInAttempt(ip, input.email);
    const user = await findUserByEmail(this.db, input.email);
    const ok = await verifyPassword(user?.password_hash ?? (await this.decoy), input.password);
    if (!user || !ok) {
      await this.limits.signInFailed(input.email);
      throw new HttpError(401, 'wrong_credentials', 'The email or the password is wrong.');
    }
    await this.limits.signInSucceeded(input.email);
    return this.sessions.start(user);
  }

  refresh(refreshToken: string): Promise<AuthTokens> {
    return this.sessions.refresh(refreshToken, findUserById);
  }

  async signOut(work: UserWork, sessionId: string, everywhere: boolean): Promise<void> {
    if (everywhere) await revokeAllSessions(work.tx, work.userId, 'signed out everywhere');
    else await revokeSession(work.tx, sessionId, 'signed out');
  }

  async account(work: UserWork): Promise<Account> {
    const row = await findUserById(work.tx, work.userId);
    if (!row) throw new HttpError(404, 'not_found', 'This account no longer exists');
    return toAccount(row);
  }

  /** Erases the account and every row it owns, once the password confirms it. */
  async erase(work: UserWork, password: string): Promise<void> {
    const row = await findUserById(work.tx, work.userId);
    if (!row || !(await verifyPassword(row.password_hash, password))) {
      throw new HttpError(403, 'wrong_password', 'The password is wrong; the account was not deleted.', [{ field: 'password', problem: 'is wrong' }]);
    }
    await deleteUser(work.tx, work.userId);
    work.events.raise(domainEvent('account.deleted', { userId: work.userId }));
  }
}
