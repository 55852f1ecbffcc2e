import type { Weight } from '@macromuse/contract/ledger/body-log.schemas';
import type { UnitSystem } from '../targets/body-units.ts';
import { shortDay } from '../ui/day-label.ts';
import { useWidth } from './use-width.ts';
import { weightChartLayout } from './weight-chart.ts';

const HEIGHT = 170;

interface Props {
  readonly weights: readonly Weight[];
  readonly from: string;
  readonly to: string;
  readonly units: UnitSystem;
}

/** Weight over a range of days as a line through each day's mean, on round grid lines. */
export function WeightChart({ weights, from, to, units }: Props) {
  const [ref, width] = useWidth<HTMLDivElement>(300);
  const size = { width, height: HEIGHT, left: 44, top: 12, bottom: 26 };
  const layout = weightChartLayout(weights, from, to, units, { ...size, width: width - 8 });
  const first = layout.points[0];
  const last = layout.points.at(-1);
  const unit = units === 'us' ? 'lb' : 'kg';
  const summary =
    first && last
      ? `Weight from ${shortDay(first.date)} to ${shortDay(last.date)}: ${first.value} to ${last.value} ${unit}, on ${layout.points.length} days.`
      : 'No weights in these days.';
  return (
    <div className="weight-chart" ref={ref}>
      <svg width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-label={summary}>
        {layout.ticks.map((t) => (
          <g key={t.value}>
            <line x1={size.left} x2={width} y1={t.y} y2={t.y} className="grid-line" />
            <text x={size.left - 8} y={t.y} className="axis-label" textAnchor="end" dominantBaseline="middle">
              {t.value}
            </text>
          </g>
        ))}
        <text x={size.left} y={HEIGHT - 6} className="axis-label">
          {shortDay(from)}
        </text>
        <text x={width - 8} y={HEIGHT - 6} className="axis-label" textAnchor="end">
          {shortDay(to)}
        </text>
        <path d={layout.path} className="weight-line" />
        {layout.points.length <= 45 && layout.points.map((p) => <circle key={p.date} cx={p.x} cy={p.y} r={3} className="weight-dot" />)}
        {last && <circle cx={last.x} cy={last.y} r={5} className="weight-dot last" />}
      </svg>
    </div>
  );
}
