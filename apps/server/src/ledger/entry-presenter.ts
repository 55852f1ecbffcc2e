import type { Entry } from '@macromuse/contract/ledger/entries.schemas';
import type { EntryRow } from './entries.repository.ts';

const iso = (value: Date | string): string => new Date(value).toISOString();

export function toEntry(row: Omit<EntryRow, 'per_100g' | 'portions' | 'deleted_at'>): Entry {
  return {
    id: row.id,
    date: row.date,
    meal: row.meal,
    kind: row.kind,
    foodId: row.food_id,
    name: row.name,
    brand: row.brand,
    amount: row.amount,
    unit: row.unit,
    grams: row.grams,
    nutrients: row.nutrients,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}
