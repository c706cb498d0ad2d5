import { AppError } from '../../../shared/errors';
import type { CatalogWriter } from './catalog-writer';
import { requireProductRecord } from './product-record';
import { prepared } from '../../../database/prepared';
import { assertStoreScope } from '../permissions/store-scope';
import type { ScopedActor } from '../../../shared/store-scope';

export interface StoreReorder {
  productId: number;
  storeId: number;
  reorderPoint: number | null;
  reorderQty: number | null;
}

/**
 * A store's own reorder point and quantity for a product; null hands the decision back to the
 * product's. Only that store's manager (or an admin) decides how much it keeps.
 */
export function setStoreReorder(writer: CatalogWriter, actor: ScopedActor, input: StoreReorder): void {
  assertStoreScope(actor, input.storeId);
  requireProductRecord(writer.sql, input.productId);
  const result = prepared(
    writer.sql,
    `UPDATE "stock_levels" SET "reorder_point" = @reorderPoint, "reorder_qty" = @reorderQty, "updated_at" = @now
     WHERE "store_id" = @storeId AND "product_id" = @productId`,
  ).run({ ...input, now: writer.now });
  if (result.changes === 0) throw new AppError('NOT_FOUND', 'That store does not exist.', { field: 'storeId' });
}
