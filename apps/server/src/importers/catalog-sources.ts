import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Db } from '../db/client.ts';
import type { ImportHooks, ImportResult } from './import-report.ts';
import { finishRun, startRun } from './import-runs.repository.ts';
import { isUrl } from './input.ts';
import { importFndds } from './fndds.ts';
import { importLifyzerSql } from './lifyzer-sql.ts';
import { checkOffCsvHeader, importOffCsv } from './off-csv.ts';
import { importSr28 } from './sr28.ts';

/** The formats `macromuse import` reads, by the name a person types. */
export const IMPORT_SOURCES = {
  sr28: 'USDA SR28 ASCII release (folder with FOOD_DES, NUT_DATA, WEIGHT, NUTR_DEF, FD_GROUP; FDC SR Legacy CSVs beside it are used for ids)',
  fndds: 'USDA FNDDS At A Glance tables (folder with the foods, nutrient values and portions CSVs)',
  off: 'Open Food Facts CSV export (tab-separated, plain or .gz; a folder imports every .tsv/.csv in it)',
  'off-sql': 'the large Open Food Facts catalog as MySQL INSERT files (a .sql(.gz) file, or a folder of them)',
} as const;
export type ImportSource = keyof typeof IMPORT_SOURCES;

export function isImportSource(name: string): name is ImportSource {
  return Object.hasOwn(IMPORT_SOURCES, name);
}

/** A folder for sources that read several files; a file given for those means its folder. */
function folderOf(location: string): string {
  if (isUrl(location)) return location;
  return statSync(location, { throwIfNoEntry: false })?.isFile() ? dirname(location) : location;
}

/**
 * Imports one source from a folder, file or URL and records the run; returns one result per
 * file set read. The large catalog records its own runs, with checkpoints to resume from.
 */
export async function importSource(db: Db, source: ImportSource, location: string, hooks: ImportHooks = {}): Promise<ImportResult[]> {
  if (source === 'off-sql') return [await importLifyzerSql(db, location, hooks)];
  const runId = await startRun(db, source, location);
  try {
    const results = await importFiles(db, source, location, hooks);
    await finishRun(db, runId, 'done', undefined, {
      rowsRead: results.reduce((n, r) => n + r.rowsRead, 0),
      rowsWritten: results.reduce((n, r) => n + r.rowsWritten, 0),
      rowsSkipped: results.reduce((n, r) => n + r.rowsSkipped, 0),
    });
    return results;
  } catch (error) {
    await finishRun(db, runId, 'failed', error instanceof Error ? error.message : String(error));
    throw error;
  }
}

async function importFiles(db: Db, source: Exclude<ImportSource, 'off-sql'>, location: string, hooks: ImportHooks): Promise<ImportResult[]> {
  switch (source) {
    case 'sr28':
      return [await importSr28(db, folderOf(location), hooks)];
    case 'fndds':
      return [await importFndds(db, folderOf(location), hooks)];
    case 'off': {
      const files = !isUrl(location) && statSync(location, { throwIfNoEntry: false })?.isDirectory()
        ? readdirSync(location).filter((f) => /\.(tsv|csv)(\.gz)?$/i.test(f)).sort().map((f) => join(location, f))
        : [location];
      // Every file's header is checked before any is imported: a wrong file in a folder changes nothing.
      for (const file of files) await checkOffCsvHeader(file);
      const results: ImportResult[] = [];
      for (const file of files) results.push(await importOffCsv(db, file, hooks));
      return results;
    }
  }
}

/** The standard layout of the food data folder (see the data folder's SOURCES.md). */
export interface CatalogPlan {
  /** Generic foods and the small product exports: imported before the server answers. */
  readonly first: readonly { source: ImportSource; location: string }[];
  /** The large product catalog: imported in the background. */
  readonly background: readonly { source: ImportSource; location: string }[];
}

export function planCatalogImport(dataRoot: string): CatalogPlan {
  const at = (...parts: string[]): string | undefined => {
    const path = join(dataRoot, ...parts);
    return existsSync(path) ? path : undefined;
  };
  const first: { source: ImportSource; location: string }[] = [];
  const sr28 = at('usda', 'sr28');
  if (sr28) first.push({ source: 'sr28', location: sr28 });
  const fndds = at('usda', 'fndds_2017-2018');
  if (fndds) first.push({ source: 'fndds', location: fndds });
  const off = at('off');
  if (off) first.push({ source: 'off', location: off });
  const background: { source: ImportSource; location: string }[] = [];
  const large = at('off-large');
  if (large) {
    for (const name of readdirSync(large).sort()) {
      if (statSync(join(large, name)).isDirectory()) background.push({ source: 'off-sql', location: join(large, name) });
    }
  }
  return { first, background };
}
