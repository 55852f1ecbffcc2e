import { useEffect } from 'react';
import { useDataStore } from '../stores/data-store.ts';
import { useUiStore } from '../stores/ui-store.ts';

const changes = (n: number): string => (n === 1 ? '1 change' : `${n} changes`);

/** What is waiting to reach the server, and whether it can be reached; refused writes become toasts. */
export function SyncStatus() {
  const pending = useDataStore((s) => s.pending);
  const reachable = useDataStore((s) => s.reachable);
  const refused = useDataStore((s) => s.refused);
  const failing = useDataStore((s) => s.failing);
  const dismissRefused = useDataStore((s) => s.dismissRefused);
  const toast = useUiStore((s) => s.toast);

  useEffect(() => {
    for (const r of refused) {
      toast(r.text);
      dismissRefused(r.key);
    }
  }, [refused, toast, dismissRefused]);

  // A deletion waiting while Undo is offered is not news.
  const waiting = pending.filter((w) => w.notBefore === w.madeAt || !reachable).length;
  if (reachable && waiting === 0) return null;
  return (
    <p className={`sync-status${reachable ? '' : ' offline'}`} role="status">
      {reachable && failing >= 3
        ? `The server could not save ${changes(waiting)} yet. They are kept on this device and sent again until it does.`
        : reachable
          ? `Saving ${changes(waiting)}…`
          : waiting > 0 ? `Offline · ${changes(waiting)} will sync when you're back online` : "Offline · what you log is kept on this device and synced when you're back online"}
    </p>
  );
}
