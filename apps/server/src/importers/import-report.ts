import type { FoodsWritten } from './food-sink.ts';

/** A row an importer could not use, and why: reported by file and line. */
export interface SkippedRow {
  readonly file: string;
  readonly line: number;
  readonly reason: string;
}

/** Progress of one import, for progress bars, logs and /healthz. */
export interface ImportProgress {
  readonly source: string;
  readonly file: string;
  /** Source bytes read and their total, where the total is known. */
  readonly bytesRead: number;
  readonly bytesTotal: number | undefined;
  readonly rowsRead: number;
  readonly rowsWritten: number;
  readonly rowsSkipped: number;
}

/** What a caller of an importer can listen to: progress, and the foods each write stored. */
export interface ImportHooks {
  readonly onProgress?: (progress: ImportProgress) => void;
  readonly onWritten?: FoodsWritten;
}

export interface ImportResult {
  readonly source: string;
  readonly files: readonly string[];
  readonly rowsRead: number;
  readonly rowsWritten: number;
  readonly rowsSkipped: number;
  /** The skipped rows, the first `MAX_REPORTED_SKIPS` of them; `rowsSkipped` counts all. */
  readonly skipped: readonly SkippedRow[];
  /** Skipped rows counted by reason, with the line numbers beyond the reported ones summarised. */
  readonly skippedByReason: Readonly<Record<string, number>>;
  readonly seconds: number;
}

/** How many skipped rows are kept in detail; the rest are counted by reason. */
export const MAX_REPORTED_SKIPS = 200;

/** Collects what an import read, wrote and skipped. */
export class ImportTally {
  rowsRead = 0;
  rowsWritten = 0;
  rowsSkipped = 0;
  readonly skipped: SkippedRow[] = [];
  readonly skippedByReason: Record<string, number> = {};
  readonly files: string[] = [];
  private readonly startedAt = performance.now();

  constructor(readonly source: string) {}

  skip(file: string, line: number, reason: string): void {
    this.rowsSkipped += 1;
    const kind = reason.replace(/[\d.-]+/g, 'N');
    this.skippedByReason[kind] = (this.skippedByReason[kind] ?? 0) + 1;
    if (this.skipped.length < MAX_REPORTED_SKIPS) this.skipped.push({ file, line, reason });
  }

  result(): ImportResult {
    return {
      source: this.source,
      files: this.files,
      rowsRead: this.rowsRead,
      rowsWritten: this.rowsWritten,
      rowsSkipped: this.rowsSkipped,
      skipped: this.skipped,
      skippedByReason: this.skippedByReason,
      seconds: (performance.now() - this.startedAt) / 1000,
    };
  }
}
