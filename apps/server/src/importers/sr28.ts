import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { parse } from 'csv-parse';
import type { FoodRecord } from '@macromuse/core/foods/food';
import type { Portion } from '@macromuse/core/units/food-quantity';
import type { Db } from '../db/client.ts';
import { upsertNutrientDefinitions, type NutrientDefinition } from '../foods/foods.repository.ts';
import { writeAllAtOnce } from './food-sink.ts';
import { ImportTally, type ImportHooks, type ImportResult } from './import-report.ts';
import { InputError, isUrl, locateFile, openInput, readLines, type OpenedInput } from './input.ts';

/** SR28 ASCII: `^` between fields, `~` around text, ISO-8859-1, CRLF, no header row. */
export function splitSr28Line(line: string): string[] {
  return line.split('^').map((field) => (field.startsWith('~') && field.endsWith('~') && field.length >= 2 ? field.slice(1, -1) : field));
}

interface Sr28Options extends ImportHooks {
  /** The FoodData Central SR Legacy CSV folder; by default the sibling `fdc_sr_legacy_2018-04` if present. */
  readonly fdcDir?: string;
}

interface Sr28File {
  readonly name: string;
  readonly rows: AsyncGenerator<{ fields: string[]; line: number }>;
  close(): void;
}

async function openSr28File(base: string, name: string, required: boolean): Promise<Sr28File | undefined> {
  const location = await locateFile(base, name);
  if (!location) {
    if (required) throw new InputError(`${base}: no ${name} (or ${name}.gz); an SR28 ASCII folder holds FOOD_DES, NUT_DATA, WEIGHT, NUTR_DEF and FD_GROUP`);
    return undefined;
  }
  const input = await openInput(location);
  async function* rows(): AsyncGenerator<{ fields: string[]; line: number }> {
    for await (const { line, number } of readLines(input.stream, 'latin1')) {
      if (line.trim() === '') continue;
      yield { fields: splitSr28Line(line), line: number };
    }
  }
  return { name: input.name, rows: rows(), close: () => input.stream.destroy() };
}

/** Imports the USDA SR28 ASCII release (with FoodData Central ids and wording where available). */
export async function importSr28(db: Db, location: string, options: Sr28Options = {}): Promise<ImportResult> {
  const opened: Sr28File[] = [];
  const open = async (base: string, name: string, required: boolean): Promise<Sr28File | undefined> => {
    const file = await openSr28File(base, name, required);
    if (file) opened.push(file);
    return file;
  };
  try {
    return await readAndWriteSr28(db, location, options, open);
  } finally {
    for (const file of opened) file.close();
  }
}

