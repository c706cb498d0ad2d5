import type { CatalogWriter } from './catalog-writer';
import { requireProductRecord, staleVersion } from './product-record';
import { prepared } from '../../../database/prepared';

/**
 * Archives (hides from lists and sales) or restores a product; products are never deleted, since
 * orders, stock movements and price history point at them. Asking for the state the product is
 * already in changes nothing. Returns whether a row was written.
 */
export function setProductArchived(
  writer: CatalogWriter,
  target: { id: number; version: number },
  archived: boolean,
): boolean {
  const current = requireProductRecord(writer.sql, target.id);
  if (current.version !== target.version) throw staleVersion(current.version);
  if ((current.archivedAt !== null) === archived) return false;
  prepared(
    writer.sql,
    `UPDATE "products"
     SET "archived_at" = @archivedAt, "version" = "version" + 1, "updated_at" = @now, "updated_by" = @staffId
     WHERE "id" = @id AND "version" = @version`,
  ).run({ ...target, archivedAt: archived ? writer.now : null, now: writer.now, staffId: writer.staffId });
  return true;
}
