import { bodyWeightIn, type UnitSystem } from '../targets/body-units.ts';

export interface ChartSize {
  readonly width: number;
  readonly height: number;
  /** Room left of the plot for the axis labels, and above and below it. */
  readonly left: number;
  readonly top: number;
  readonly bottom: number;
}

export interface ChartPoint {
  readonly x: number;
  readonly y: number;
  readonly date: string;
  /** The day's mean weight in the person's unit, to the tenth. */
  readonly value: number;
}

export interface WeightChartLayout {
  readonly points: readonly ChartPoint[];
  /** The SVG path through the points, oldest first ("" with no points). */
  readonly path: string;
  /** Horizontal grid lines at round values. */
  readonly ticks: readonly { readonly y: number; readonly value: number }[];
}

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** The mean weight of each day that has one, in kg, oldest first. */
export function dailyMeans(weights: readonly { readonly date: string; readonly kg: number }[]): { readonly date: string; readonly kg: number }[] {
  const byDay = new Map<string, { sum: number; count: number }>();
  for (const w of weights) {
    const day = byDay.get(w.date) ?? { sum: 0, count: 0 };
    byDay.set(w.date, { sum: day.sum + w.kg, count: day.count + 1 });
  }
  return [...byDay.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([date, d]) => ({ date, kg: d.sum / d.count }));
}

/** A round step giving two to five grid lines over `span`: 0.5, 1, 2, 5, 10, 20, 50... */
export function gridStep(span: number): number {
  for (let magnitude = 0.1; ; magnitude *= 10) {
    for (const m of [5, 10, 20]) {
      const step = Math.round(m * magnitude * 1000) / 1000;
      if (span / step <= 4) return step;
    }
  }
}

/**
 * Where each day's weight goes on a chart of the days `from` to `to`: days left to right, weights
 * bottom to top between round values a little beyond the lightest and heaviest.
 */
export function weightChartLayout(
  weights: readonly { readonly date: string; readonly kg: number }[],
  from: string,
  to: string,
  units: UnitSystem,
  size: ChartSize,
): WeightChartLayout {
  const days = dailyMeans(weights).filter((d) => d.date >= from && d.date <= to).map((d) => ({ date: d.date, value: bodyWeightIn(d.kg, units) }));
  if (days.length === 0) return { points: [], path: '', ticks: [] };
  const values = days.map((d) => d.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const step = gridStep(Math.max(high - low, 1));
  const min = Math.floor(low / step) * step;
  const max = Math.max(Math.ceil(high / step) * step, min + step);
  const plotWidth = size.width - size.left;
  const plotHeight = size.height - size.top - size.bottom;
  const span = Math.max(daysBetween(from, to), 1);
  const x = (date: string): number => size.left + (daysBetween(from, date) / span) * plotWidth;
  const y = (value: number): number => size.top + (1 - (value - min) / (max - min)) * plotHeight;
  const round = (n: number): number => Math.round(n * 10) / 10;
  const points = days.map((d) => ({ x: round(x(d.date)), y: round(y(d.value)), date: d.date, value: d.value }));
  const ticks: { y: number; value: number }[] = [];
  for (let value = min; value <= max + step / 2; value += step) {
    const v = Math.round(value * 1000) / 1000;
    ticks.push({ y: round(y(v)), value: v });
  }
  return { points, path: points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' '), ticks };
}
