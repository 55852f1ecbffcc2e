import cliProgress from 'cli-progress';
import type { Db } from '../db/client.ts';
import type { FoodSearch } from '../foods/food-search.ts';
import { keptFoodCount } from '../foods/foods.repository.ts';
import type { Logger } from '../logger.ts';
import { importSource, planCatalogImport, type ImportSource } from './catalog-sources.ts';
import { hasFinishedRun } from './import-runs.repository.ts';
import type { ImportProgress } from './import-report.ts';

export interface ImportStatus {
  source: ImportSource;
  location: string;
  state: 'pending' | 'running' | 'done' | 'failed';
  file: string | null;
  rowsRead: number;
  rowsWritten: number;
  rowsSkipped: number;
  percent: number | null;
  error: string | null;
}

/** Held while the catalog is imported on start, so two servers sharing a database take turns. */
const BOOTSTRAP_LOCK_KEY = 7_316_202;

export const MISSING_DATA_HELP = (asked: string): string =>
  `No food data folder at ${asked}. The catalog stays empty until food data is imported. ` +
  'Point MACROMUSE_FOOD_DATA at a folder laid out like this (official downloads): ' +
  'usda/sr28/ (USDA SR28 ASCII files, https://www.ars.usda.gov/ sr28asc.zip, unzipped), ' +
  'usda/fndds_2017-2018/ (FNDDS 2017-2018 "At A Glance" tables as CSV), ' +
  'off/ (Open Food Facts CSV export, https://world.openfoodfacts.org/data), ' +
  'off-large/<name>/ (Open Food Facts catalog as MySQL INSERT files); ' +
  'or import each one with: npx macromuse import <sr28|fndds|off|off-sql> <folder|file|url>';

/**
 * Fills an empty catalog on start: generic foods and the small product exports first (the
 * server already answers meanwhile), then the large product catalog in the background.
 * Each source is imported once; a large import cut short by a restart resumes.
 */
export class CatalogBootstrap {
  readonly statuses: ImportStatus[] = [];
  private background: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly search: FoodSearch,
    private readonly log: Logger,
    private readonly showProgressBar: boolean,
    /** Told after each batch of foods this process writes (the catalog's count follows). */
    private readonly foodsWritten: () => void = () => undefined,
  ) {}

  /** Resolves when the generic foods are in; `whenIdle()` resolves when the large catalog is too. */
  async start(dataRoot: string | undefined, dataAsked: string, scope: 'all' | 'generic' | 'none'): Promise<void> {
    if (scope === 'none') return;
    if (!dataRoot) {
      this.log.warn(MISSING_DATA_HELP(dataAsked));
      return;
    }
    const plan = planCatalogImport(dataRoot);
    const first = plan.first.map((step) => this.track(step.source, step.location));
    const background = scope === 'all' ? plan.background.map((step) => this.track(step.source, step.location)) : [];
    await this.db.withAdvisoryLock(BOOTSTRAP_LOCK_KEY, async () => {
      for (const status of first) await this.runStep(status);
    });
    await this.catchUp();
    this.background = (async () => {
      for (const status of background) {
        await this.db.withAdvisoryLock(BOOTSTRAP_LOCK_KEY, () => this.runStep(status));
      }
      await this.catchUp();
      await this.search.compact();
    })().catch((error: unknown) => this.log.error({ err: error }, 'background import stopped'));
  }

  /**
   * Another server sharing the database may have imported while this one waited for its
   * turn: if the table holds foods this index lacks, index the table again.
   */
  private async catchUp(): Promise<void> {
    await this.search.settled();
    if ((await keptFoodCount(this.db)) !== this.search.size) await this.search.load(this.db);
  }

  /** True while this server is importing food data (its own writes need no following). */
  get importing(): boolean {
    return this.statuses.some((s) => s.state === 'running');
  }

  whenIdle(): Promise<void> {
    return this.background;
  }

  private track(source: ImportSource, location: string): ImportStatus {
    const status: ImportStatus = { source, location, state: 'pending', file: null, rowsRead: 0, rowsWritten: 0, rowsSkipped: 0, percent: null, error: null };
    this.statuses.push(status);
    return status;
  }

  /** Imports one source unless an import of it already finished; true if it imported. */
  private async runStep(status: ImportStatus): Promise<boolean> {
    if (await hasFinishedRun(this.db, status.source, status.location)) {
      status.state = 'done';
      status.percent = 100;
      return false;
    }
    status.state = 'running';
    this.log.info({ source: status.source, location: status.location }, 'importing food data');
    const bar = this.showProgressBar
      ? new cliProgress.SingleBar(
          { format: ` ${status.source.padEnd(8)} |{bar}| {percentage}% | {rows} foods`, hideCursor: true, stream: process.stderr, clearOnComplete: false },
          cliProgress.Presets.shades_classic,
        )
      : undefined;
    bar?.start(100, 0, { rows: '0' });
    let lastLogged = -10;
    const onProgress = (p: ImportProgress): void => {
      status.file = p.file;
      status.rowsRead = p.rowsRead;
      status.rowsWritten = p.rowsWritten;
      status.rowsSkipped = p.rowsSkipped;
      status.percent = p.bytesTotal ? Math.min(100, Math.round((p.bytesRead / p.bytesTotal) * 1000) / 10) : null;
      bar?.update(status.percent ?? 0, { rows: p.rowsWritten.toLocaleString('en') });
      if (!bar && status.percent !== null && status.percent - lastLogged >= 10) {
        lastLogged = status.percent;
        this.log.info({ source: status.source, percent: status.percent, rowsWritten: p.rowsWritten, rowsSkipped: p.rowsSkipped }, 'import progress');
      }
    };
    try {
      const results = await importSource(this.db, status.source, status.location, { onProgress, onWritten: (rows) => {
          this.search.add(rows);
          this.foodsWritten();
        },
      });
      bar?.update(100);
      bar?.stop();
      status.state = 'done';
      status.percent = 100;
      for (const result of results) {
        this.log.info(
          { source: status.source, files: result.files, rowsRead: result.rowsRead, rowsWritten: result.rowsWritten, rowsSkipped: result.rowsSkipped, seconds: Math.round(result.seconds * 10) / 10, skippedByReason: result.skippedByReason },
          'food data imported',
        );
      }
      return true;
    } catch (error) {
      bar?.stop();
      status.state = 'failed';
      status.error = error instanceof Error ? error.message : String(error);
      this.log.error({ source: status.source, err: error }, 'food data import failed');
      return false;
    }
  }
}
