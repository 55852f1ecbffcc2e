import { parse } from 'csv-parse';
import type { FoodRecord } from '@macromuse/core/foods/food';
import { splitLeadingQuantity } from '@macromuse/core/units/portion-description';
import type { Portion } from '@macromuse/core/units/food-quantity';
import type { Db } from '../db/client.ts';
import { writeAllAtOnce } from './food-sink.ts';
import { ImportTally, type ImportHooks, type ImportResult } from './import-report.ts';
import { InputError, locateFile, openInput } from './input.ts';

const FILES = {
  foods: 'fndds_foods_and_beverages.csv',
  nutrients: 'fndds_nutrient_values.csv',
  portions: 'fndds_portions_and_weights.csv',
} as const;

/** FNDDS "At A Glance" nutrient columns (header text, line breaks folded) → USDA nutrient number. */
export const FNDDS_NUTRIENT_COLUMNS: Readonly<Record<string, string>> = {
  'Energy (kcal)': '208', 'Protein (g)': '203', 'Carbohydrate (g)': '205', 'Sugars, total (g)': '269',
  'Fiber, total dietary (g)': '291', 'Total Fat (g)': '204', 'Fatty acids, total saturated (g)': '606',
  'Fatty acids, total monounsaturated (g)': '645', 'Fatty acids, total polyunsaturated (g)': '646',
  'Cholesterol (mg)': '601', 'Retinol (mcg)': '319', 'Vitamin A, RAE (mcg_RAE)': '320', 'Carotene, alpha (mcg)': '322',
  'Carotene, beta (mcg)': '321', 'Cryptoxanthin, beta (mcg)': '334', 'Lycopene (mcg)': '337',
  'Lutein + zeaxanthin (mcg)': '338', 'Thiamin (mg)': '404', 'Riboflavin (mg)': '405', 'Niacin (mg)': '406',
  'Vitamin B-6 (mg)': '415', 'Folic acid (mcg)': '431', 'Folate, food (mcg)': '432', 'Folate, DFE (mcg_DFE)': '435',
  'Folate, total (mcg)': '417', 'Choline, total (mg)': '421', 'Vitamin B-12 (mcg)': '418',
  'Vitamin B-12, added (mcg)': '578', 'Vitamin C (mg)': '401', 'Vitamin D (D2 + D3) (mcg)': '328',
  'Vitamin E (alpha-tocopherol) (mg)': '323', 'Vitamin E, added (mg)': '573', 'Vitamin K (phylloquinone) (mcg)': '430',
  'Calcium (mg)': '301', 'Phosphorus (mg)': '305', 'Magnesium (mg)': '304', 'Iron (mg)': '303', 'Zinc (mg)': '309',
  'Copper (mg)': '312', 'Selenium (mcg)': '317', 'Potassium (mg)': '306', 'Sodium (mg)': '307',
  'Caffeine (mg)': '262', 'Theobromine (mg)': '263', 'Alcohol (g)': '221', '4:0 (g)': '607', '6:0 (g)': '608',
  '8:0 (g)': '609', '10:0 (g)': '610', '12:0 (g)': '611', '14:0 (g)': '612', '16:0 (g)': '613', '18:0 (g)': '614',
  '16:1 (g)': '626', '18:1 (g)': '617', '20:1 (g)': '628', '22:1 (g)': '630', '18:2 (g)': '618', '18:3 (g)': '619',
  '18:4 (g)': '627', '20:4 (g)': '620', '20:5 n-3 (g)': '629', '22:5 n-3 (g)': '631', '22:6 n-3 (g)': '621',
  'Water (g)': '255',
};

interface Table {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: AsyncIterable<{ cells: string[]; line: number }>;
  close(): void;
}

function foldHeader(cell: string): string {
  return cell.replace(/\s+/g, ' ').trim();
}

/** Opens one At-A-Glance CSV: BOM, a title record, then the header record, then data. */
async function openTable(location: string, required: readonly string[]): Promise<Table> {
  const input = await openInput(location);
  const parser = input.stream.pipe(parse({ bom: true, relax_column_count: true, info: true }));
  input.stream.on('error', (error) => parser.destroy(error));
  const iterator = (parser as AsyncIterable<{ record: string[]; info: { lines: number } }>)[Symbol.asyncIterator]();
  let header: string[] | undefined;
  for (let i = 0; i < 2 && !header; i++) {
    const next = await iterator.next();
    if (next.done) break;
    const cells = next.value.record.map(foldHeader);
    if (cells.includes('Food code')) header = cells;
  }
  const missing = header ? required.filter((column) => !header.includes(column)) : required;
  if (!header || missing.length > 0) {
    input.stream.destroy();
    throw new InputError(`${input.name}: not an FNDDS At A Glance table (missing column ${missing.map((c) => `"${c}"`).join(', ')})`);
  }
  async function* rows(): AsyncGenerator<{ cells: string[]; line: number }> {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      yield { cells: next.value.record, line: next.value.info.lines };
    }
  }
  return { name: input.name, header, rows: rows(), close: () => input.stream.destroy() };
}

