import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { catalogBarcodeKey } from '@macromuse/core/foods/barcode';
import type { FoodRecord } from '@macromuse/core/foods/food';
import { ETHANOL_DENSITY } from '@macromuse/core/nutrients/energy';
import type { Db } from '../db/client.ts';
import { FoodSink } from './food-sink.ts';
import { ImportTally, type ImportHooks, type ImportResult } from './import-report.ts';
import { finishRun, resumeUnfinishedRun, saveCheckpoint, startRun, type ImportCheckpoint } from './import-runs.repository.ts';
import { InputError, isUrl, openInput, readLines } from './input.ts';
import { parseInsertColumns, parseValuesTuple } from './mysql-values.ts';
import { numberCell, productNutrition } from './product-nutrients.ts';

/** The name its import runs are recorded under (the `macromuse import` source name). */
export const LIFYZER_SOURCE = 'off-sql';
const DATASET = 'lifyzer-2019-06';
const REQUIRED_COLUMNS = ['barcode_id', 'product_name'];
/** Rows written between checkpoints: a restart redoes at most this many. */
const CHECKPOINT_EVERY = 5000;
/**
 * Rows per write. On the embedded database a write holds the server's thread while it runs,
 * so batches stay small enough for requests to be answered in between.
 */
const WRITE_BATCH = 1000;

/** The SQL files of a location: a folder's *.sql(.gz) in name order, or the one file or URL given. */
export function lifyzerFiles(location: string): string[] {
  if (isUrl(location) || !statSync(location, { throwIfNoEntry: false })?.isDirectory()) return [location];
  const files = readdirSync(location)
    .filter((name) => /\.sql(\.gz)?$/i.test(name))
    .sort()
    .map((name) => join(location, name));
  if (files.length === 0) throw new InputError(`${location}: no .sql or .sql.gz files in this folder`);
  return files;
}

/** The name a checkpoint knows a file by: its file name, for a path or a URL alike. */
function fileKey(location: string): string {
  return basename(isUrl(location) ? new URL(location).pathname : location);
}

/** Checks that a file holds `INSERT INTO product (barcode_id, product_name, ...)` statements before anything is written. */
async function sniff(file: string): Promise<void> {
  const input = await openInput(file);
  try {
    for await (const { line, number } of readLines(input.stream)) {
      const insert = parseInsertColumns(line);
      if (insert) {
        const missing = REQUIRED_COLUMNS.filter((c) => !insert.columns.includes(c));
        if (missing.length > 0) throw new InputError(`${input.name}:${number}: INSERT has no ${missing.join(', ')} column`);
        return;
      }
      if (number > 200) break;
    }
    throw new InputError(`${input.name}: not a product SQL dump (no "INSERT INTO product (barcode_id, product_name, ...)" near the start)`);
  } finally {
    input.stream.destroy();
  }
}

/**
 * Imports the large Open Food Facts catalog (MySQL INSERT files). Progress is committed every
 * few thousand rows; a run cut short resumes from its last checkpoint, and since every row is
 * an upsert by barcode, whatever is redone is updated in place, never duplicated.
 */
