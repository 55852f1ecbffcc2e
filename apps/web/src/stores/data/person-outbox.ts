import type { ApiClient } from '../../api/api-client.ts';
import type { DeviceStorage } from '../../offline/device-storage.ts';
import { Outbox, type OutboxListener } from '../../offline/outbox.ts';
import type { PendingWrite } from '../../offline/pending-writes.ts';
import { sendWrite } from '../../offline/send-write.ts';

/** One person's outbox, kept in their storage on this device; one tab of theirs sends at a time. */
export function personOutbox(userId: string, storage: DeviceStorage, api: ApiClient, listener: OutboxListener): Outbox {
  const persistence = {
    load: () => storage.outbox(),
    keep: (write: PendingWrite) => storage.keepWrite(write),
    drop: (key: string) => storage.dropWrite(key),
    exclusive: (send: () => Promise<void>): Promise<void> => ('locks' in navigator ? navigator.locks.request(`macromuse-outbox/${userId}`, send) : send()),
  };
  return new Outbox(persistence, (action) => sendWrite(api, action), listener);
}
