import type { Queryable } from './client.ts';

/** Tables whose rows are kept as tombstones when deleted, so a device that was offline learns of it. */
export type SoftDeletedTable = 'weights' | 'water' | 'custom_foods';

/** Marks a row deleted (again: no change); false when no row of the caller has the id. */
export async function markDeleted(db: Queryable, table: SoftDeletedTable, id: string): Promise<boolean> {
  const rows = await db.query(`UPDATE ${table} SET deleted_at = coalesce(deleted_at, now()) WHERE id = $1 RETURNING id`, [id]);
  return rows.length > 0;
}
