import type { Queryable } from '../db/client.ts';

export interface ImportCheckpoint {
  readonly file: string;
  readonly line: number;
}

export interface ImportRun {
  readonly id: string;
  readonly source: string;
  readonly location: string;
  readonly status: 'running' | 'done' | 'failed';
  readonly rows_read: number;
  readonly rows_written: number;
  readonly rows_skipped: number;
  readonly checkpoint: ImportCheckpoint | null;
}

/**
 * The latest run of this source and location if it did not finish (the process stopped, or
 * the import failed part way), marked as running again: it is picked up where it stopped.
 */
export async function resumeUnfinishedRun(db: Queryable, source: string, location: string): Promise<ImportRun | undefined> {
  const rows = await db.query<ImportRun>(
    `UPDATE import_runs SET status = 'running', error = NULL
     WHERE id = (SELECT id FROM import_runs WHERE source = $1 AND location = $2 ORDER BY id DESC LIMIT 1)
       AND status IN ('running', 'failed')
     RETURNING id::text AS id, source, location, status, rows_read, rows_written, rows_skipped, checkpoint`,
    [source, location],
  );
  return rows[0];
}

export async function startRun(db: Queryable, source: string, location: string): Promise<string> {
  const rows = await db.query<{ id: string }>(
    `INSERT INTO import_runs (source, location, status) VALUES ($1, $2, 'running') RETURNING id::text AS id`,
    [source, location],
  );
  const id = rows[0]?.id;
  if (id === undefined) throw new Error('import run was not recorded');
  return id;
}

export async function saveCheckpoint(
  db: Queryable,
  id: string,
  progress: { rowsRead: number; rowsWritten: number; rowsSkipped: number; checkpoint: ImportCheckpoint },
): Promise<void> {
  await db.query(
    `UPDATE import_runs SET rows_read = $2, rows_written = $3, rows_skipped = $4, checkpoint = $5::jsonb WHERE id = $1`,
    [id, progress.rowsRead, progress.rowsWritten, progress.rowsSkipped, JSON.stringify(progress.checkpoint)],
  );
}

export async function finishRun(
  db: Queryable,
  id: string,
  status: 'done' | 'failed',
  error?: string,
  counts?: { rowsRead: number; rowsWritten: number; rowsSkipped: number },
): Promise<void> {
  await db.query(
    `UPDATE import_runs SET status = $2, finished_at = now(), error = $3,
       rows_read = coalesce($4, rows_read), rows_written = coalesce($5, rows_written), rows_skipped = coalesce($6, rows_skipped)
     WHERE id = $1`,
    [id, status, error ?? null, counts?.rowsRead ?? null, counts?.rowsWritten ?? null, counts?.rowsSkipped ?? null],
  );
}

/** True when an import of this source from this location has ever finished. */
export async function hasFinishedRun(db: Queryable, source: string, location: string): Promise<boolean> {
  const rows = await db.query<{ n: number }>(
    `SELECT 1 AS n FROM import_runs WHERE source = $1 AND location = $2 AND status = 'done' LIMIT 1`,
    [source, location],
  );
  return rows.length > 0;
}