async function requireFile(dir: string, name: string): Promise<string> {
  const location = await locateFile(dir, name);
  if (!location) throw new InputError(`${dir}: no ${name} (or ${name}.gz); an FNDDS At A Glance folder holds ${Object.values(FILES).join(', ')}`);
  return location;
}

/** Imports USDA FNDDS 2017-2018 At A Glance: foods and dishes with nutrients and portions. */
export async function importFndds(
  db: Db,
  dir: string,
  options: ImportHooks = {},
): Promise<ImportResult> {
  const tables: Table[] = [];
  try {
    const open = async (name: string, required: readonly string[]): Promise<Table> => {
      const table = await openTable(await requireFile(dir, name), required);
      tables.push(table);
      return table;
    };
    return await readAndWriteFndds(db, options, {
      foods: await open(FILES.foods, ['Food code', 'Main food description']),
      nutrients: await open(FILES.nutrients, ['Food code', 'Energy (kcal)']),
      portions: await open(FILES.portions, ['Food code', 'Portion description', 'Portion weight (g)']),
    });
  } finally {
    for (const table of tables) table.close();
  }
}

async function readAndWriteFndds(
  db: Db,
  options: ImportHooks,
  tables: { foods: Table; nutrients: Table; portions: Table },
): Promise<ImportResult> {
  const tally = new ImportTally('usda-fndds');
  const { foods: foodsTable, nutrients: nutrientsTable, portions: portionsTable } = tables;

  interface Draft { name: string; category: string | undefined; nutrients: Record<string, number>; portions: Portion[] }
  const drafts = new Map<string, Draft>();
  const col = (table: Table, name: string): number => table.header.indexOf(name);

  {
    const code = col(foodsTable, 'Food code');
    const main = col(foodsTable, 'Main food description');
    const category = col(foodsTable, 'WWEIA Category description');
    for await (const { cells, line } of foodsTable.rows) {
      tally.rowsRead += 1;
      const foodCode = cells[code]?.trim() ?? '';
      const name = cells[main]?.trim() ?? '';
      if (!/^\d{8}$/.test(foodCode)) { tally.skip(foodsTable.name, line, `food code "${foodCode}" is not 8 digits`); continue; }
      if (name === '') { tally.skip(foodsTable.name, line, 'food has no description'); continue; }
      drafts.set(foodCode, { name, category: cells[category]?.trim() || undefined, nutrients: {}, portions: [] });
    }
    tally.files.push(foodsTable.name);
  }
  {
    const code = col(nutrientsTable, 'Food code');
    const columns = nutrientsTable.header
      .map((name, index) => ({ index, number: FNDDS_NUTRIENT_COLUMNS[name] }))
      .filter((c): c is { index: number; number: string } => c.number !== undefined);
    for await (const { cells, line } of nutrientsTable.rows) {
      const foodCode = cells[code]?.trim() ?? '';
      const draft = drafts.get(foodCode);
      if (!draft) { tally.skip(nutrientsTable.name, line, `nutrients for unknown food code "${foodCode}"`); continue; }
      for (const { index, number } of columns) {
        const text = cells[index]?.trim() ?? '';
        if (text === '') continue;
        const value = Number(text);
        if (Number.isFinite(value)) draft.nutrients[number] = value;
      }
      if (draft.nutrients['208'] === undefined) tally.skip(nutrientsTable.name, line, 'food has no energy value');
    }
    tally.files.push(nutrientsTable.name);
  }
  {
    const code = col(portionsTable, 'Food code');
    const description = col(portionsTable, 'Portion description');
    const weight = col(portionsTable, 'Portion weight (g)');
    for await (const { cells, line } of portionsTable.rows) {
      const foodCode = cells[code]?.trim() ?? '';
      const draft = drafts.get(foodCode);
      const text = cells[description]?.trim() ?? '';
      const grams = Number(cells[weight]);
      if (!draft) { tally.skip(portionsTable.name, line, `portion for unknown food code "${foodCode}"`); continue; }
      if (!(grams > 0)) { tally.skip(portionsTable.name, line, `portion "${text}" has no weight`); continue; }
      const { amount, rest } = splitLeadingQuantity(text);
      draft.portions.push({ amount: amount ?? 1, unit: rest === '' ? text : rest, grams });
    }
    tally.files.push(portionsTable.name);
  }

  const foods = [...drafts]
    .filter(([, draft]) => draft.nutrients['208'] !== undefined)
    .map(([foodCode, draft]): FoodRecord => ({
      source: 'usda-fndds',
      sourceId: foodCode,
      dataset: 'fndds-2017-2018',
      name: draft.name,
      brand: undefined,
      category: draft.category,
      barcode: undefined,
      fdcId: undefined,
      nutrients: draft.nutrients,
      portions: draft.portions,
      energyEstimated: false,
      qualityNotes: [],
      sourceUpdatedAt: '2020-10-01T00:00:00Z',
    }));
  tally.rowsWritten = await writeAllAtOnce(db, foods, {
    onWritten: options.onWritten,
    onProgress: (done, written) =>
      options.onProgress?.({
        source: 'usda-fndds', file: foodsTable.name, bytesRead: done, bytesTotal: foods.length,
        rowsRead: tally.rowsRead, rowsWritten: written, rowsSkipped: tally.rowsSkipped,
      }),
  });
  return tally.result();
}
