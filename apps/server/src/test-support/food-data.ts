import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { REPO_ROOT } from '../config/config.ts';
import { openInput, readLines } from '../importers/input.ts';

/** The real food data the tests read (never copied into the repository). */
export const FOOD_DATA = resolve(process.env.MACROMUSE_FOOD_DATA ?? join(REPO_ROOT, '..', 'shared', 'data'));
export const hasFoodData = existsSync(join(FOOD_DATA, 'usda', 'sr28'));

export const LARGE_CATALOG_DIR = join(FOOD_DATA, 'off-large', 'lifyzer-2019-06');

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `macromuse-${prefix}-`));
}

export interface CatalogSlice {
  /** Keep every n-th product (1 keeps all). */
  readonly every?: number;
  /** Stop after this many products. */
  readonly limit?: number;
  /** Keep only products whose barcode starts with one of these. */
  readonly barcodePrefixes?: readonly string[];
}

/**
 * Writes a slice of the large product catalog, in its own format (INSERT line, VALUES line,
 * blank line), streaming the real files. Returns how many products it holds.
 */
export async function writeCatalogSlice(target: string, slice: CatalogSlice): Promise<number> {
  const out = createWriteStream(target);
  const every = slice.every ?? 1;
  let seen = 0;
  let kept = 0;
  let insert = '';
  const files = readdirSync(LARGE_CATALOG_DIR).filter((f) => f.endsWith('.sql.gz')).sort();
  outer: for (const file of files) {
    const input = await openInput(join(LARGE_CATALOG_DIR, file));
    for await (const { line } of readLines(input.stream)) {
      if (line.startsWith('INSERT INTO')) { insert = line; continue; }
      if (!line.startsWith('VALUES')) continue;
      seen += 1;
      if ((seen - 1) % every !== 0) continue;
      if (slice.barcodePrefixes && !slice.barcodePrefixes.some((p) => line.startsWith(`VALUES ('${p}`))) continue;
      if (!out.write(`${insert}\n${line}\n\n`)) await once(out, 'drain');
      kept += 1;
      if (slice.limit !== undefined && kept >= slice.limit) {
        input.stream.destroy();
        break outer;
      }
    }
  }
  out.end();
  await once(out, 'finish');
  return kept;
}

/**
 * A food data folder laid out like the real one: the USDA and Open Food Facts exports
 * linked in whole, and slices of the large catalog, each in a folder of its own.
 */
export async function makeDataRoot(slices: readonly CatalogSlice[]): Promise<string> {
  const root = tempDir('data');
  mkdirSync(join(root, 'usda'));
  for (const name of ['sr28', 'fdc_sr_legacy_2018-04', 'fndds_2017-2018']) {
    symlinkSync(join(FOOD_DATA, 'usda', name), join(root, 'usda', name));
  }
  symlinkSync(join(FOOD_DATA, 'off'), join(root, 'off'));
  for (const [i, slice] of slices.entries()) {
    const dir = join(root, 'off-large', `slice-${i + 1}`);
    mkdirSync(dir, { recursive: true });
    await writeCatalogSlice(join(dir, 'products.sql'), slice);
  }
  return root;
}
