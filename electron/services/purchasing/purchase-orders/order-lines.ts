import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/errors';
import { prepared } from '../../../../database/prepared';
import { loadStockedProducts } from '../../stock/products';

export interface OrderLine {
  productId: number;
  quantity: number;
  unitCostCents: number;
}

const INSERT_LINES = `
  INSERT INTO "purchase_order_lines" ("purchase_order_id", "product_id", "quantity_ordered", "unit_cost_cents")
  SELECT ?, j."value" ->> '$.productId', j."value" ->> '$.quantity', j."value" ->> '$.unitCostCents'
  FROM json_each(?) j`;

export function requireSupplier(sql: Database.Database, supplierId: number): void {
  if (!prepared(sql, 'SELECT 1 FROM "suppliers" WHERE "id" = ?').get(supplierId)) {
    throw new AppError('NOT_FOUND', 'That supplier does not exist.', { supplierId });
  }
}

/** Writes a draft's lines; an unknown product refuses them all (NOT_FOUND) before any is written. */
export function insertOrderLines(
  sql: Database.Database,
  storeId: number,
  purchaseOrderId: number,
  lines: readonly OrderLine[],
): void {
  loadStockedProducts(
    sql,
    storeId,
    lines.map((line) => line.productId),
  );
  prepared(sql, INSERT_LINES).run(purchaseOrderId, JSON.stringify(lines));
}
