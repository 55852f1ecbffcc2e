import { stringify } from 'csv-stringify/sync';
import { zipSync, strToU8 } from 'fflate';
import { endpoints } from '@macromuse/contract/endpoints';
import type { ApiRouter } from '../http/api-router.ts';
import { readEverything, type ExportRow } from './account-export.repository.ts';

/** A CSV cell: dates as ISO text, objects (nutrients, portions) as JSON. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function toCsv(rows: readonly ExportRow[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return stringify(
    rows.map((r) => columns.map((c) => cell(r[c]))),
    { header: true, columns },
  );
}

export function registerExportRoutes(api: ApiRouter): void {
  api.handle(endpoints.exportAccount, async ({ query, tx, reply }) => {
      const data = await readEverything(tx);
      const stamp = new Date().toISOString().slice(0, 10);
      if (query.format === 'json') {
        void reply.header('Content-Disposition', `attachment; filename="macromuse-export-${stamp}.json"`);
        return { exportedAt: new Date().toISOString(), ...data };
      }
      const files = Object.fromEntries(Object.entries(data).map(([table, rows]) => [`${table}.csv`, strToU8(toCsv(rows))]));
      void reply.header('Content-Type', 'application/zip').header('Content-Disposition', `attachment; filename="macromuse-export-${stamp}.zip"`);
      return Buffer.from(zipSync(files));
  });
}