async function readAndWriteSr28(
  db: Db,
  location: string,
  options: Sr28Options,
  open: (base: string, name: string, required: boolean) => Promise<Sr28File | undefined>,
): Promise<ImportResult> {
  const tally = new ImportTally('usda-sr28');
  const base = !isUrl(location) && existsSync(location) && !location.endsWith('/') && /\.txt(\.gz)?$/i.test(location) ? dirname(location) : location;

  // Read everything first: a folder in the wrong format stops here and the catalog stays as it was.
  const foodDes = await open(base, 'FOOD_DES.txt', true);
  const groups = new Map<string, string>();
  const groupFile = await open(base, 'FD_GROUP.txt', false);
  if (groupFile) for await (const { fields } of groupFile.rows) groups.set(fields[0] ?? '', fields[1] ?? '');

  const definitions: NutrientDefinition[] = [];
  const nutrDef = await open(base, 'NUTR_DEF.txt', true);
  for await (const { fields, line } of nutrDef?.rows ?? empty()) {
    const [number, unit, tagname, name, , order] = fields;
    if (!number || !/^\d{3}$/.test(number) || !unit || !name) throw new InputError(`${nutrDef?.name}:${line}: not an SR28 NUTR_DEF row`);
    definitions.push({ number, unit, tagname: tagname || null, name, sortOrder: Number(order) || 100000 });
  }

  const fdc = await readFdcBridge(options.fdcDir ?? (isUrl(base) ? undefined : join(base, '..', 'fdc_sr_legacy_2018-04')));

  interface Draft { name: string; group: string; nutrients: Record<string, number>; portions: Portion[]; line: number }
  const drafts = new Map<string, Draft>();
  let checkedFormat = false;
  for await (const { fields, line } of foodDes?.rows ?? empty()) {
    tally.rowsRead += 1;
    if (!checkedFormat) {
      if (fields.length < 14 || !/^\d{5}$/.test(fields[0] ?? '')) {
        throw new InputError(`${foodDes?.name}:${line}: not SR28 FOOD_DES (expected 14 '^'-separated fields starting with a 5-digit NDB number)`);
      }
      checkedFormat = true;
    }
    const [ndb, group, longDesc] = fields;
    if (!ndb || !/^\d{5}$/.test(ndb)) { tally.skip(foodDes?.name ?? 'FOOD_DES', line, 'NDB number is not 5 digits'); continue; }
    if (!longDesc) { tally.skip(foodDes?.name ?? 'FOOD_DES', line, 'food has no description'); continue; }
    drafts.set(ndb, { name: longDesc, group: group ?? '', nutrients: {}, portions: [], line });
  }
  tally.files.push(foodDes?.name ?? 'FOOD_DES.txt');

  const nutData = await open(base, 'NUT_DATA.txt', true);
  for await (const { fields, line } of nutData?.rows ?? empty()) {
    const [ndb, number, value] = fields;
    const draft = drafts.get(ndb ?? '');
    const amount = Number(value);
    if (!draft) { tally.skip(nutData?.name ?? 'NUT_DATA', line, `nutrient value for unknown food ${ndb}`); continue; }
    if (!number || value === undefined || value === '' || !Number.isFinite(amount)) {
      tally.skip(nutData?.name ?? 'NUT_DATA', line, `nutrient value "${value}" is not a number`);
      continue;
    }
    draft.nutrients[number] = amount;
  }
  tally.files.push(nutData?.name ?? 'NUT_DATA.txt');

  const weight = await open(base, 'WEIGHT.txt', false);
  for await (const { fields, line } of weight?.rows ?? empty()) {
    const [ndb, , amountText, description, gramsText] = fields;
    const draft = drafts.get(ndb ?? '');
    const amount = Number(amountText);
    const grams = Number(gramsText);
    if (!draft) { tally.skip(weight?.name ?? 'WEIGHT', line, `household measure for unknown food ${ndb}`); continue; }
    if (!description || !(amount > 0) || !(grams > 0)) {
      tally.skip(weight?.name ?? 'WEIGHT', line, 'household measure without a positive amount and weight');
      continue;
    }
    draft.portions.push({ amount, unit: description, grams });
  }
  if (weight) tally.files.push(weight.name);

  const foods = [...drafts].map(([ndb, draft]): FoodRecord => {
    const bridge = fdc.get(ndb);
    return {
      source: 'usda-sr28',
      sourceId: ndb,
      dataset: 'sr28',
      name: bridge?.description ?? draft.name,
      brand: undefined,
      category: groups.get(draft.group) ?? undefined,
      barcode: undefined,
      fdcId: bridge?.fdcId,
      nutrients: draft.nutrients,
      portions: draft.portions,
      energyEstimated: false,
      qualityNotes: [],
      sourceUpdatedAt: '2016-05-01T00:00:00Z',
    };
  });
  tally.rowsWritten = await writeAllAtOnce(db, foods, {
    alongside: (tx) => upsertNutrientDefinitions(tx, definitions),
    onWritten: options.onWritten,
    onProgress: (done, written) =>
      options.onProgress?.({
        source: 'usda-sr28', file: 'FOOD_DES', bytesRead: done, bytesTotal: foods.length,
        rowsRead: tally.rowsRead, rowsWritten: written, rowsSkipped: tally.rowsSkipped,
      }),
  });
  return tally.result();
}

async function* empty(): AsyncGenerator<{ fields: string[]; line: number }> {
  // nothing to read
}

/** FoodData Central SR Legacy: NDB number → FDC id and the newer description. */
async function readFdcBridge(dir: string | undefined): Promise<Map<string, { fdcId: number; description: string | undefined }>> {
  const bridge = new Map<string, { fdcId: number; description: string | undefined }>();
  if (!dir) return bridge;
  const legacyPath = await locateFile(dir, 'sr_legacy_food.csv');
  if (!legacyPath) return bridge;
  const descriptions = new Map<string, string>();
  const foodPath = await locateFile(dir, 'food.csv');
  if (foodPath) {
    for await (const record of csvRecords(await openInput(foodPath))) {
      if (record.fdc_id && record.description) descriptions.set(record.fdc_id, record.description);
    }
  }
  for await (const record of csvRecords(await openInput(legacyPath))) {
    const fdcId = Number(record.fdc_id);
    const ndb = record.NDB_number;
    if (!Number.isInteger(fdcId) || !ndb || !/^\d+$/.test(ndb)) continue;
    bridge.set(ndb.padStart(5, '0'), { fdcId, description: descriptions.get(record.fdc_id ?? '') });
  }
  return bridge;
}

/** Records of a CSV file with a header row; a read or decompression error ends the loop with that error. */
function csvRecords(input: OpenedInput): AsyncIterable<Record<string, string>> {
  const parser = parse({ columns: true });
  input.stream.on('error', (error) => parser.destroy(error));
  return input.stream.pipe(parser) as AsyncIterable<Record<string, string>>;
}
