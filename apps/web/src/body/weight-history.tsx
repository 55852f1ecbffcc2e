import type { Weight } from '@macromuse/contract/ledger/body-log.schemas';
import { RetryProblem } from '../ui/retry-problem.tsx';
import type { Loadable } from '../stores/data-store.ts';
import { bodyWeightIn, type UnitSystem } from '../targets/body-units.ts';
import { dailyMeans } from './weight-chart.ts';
import { WeightChart } from './weight-chart.tsx';
import { WeightList } from './weight-list.tsx';

interface Props {
  /** The weights of the range, or why they could not be read. */
  readonly weights: Loadable<readonly Weight[]>;
  readonly from: string;
  readonly to: string;
  readonly units: UnitSystem;
  onDelete(weight: Weight): void;
  onRetry(): void;
}

/** "Down 1.4 kg" from the first day's mean weight to the last day's. */
function change(weights: readonly Weight[], units: UnitSystem): string | undefined {
  const days = dailyMeans(weights);
  const first = days[0];
  const last = days.at(-1);
  if (!first || !last || days.length < 2) return undefined;
  const delta = bodyWeightIn(last.kg, units) - bodyWeightIn(first.kg, units);
  const amount = `${Math.abs(delta).toFixed(1)} ${units === 'us' ? 'lb' : 'kg'}`;
  return Math.abs(delta) < 0.05 ? 'No change' : delta < 0 ? `Down ${amount}` : `Up ${amount}`;
}

/** The weights of the last 90 days: a line chart, the change over the range, and every weight listed. */
export function WeightHistory({ weights, from, to, units, onDelete, onRetry }: Props) {
  const list = weights.state === 'ready' ? weights.value : [];
  const newestFirst = [...list].sort((a, b) => (a.measuredAt < b.measuredAt ? 1 : -1));
  const trend = change(list, units);
  return (
    <section className="card weight-history" aria-labelledby="history-title">
      <header className="card-head">
        <h2 id="history-title">Last 90 days</h2>
        {trend && <span className="figures trend">{trend}</span>}
      </header>
      {weights.state === 'loading' && (
        <p className="loading" aria-live="polite">
          Loading your weights…
        </p>
      )}
      {weights.state === 'failed' && <RetryProblem error={weights.error} onRetry={onRetry} />}
      {weights.state === 'ready' && list.length === 0 && <p className="empty">No weights in the last 90 days. Log one above and your trend starts here.</p>}
      {list.length > 0 && (
        <>
          <WeightChart weights={list} from={from} to={to} units={units} />
          <h3 className="section-title">All weights</h3>
          <WeightList weights={newestFirst} units={units} onDelete={onDelete} />
        </>
      )}
    </section>
  );
}
