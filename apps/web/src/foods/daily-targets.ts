import { useMemo } from 'react';
import { useTargets } from '../targets/use-targets.ts';
import { dailyTargetsOf, type DailyTargets } from './nutrition-facts.ts';

/** The daily targets for showing % of each on a label; undefined until read, or when there are none. */
export function useDailyTargets(): DailyTargets | undefined {
  const { load } = useTargets();
  return useMemo(() => (load.state === 'ready' ? dailyTargetsOf(load.targets) : undefined), [load]);
}
