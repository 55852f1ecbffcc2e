import { HttpError } from './http-errors.ts';

export interface ThreadShareConfig {
  /** Time (ms of this process's thread) one client earns back per second. */
  readonly msPerSecond: number;
  /** Time one client may spend at once, beyond what it earns back. */
  readonly burstMs: number;
}

/** Clients whose budget is full again are forgotten once there are this many. */
const SWEEP_AT = 10_000;

interface Account {
  /** Search time spent and not yet earned back, in ms. */
  owed: number;
  at: number;
}

/**
 * Each client's share of the one thread that answers (used for searches): each piece of work
 * costs what it took, and a client that has spent more than its burst waits (429) until time earns
 * it back. A person typing spends a few ms a keystroke and never comes near it; one client flooding
 * long queries cannot take the thread from everyone else, however many requests it sends at once.
 */
export class ThreadShare {
  private readonly clients = new Map<string, Account>();

  constructor(
    private readonly config: ThreadShareConfig,
    /** What the work is, for the refusal: "costly searches". */
    private readonly work: string,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Refuses (429, with Retry-After) a client that has used up its share for now. */
  admit(client: string): void {
    const account = this.settled(client);
    if (!account || account.owed <= this.config.burstMs) return;
    const seconds = Math.max(1, Math.ceil((account.owed - this.config.burstMs) / this.config.msPerSecond));
    throw new HttpError(429, 'rate_limited', `Too many ${this.work} from you at once; try again in ${seconds} s`, undefined, { 'Retry-After': String(seconds) });
  }

  /** Counts `ms` of the thread's time against the client. */
  spend(client: string, ms: number): void {
    const account = this.settled(client) ?? { owed: 0, at: this.now() };
    account.owed += ms;
    this.clients.set(client, account);
    if (this.clients.size >= SWEEP_AT) this.sweep();
  }

  /** The client's account, with the time since it last spent earned back. */
  private settled(client: string): Account | undefined {
    const account = this.clients.get(client);
    if (!account) return undefined;
    const now = this.now();
    account.owed = Math.max(0, account.owed - ((now - account.at) / 1000) * this.config.msPerSecond);
    account.at = now;
    return account;
  }

  private sweep(): void {
    for (const client of [...this.clients.keys()]) if (this.settled(client)?.owed === 0) this.clients.delete(client);
  }
}
