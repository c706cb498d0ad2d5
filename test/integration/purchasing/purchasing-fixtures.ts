import { newUid } from '../../../database/ids';
import type { StockWorld } from '../stock/stock-fixtures';

const DAY_MS = 86_400_000;

export interface ShelfPlan {
  name?: string;
  reorderPoint: number;
  reorderQty?: number;
  onHand: number;
  /** Units sold in the caller's store over the last 28 days, one sale a day back from now. */
  sold?: number;
  costCents?: number;
  allowBackorder?: boolean;
  archived?: boolean;
  /** The store's own reorder point, overriding the product's. */
  storeReorderPoint?: number;
}

/** `days` before the test clock's now, as the ledger stores it. */
export function daysAgo(w: StockWorld, days: number): string {
  return new Date(w.t.clock.now().getTime() - days * DAY_MS).toISOString();
}

/**
 * A product on the shelf of `storeId`: opened long ago with enough stock for its sales, then
 * sold down to `onHand` within the velocity window.
 */
export function shelf(w: StockWorld, storeId: number, plan: ShelfPlan): number {
  const product = w.product({
    name: plan.name,
    reorderPoint: plan.reorderPoint,
    reorderQty: plan.reorderQty ?? 0,
    costCents: plan.costCents,
    allowBackorder: plan.allowBackorder,
    archived: plan.archived,
  });
  const sold = plan.sold ?? 0;
  const opening = plan.onHand + sold;
  if (opening > 0) w.move(storeId, product, 'receipt', opening, daysAgo(w, 60));
  // Only a product that allows backorders may plan negative stock; the ledger refuses it otherwise.
  if (opening < 0) w.move(storeId, product, 'sale', -opening, daysAgo(w, 60));
  for (let unitsLeft = sold, day = 1; unitsLeft > 0; day++) {
    const units = Math.min(unitsLeft, Math.ceil(sold / 27));
    sell(w, storeId, product, units, daysAgo(w, day));
    unitsLeft -= units;
  }
  if (plan.storeReorderPoint !== undefined) {
    w.sql
      .prepare('UPDATE stock_levels SET reorder_point = ? WHERE store_id = ? AND product_id = ?')
      .run(plan.storeReorderPoint, storeId, product);
  }
  return product;
}

/**
 * A paid till sale of `units` placed at `placedAt`, written as the till writes it (the order,
 * its line, the stock leaving): what sales velocity counts (shared/sales.ts). Returns the line.
 */
export function sell(
  w: StockWorld,
  storeId: number,
  productId: number,
  units: number,
  placedAt: string,
  status: 'paid' | 'pending' = 'paid',
): number {
  const staffId = w.sql.prepare('SELECT "id" FROM "staff_members" ORDER BY "id" LIMIT 1').pluck().get() as number;
  const number = w.sql
    .prepare('SELECT IFNULL(MAX("order_number"), 0) + 1 FROM "orders" WHERE "store_id" = ?')
    .pluck()
    .get(storeId) as number;
  const total = units * 100;
  const orderId = Number(
    w.sql
      .prepare(
        `INSERT INTO "orders" ("uid", "store_id", "order_number", "staff_id", "status", "subtotal_cents", "tax_cents", "total_cents", "placed_at")
         VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)`,
      )
      .run(newUid(), storeId, number, staffId, status, total, total, placedAt).lastInsertRowid,
  );
  const lineId = Number(
    w.sql
      .prepare(
        `INSERT INTO "order_lines" ("order_id", "line_no", "product_id", "quantity", "unit_price_cents", "tax_rate_bp", "tax_cents", "total_cents")
         VALUES (?, 1, ?, ?, 100, 0, 0, ?)`,
      )
      .run(orderId, productId, units, total).lastInsertRowid,
  );
  w.move(storeId, productId, 'sale', units, placedAt);
  return lineId;
}
