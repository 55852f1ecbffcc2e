import type { Day } from '@macromuse/contract/ledger/days.schemas';
import { DEFAULT_MEALS } from '@macromuse/core/ledger/meals';
import { ApiFailure, type ApiClient } from '../../api/api-client.ts';
import type { DeviceStorage } from '../../offline/device-storage.ts';
import { emptyDay, settleDay, viewDay, type PendingWrite } from '../../offline/pending-writes.ts';
import type { StoredAnswer } from '../../offline/write-kinds.ts';
import type { Loadable } from './loadable.ts';

/** Where the days are shown: the store's state. */
export interface DaysShown {
  /** The day as it is shown now, if it is. */
  shown(date: string): Loadable<Day> | undefined;
  show(date: string, day: Loadable<Day>): void;
  /** Whether the day shown is this device's copy because the server could not be reached. */
  fromDevice(date: string, fromDevice: boolean): void;
  reachable(online: boolean): void;
}

const OFFLINE_AND_NOT_KEPT = "You're offline, and this day isn't saved on this device yet. It will load when you're back online.";

/**
 * One person's days: as the server last gave them (or as this device kept them), with the
 * writes waiting in the outbox applied on top for what is shown. A write to a day never read
 * is shown on an empty day made on the device until the server's day arrives.
 */
export class PersonDays {
  /** The days as the server last gave them (or as this device kept them). */
  private readonly serverDays = new Map<string, Day>();
  /** Days made empty on the device to show a write to a day never loaded; the device's own copy still wins. */
  private readonly placeholders = new Set<string>();
  /** The latest request for each day: an older answer arriving later is ignored. */
  private readonly requests = new Map<string, number>();
  private closed = false;

  constructor(
    private readonly api: ApiClient,
    private readonly storage: DeviceStorage,
    private readonly pending: () => readonly PendingWrite[],
    private readonly shown: DaysShown,
  ) {}

  /** Stops showing anything (someone else signed in). */
  close(): void {
    this.closed = true;
  }

  /** The day as the person should see it now, writes waiting included; undefined if never read or made. */
  view(date: string): Day | undefined {
    const day = this.serverDays.get(date);
    return day && viewDay(day, this.pending());
  }

  /** Shows the day again (a write to it was added, sent or dropped). */
  refresh(date: string): void {
    const day = this.view(date);
    if (day && !this.closed) this.shown.show(date, { state: 'ready', value: day });
  }

  /** Makes an empty day for each date never read, so a write to it can be shown at once. */
  prepare(dates: readonly string[]): void {
    for (const date of dates) if (!this.serverDays.has(date)) this.placeholder(date);
  }

  /** The server stored `write`: its answer takes the place of the preview, so the day need not be read again. */
  stored(write: PendingWrite, answer: StoredAnswer): void {
    for (const date of write.dates) {
      const day = this.serverDays.get(date);
      if (day) {
        const kept = settleDay(day, write, answer);
        this.serverDays.set(date, kept);
        if (!this.placeholders.has(date)) void this.storage.saveDay(kept);
        this.refresh(date);
      }
      // A day made on the device for a write never had the server's targets and meals: read it now.
      if (!day || this.placeholders.has(date)) void this.load(date);
    }
  }

  /** The server refused `write` for good: its days are shown, and read, without it. */
  refused(write: PendingWrite): void {
    for (const date of write.dates) {
      this.refresh(date);
      void this.load(date);
    }
  }

  /** Reads the day from the server; meanwhile (or when offline) shows it as this device kept it, if it did. */
  async load(date: string): Promise<void> {
    if (this.closed) return;
    const request = (this.requests.get(date) ?? 0) + 1;
    this.requests.set(date, request);
    const latest = () => !this.closed && this.requests.get(date) === request;
    const fromServer = this.api.day(date);
    const keptOnDevice = this.isServers(date) ? Promise.resolve(undefined) : this.storage.day(date);
    const adoptKept = (kept: Day | undefined) => {
      if (!kept || this.isServers(date)) return;
      this.serverDays.set(date, kept);
      this.placeholders.delete(date);
    };
    if (this.shown.shown(date)?.state !== 'ready') {
      if (this.serverDays.has(date)) this.refresh(date);
      else this.shown.show(date, { state: 'loading' });
    }
    void keptOnDevice.then((kept) => {
      if (!latest() || !kept) return;
      adoptKept(kept);
      this.refresh(date);
    });
    try {
      const day = await fromServer;
      if (!latest()) return;
      this.serverDays.set(date, day);
      this.placeholders.delete(date);
      void this.storage.saveDay(day);
      this.shown.fromDevice(date, false);
      this.shown.reachable(true);
      this.refresh(date);
    } catch (error) {
      if (!latest()) return;
      const offline = error instanceof ApiFailure && error.status === 0;
      if (offline) this.shown.reachable(false);
      adoptKept(await keptOnDevice);
      if (offline && !this.serverDays.has(date) && this.pending().some((w) => w.dates.includes(date))) this.placeholder(date);
      if (this.serverDays.has(date)) {
        if (offline) this.shown.fromDevice(date, true);
        this.refresh(date);
        return;
      }
      const message = offline ? OFFLINE_AND_NOT_KEPT : error instanceof ApiFailure ? error.message : 'Something went wrong while loading this day.';
      this.shown.show(date, { state: 'failed', error: message });
    }
  }

  /** Whether the day held is the server's (or this device's copy of it), not one made empty here. */
  private isServers(date: string): boolean {
    return this.serverDays.has(date) && !this.placeholders.has(date);
  }

  private placeholder(date: string): void {
    this.serverDays.set(date, emptyDay(date, this.knownMeals(), this.knownDay()));
    this.placeholders.add(date);
  }

  /** A day of this person's the server gave (their meals and targets), if any. */
  private knownDay(): Day | undefined {
    return [...this.serverDays.entries()].find(([date]) => !this.placeholders.has(date))?.[1];
  }

  private knownMeals(): readonly string[] {
    return (this.knownDay() ?? this.serverDays.values().next().value)?.meals.map((m) => m.name) ?? DEFAULT_MEALS;
  }
}
