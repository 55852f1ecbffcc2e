import { describe, expect, it } from 'vitest';
import { quickWaterAmounts, waterGoalMl, waterShare } from './water-amounts.ts';

describe('water amounts', () => {
  it('offers a glass and a bottle in the person\'s unit', () => {
    expect(quickWaterAmounts('metric')).toEqual([{ ml: 250, label: '+250 ml' }, { ml: 500, label: '+500 ml' }]);
    expect(quickWaterAmounts('us')).toEqual([{ ml: 237, label: '+8 fl oz' }, { ml: 473, label: '+16 fl oz' }]);
  });

  it('sets a daily goal and measures the share drunk', () => {
    expect(waterGoalMl('metric')).toBe(2000);
    expect(waterGoalMl('us')).toBe(1893);
    expect(waterShare(500, 2000)).toBe(0.25);
    expect(waterShare(2500, 2000)).toBe(1);
    expect(waterShare(0, 0)).toBe(0);
  });
});
