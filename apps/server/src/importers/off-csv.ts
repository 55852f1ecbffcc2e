import { basename } from 'node:path';
import { parse } from 'csv-parse';
import { catalogBarcodeKey } from '@macromuse/core/foods/barcode';
import type { FoodRecord } from '@macromuse/core/foods/food';
import type { Portion } from '@macromuse/core/units/food-quantity';
import type { Db } from '../db/client.ts';
import { FoodSink } from './food-sink.ts';
import { ImportTally, type ImportHooks, type ImportResult } from './import-report.ts';
import { InputError, openInput, readLines, type OpenedInput } from './input.ts';
import { numberCell, productNutrition } from './product-nutrients.ts';

/** Imports an Open Food Facts CSV export (tab-separated, quoting off), 2019 or 2024 layout. */
export async function importOffCsv(
  db: Db,
  location: string,
  options: ImportHooks = {},
): Promise<ImportResult> {
  const input = await openInput(location);
  try {
    return await readAndWrite(db, input, options);
  } finally {
    input.stream.destroy();
  }
}

/** Throws an InputError unless the file starts with an Open Food Facts CSV header (reads only its first line). */
export async function checkOffCsvHeader(location: string): Promise<void> {
  const input = await openInput(location);
  try {
    for await (const { line } of readLines(input.stream)) {
      requireOffHeader(input.name, line.split('\t').map((h) => h.trim()));
      return;
    }
    requireOffHeader(input.name, []);
  } finally {
    input.stream.destroy();
  }
}

function requireOffHeader(name: string, header: readonly string[]): void {
  if (!header.includes('code') || !header.includes('product_name')) {
    throw new InputError(`${name}: not an Open Food Facts CSV export (the tab-separated header has no "code" and "product_name" columns)`);
  }
}

async function readAndWrite(
  db: Db,
  input: OpenedInput,
  options: ImportHooks,
): Promise<ImportResult> {
  const tally = new ImportTally('off');
  const dataset = basename(input.name).replace(/\.(tsv|csv|txt)(\.gz)?$/i, '').replace(/\.gz$/i, '');
  const parser = input.stream.pipe(parse({ delimiter: '\t', quote: false, relax_column_count: true, info: true, skip_empty_lines: true }));
  input.stream.on('error', (error) => parser.destroy(error));
  const records = (parser as AsyncIterable<{ record: string[]; info: { lines: number } }>)[Symbol.asyncIterator]();

  const first = await records.next();
  const header = first.done ? [] : first.value.record.map((h) => h.trim());
  const at = (name: string): number => header.indexOf(name);
  requireOffHeader(input.name, header);
  const cols = {
    code: at('code'), name: at('product_name'), brands: at('brands'), category: at('main_category_en'),
    categories: at('categories_en'), pnns: at('pnns_groups_1'), modified: at('last_modified_t'),
    servingSize: at('serving_size'), servingQuantity: at('serving_quantity'),
    kcal: at('energy-kcal_100g'), kj: at('energy-kj_100g'), energy: at('energy_100g'),
    protein: at('proteins_100g'), fat: at('fat_100g'), carbohydrate: at('carbohydrates_100g'), sugars: at('sugars_100g'),
    fiber: at('fiber_100g'), saturatedFat: at('saturated-fat_100g'), transFat: at('trans-fat_100g'), alcohol: at('alcohol_100g'),
    sodium: at('sodium_100g'), salt: at('salt_100g'), cholesterol: at('cholesterol_100g'), calcium: at('calcium_100g'),
    iron: at('iron_100g'), potassium: at('potassium_100g'), vitaminC: at('vitamin-c_100g'),
  };
  const sink = new FoodSink(db, options.onWritten);
  for (let next = await records.next(); !next.done; next = await records.next()) {
    const { record, info } = next.value;
    const line = info.lines;
    tally.rowsRead += 1;
    const cell = (index: number): string | undefined => (index < 0 ? undefined : record[index]);
    const num = (index: number): number | undefined => numberCell(cell(index));
    const code = cell(cols.code)?.trim() ?? '';
    const barcode = catalogBarcodeKey(code);
    if (!barcode) { tally.skip(input.name, line, `code "${code}" is not a barcode`); continue; }
    const name = cell(cols.name)?.trim() ?? '';
    if (name === '') { tally.skip(input.name, line, 'product has no name'); continue; }
    const nutrition = productNutrition({
      kcal: num(cols.kcal),
      kj: num(cols.kj) ?? num(cols.energy),
      grams: {
        protein: num(cols.protein), fat: num(cols.fat), carbohydrate: num(cols.carbohydrate), sugars: num(cols.sugars),
        fiber: num(cols.fiber), saturatedFat: num(cols.saturatedFat), transFat: num(cols.transFat), alcohol: num(cols.alcohol),
      },
      milligramsFromGrams: {
        sodium: num(cols.sodium), cholesterol: num(cols.cholesterol), calcium: num(cols.calcium), iron: num(cols.iron),
        potassium: num(cols.potassium), vitaminC: num(cols.vitaminC),
      },
      saltGrams: num(cols.salt),
    });
    if (!nutrition.ok) { tally.skip(input.name, line, nutrition.reason); continue; }
    const portions: Portion[] = [];
    const servingGrams = num(cols.servingQuantity);
    const servingText = cell(cols.servingSize)?.trim() ?? '';
    if (servingGrams !== undefined && servingGrams > 0 && servingGrams < 5000) {
      portions.push({ amount: 1, unit: servingText === '' ? 'serving' : `serving (${servingText})`, grams: servingGrams });
    }
    const modified = num(cols.modified);
    const category = cell(cols.category)?.trim() || firstOf(cell(cols.categories)) || cleanPnns(cell(cols.pnns));
    const food: FoodRecord = {
      source: 'off',
      sourceId: barcode,
      dataset,
      name,
      brand: firstOf(cell(cols.brands)),
      category,
      barcode,
      fdcId: undefined,
      nutrients: nutrition.nutrients,
      portions,
      energyEstimated: nutrition.energyEstimated,
      qualityNotes: nutrition.notes,
      sourceUpdatedAt: modified !== undefined && modified > 0 ? new Date(modified * 1000).toISOString() : undefined,
    };
    await sink.add(food);
    if (tally.rowsRead % 500 === 0) report();
  }
  await sink.flush();
  tally.rowsWritten = sink.written;
  tally.files.push(input.name);
  report();
  return tally.result();

  function report(): void {
    const { read, total } = input.progress();
    options.onProgress?.({
      source: 'off', file: input.name, bytesRead: read, bytesTotal: total,
      rowsRead: tally.rowsRead, rowsWritten: sink.written, rowsSkipped: tally.rowsSkipped,
    });
  }
}

function firstOf(list: string | undefined): string | undefined {
  const first = list?.split(',')[0]?.trim();
  return first ? first : undefined;
}

function cleanPnns(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v && v !== 'unknown' ? v : undefined;
}
