import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { HttpError } from './http-errors.ts';
import { ThreadShare } from './thread-share.ts';

export interface RateLimitConfig {
  /** Requests one user may make per hour. */
  readonly userRequestsPerHour: number;
  /** Sign-in attempts per IP address per 15 minutes. */
  readonly signInPerIpPer15Min: number;
  /** Failed sign-ins per account per 15 minutes. */
  readonly signInFailuresPerAccountPer15Min: number;
  /** Accounts created per IP address per hour. */
  readonly signUpPerIpPerHour: number;
  /** Requests without an account (food search, barcode lookup) per IP address per hour. */
  readonly anonymousPerIpPerHour: number;
  /** Search time (ms of the server's thread) one client (an account, or an address without one) earns back per second. */
  readonly searchMsPerSecond: number;
  /** Search time one client may spend at once beyond that. */
  readonly searchBurstMs: number;
  /** Counters live in this Redis when set, so every instance shares one limit; in-process otherwise. */
  readonly redisUrl: string | undefined;
}

export const DEFAULT_RATE_LIMITS: Omit<RateLimitConfig, 'redisUrl'> = {
  userRequestsPerHour: 1000,
  signInPerIpPer15Min: 30,
  signInFailuresPerAccountPer15Min: 10,
  signUpPerIpPerHour: 20,
  // A person typing searches never comes near this; a scraper does.
  anonymousPerIpPerHour: 10_000,
  // A tenth of the thread, after half a second at once: typing spends a few ms a keystroke.
  searchMsPerSecond: 100,
  searchBurstMs: 500,
};

function tooMany(message: string, msBeforeNext: number): HttpError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new HttpError(429, 'rate_limited', `${message}; try again in ${seconds} s`, undefined, { 'Retry-After': String(seconds) });
}

/** Request counters: per user on every signed-in request, per IP and per account on sign-in. */
export class RateLimits {
  private readonly user: RateLimiterAbstract;
  private readonly signInIp: RateLimiterAbstract;
  private readonly signInAccount: RateLimiterAbstract;
  private readonly signUpIp: RateLimiterAbstract;
  private readonly anonymousIp: RateLimiterAbstract;
  /** Each client's share of the search time of this process (per process: it is this process's thread). */
  readonly searches: ThreadShare;

  constructor(
    private readonly config: RateLimitConfig,
    private readonly redis: Redis | undefined = config.redisUrl ? new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }) : undefined,
  ) {
    const make = (keyPrefix: string, points: number, duration: number): RateLimiterAbstract => {
      const memory = new RateLimiterMemory({ keyPrefix, points, duration });
      // If Redis cannot be reached, each instance keeps counting on its own rather than failing requests.
      return this.redis ? new RateLimiterRedis({ storeClient: this.redis, keyPrefix: `macromuse:${keyPrefix}`, points, duration, insuranceLimiter: memory }) : memory;
    };
    this.user = make('user', config.userRequestsPerHour, 3600);
    this.signInIp = make('signin-ip', config.signInPerIpPer15Min, 900);
    this.signInAccount = make('signin-account', config.signInFailuresPerAccountPer15Min, 900);
    this.signUpIp = make('signup-ip', config.signUpPerIpPerHour, 3600);
    this.anonymousIp = make('anonymous-ip', config.anonymousPerIpPerHour, 3600);
    this.searches = new ThreadShare({ msPerSecond: config.searchMsPerSecond, burstMs: config.searchBurstMs }, 'costly searches');
  }

  get store(): 'redis' | 'memory' {
    return this.redis ? 'redis' : 'memory';
  }

  /** Counts one request of a signed-in user. */
  async perUser(userId: string): Promise<void> {
    await consume(this.user, userId, `More than ${this.config.userRequestsPerHour} requests in an hour from this account`);
  }

  /** Counts one request made without an account, by its address. */
  async perAnonymousIp(ip: string): Promise<void> {
    await consume(this.anonymousIp, ip, `More than ${this.config.anonymousPerIpPerHour} requests in an hour from this address without signing in`);
  }

  /** Counts a sign-in attempt from an IP, and refuses it while the account is locked by failures. */
  async signInAttempt(ip: string, email: string): Promise<void> {
    await consume(this.signInIp, ip, 'Too many sign-in attempts from this address');
    const account = await this.signInAccount.get(email.toLowerCase());
    if (account && account.consumedPoints >= this.config.signInFailuresPerAccountPer15Min) {
      throw tooMany('Too many failed sign-ins for this account', account.msBeforeNext);
    }
  }

  async signInFailed(email: string): Promise<void> {
    await this.signInAccount.penalty(email.toLowerCase(), 1);
  }

  async signInSucceeded(email: string): Promise<void> {
    await this.signInAccount.delete(email.toLowerCase());
  }

  async signUpAttempt(ip: string): Promise<void> {
    await consume(this.signUpIp, ip, 'Too many accounts created from this address');
  }

  async close(): Promise<void> {
    if (this.redis) this.redis.disconnect();
  }
}

async function consume(limiter: RateLimiterAbstract, key: string, message: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw tooMany(message, rejection.msBeforeNext);
    throw rejection;
  }
}
