import { describe, expect, it } from 'vitest';
import { dailyMeans, gridStep, weightChartLayout } from './weight-chart.ts';

const size = { width: 340, height: 140, left: 40, top: 10, bottom: 30 };

describe('weight chart layout', () => {
  it('averages several weights of a day and sorts the days', () => {
    expect(dailyMeans([
      { date: '2026-03-02', kg: 80 },
      { date: '2026-03-01', kg: 81 },
      { date: '2026-03-02', kg: 79 },
    ])).toEqual([{ date: '2026-03-01', kg: 81 }, { date: '2026-03-02', kg: 79.5 }]);
  });

  it('picks round grid steps', () => {
    expect(gridStep(1)).toBe(0.5);
    expect(gridStep(3)).toBe(1);
    expect(gridStep(6)).toBe(2);
    expect(gridStep(15)).toBe(5);
    expect(gridStep(30)).toBe(10);
  });

  it('places days left to right and weights bottom to top between round values', () => {
    const layout = weightChartLayout(
      [
        { date: '2026-01-01', kg: 82 },
        { date: '2026-01-31', kg: 80 },
        { date: '2026-03-01', kg: 78.5 },
      ],
      '2026-01-01',
      '2026-03-01',
      'metric',
      size,
    );
    // 59 days: 1 Jan at the left edge of the plot, 1 March at the right.
    expect(layout.points.map((p) => p.x)).toEqual([40, 192.5, 340]);
    // Grid from 78 to 82 kg in 1 kg steps; 82 kg at the top of the plot, 78 at the bottom.
    expect(layout.ticks.map((t) => t.value)).toEqual([78, 79, 80, 81, 82]);
    expect(layout.points[0]?.y).toBe(10);
    expect(layout.points[2]?.y).toBe(97.5);
    expect(layout.path).toBe('M40 10 L192.5 60 L340 97.5');
  });

  it('shows pounds for US units', () => {
    const layout = weightChartLayout([{ date: '2026-01-10', kg: 80 }], '2026-01-01', '2026-03-01', 'us', size);
    expect(layout.points[0]?.value).toBe(176.4);
    expect(layout.ticks.map((t) => t.value)).toEqual([176, 176.5]);
  });

  it('is empty without weights in the range', () => {
    expect(weightChartLayout([{ date: '2025-12-31', kg: 80 }], '2026-01-01', '2026-03-01', 'metric', size)).toEqual({ points: [], path: '', ticks: [] });
  });
});