export async function importLifyzerSql(
  db: Db,
  location: string,
  options: ImportHooks = {},
): Promise<ImportResult & { resumedFrom: ImportCheckpoint | undefined }> {
  const files = lifyzerFiles(location);
  for (const file of files) await sniff(file);
  const totalBytes = isUrl(location) ? undefined : files.reduce((sum, f) => sum + statSync(f).size, 0);

  const tally = new ImportTally(LIFYZER_SOURCE);
  const unfinished = await resumeUnfinishedRun(db, LIFYZER_SOURCE, location);
  const runId = unfinished?.id ?? (await startRun(db, LIFYZER_SOURCE, location));
  // A resumed run starts in the file it had reached, after the last line it committed; if
  // that file is gone (renamed, say), it starts over, and the upserts keep it free of duplicates.
  const resumeIndex = unfinished?.checkpoint ? files.findIndex((f) => fileKey(f) === unfinished.checkpoint?.file) : -1;
  const carried = resumeIndex >= 0 ? unfinished : undefined;
  const resumeFrom = carried?.checkpoint ?? undefined;
  if (carried) {
    tally.rowsRead = carried.rows_read;
    tally.rowsSkipped = carried.rows_skipped;
  }
  const sink = new FoodSink(db, options.onWritten, WRITE_BATCH);
  const startIndex = Math.max(resumeIndex, 0);
  let bytesBefore = totalBytes === undefined ? 0 : files.slice(0, startIndex).reduce((sum, f) => sum + statSync(f).size, 0);
  try {
    for (const [index, file] of files.entries()) {
      if (index < startIndex) continue;
      const skipThrough = index === resumeIndex && resumeFrom ? resumeFrom.line : 0;
      const input = await openInput(file);
      const name = input.name;
      try {
        let columns: string[] | undefined;
        let pending = 0;
        let lastLine = 0;
        const report = (): void => {
          const { read } = input.progress();
          options.onProgress?.({
            source: LIFYZER_SOURCE, file: name, bytesRead: bytesBefore + read, bytesTotal: totalBytes,
            rowsRead: tally.rowsRead, rowsWritten: (carried?.rows_written ?? 0) + sink.written, rowsSkipped: tally.rowsSkipped,
          });
        };
        const checkpoint = async (): Promise<void> => {
          await sink.flush();
          await saveCheckpoint(db, runId, {
            rowsRead: tally.rowsRead, rowsWritten: (carried?.rows_written ?? 0) + sink.written,
            rowsSkipped: tally.rowsSkipped, checkpoint: { file: fileKey(file), line: lastLine },
          });
          pending = 0;
          report();
        };
        for await (const { line, number } of readLines(input.stream)) {
          const insert = parseInsertColumns(line);
          if (insert) { columns = insert.columns; continue; }
          if (!/^\s*VALUES\s*\(/i.test(line)) continue;
          if (number <= skipThrough) continue;
          lastLine = number;
          tally.rowsRead += 1;
          const values = parseValuesTuple(line);
          if (!columns) { tally.skip(name, number, 'VALUES without a preceding INSERT INTO ... (columns)'); continue; }
          if (!values || values.length !== columns.length) {
            tally.skip(name, number, `row has ${values?.length ?? 'unreadable'} values for ${columns.length} columns`);
            continue;
          }
          const row: Record<string, string | null> = {};
          columns.forEach((column, i) => { row[column] = values[i] ?? null; });
          const outcome = toFood(row);
          if ('reason' in outcome) { tally.skip(name, number, outcome.reason); continue; }
          await sink.add(outcome);
          pending += 1;
          if (pending >= CHECKPOINT_EVERY) await checkpoint();
        }
        await checkpoint();
        bytesBefore += input.progress().read;
      } finally {
        input.stream.destroy();
      }
      tally.files.push(name);
    }
    await finishRun(db, runId, 'done');
  } catch (error) {
    await finishRun(db, runId, 'failed', error instanceof Error ? error.message : String(error)).catch(() => undefined);
    throw error;
  }
  tally.rowsWritten = (carried?.rows_written ?? 0) + sink.written;
  return { ...tally.result(), resumedFrom: resumeFrom };
}

function toFood(row: Record<string, string | null>): FoodRecord | { reason: string } {
  const code = row.barcode_id?.trim() ?? '';
  const barcode = catalogBarcodeKey(code);
  if (!barcode) return { reason: `barcode "${code}" is not a number` };
  const name = row.product_name?.trim() ?? '';
  if (name === '') return { reason: 'product has no name' };
  const num = (column: string): number | undefined => numberCell(row[column] ?? undefined);
  const alcoholVol = num('alcohol');
  const nutrition = productNutrition({
    grams: {
      fat: num('fat_amount'), saturatedFat: num('saturated_fats'), carbohydrate: num('carbohydrate'), sugars: num('sugar'),
      fiber: num('dietary_fiber'), protein: num('protein'),
      alcohol: alcoholVol === undefined ? undefined : alcoholVol * ETHANOL_DENSITY,
    },
    milligramsFromGrams: { sodium: num('sodium') },
    saltGrams: num('salt'),
  });
  if (!nutrition.ok) return { reason: nutrition.reason };
  return {
    source: 'off',
    sourceId: barcode,
    dataset: DATASET,
    name,
    brand: undefined,
    category: undefined,
    barcode,
    fdcId: undefined,
    nutrients: nutrition.nutrients,
    portions: [],
    energyEstimated: nutrition.energyEstimated,
    qualityNotes: nutrition.notes,
    sourceUpdatedAt: '2019-06-14T00:00:00Z',
  };
}
