import { randomUUID } from 'node:crypto';
import type { FoodRecord } from '@macromuse/core/foods/food';

let sequence = 0;

/** A catalog food with round numbers, so a test can work out its expectations by hand. */
export function newFood(overrides: Partial<FoodRecord> = {}): FoodRecord {
  sequence += 1;
  return {
    source: 'usda-sr28',
    sourceId: `test-${process.pid}-${sequence}`,
    dataset: 'sr28',
    name: `Test food ${sequence}, raw`,
    brand: undefined,
    category: undefined,
    barcode: undefined,
    fdcId: undefined,
    // Per 100 g: 200 kcal, 10 g protein, 5 g fat, 25 g carbohydrate, 4 g fibre, 300 mg sodium.
    nutrients: { '208': 200, '203': 10, '204': 5, '205': 25, '291': 4, '307': 300 },
    portions: [
      { amount: 1, unit: 'medium (7" long)', grams: 120 },
      { amount: 1, unit: 'cup, sliced', grams: 150 },
    ],
    energyEstimated: false,
    qualityNotes: [],
    sourceUpdatedAt: undefined,
    ...overrides,
  };
}

export const newEmail = (): string => `user-${randomUUID().slice(0, 8)}@example.com`;
export const PASSWORD = 'correct horse battery staple';
