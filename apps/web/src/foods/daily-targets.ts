import { useEffect, useState } from 'react';
import { api } from '../api/api.ts';
import { dailyTargetsOf, type DailyTargets } from './nutrition-facts.ts';

const KEEP_MS = 60_000;
let kept: { readonly at: number; readonly targets: Promise<DailyTargets | undefined> } | undefined;

/** The person's daily targets, read at most once a minute; undefined without a profile or a connection. */
function loadDailyTargets(): Promise<DailyTargets | undefined> {
  if (!kept || Date.now() - kept.at > KEEP_MS) {
    kept = { at: Date.now(), targets: api.targets().then(dailyTargetsOf, () => undefined) };
  }
  return kept.targets;
}

/** The daily targets for showing % of each on a label; undefined until read, or when there are none. */
export function useDailyTargets(): DailyTargets | undefined {
  const [targets, setTargets] = useState<DailyTargets | undefined>();
  useEffect(() => {
    let live = true;
    void loadDailyTargets().then((t) => {
      if (live) setTargets(t);
    });
    return () => {
      live = false;
    };
  }, []);
  return targets;
}
