import type Database from 'better-sqlite3';
import { newUid } from '../../../database/ids';
import { prepared } from '../../../database/prepared';

export interface OrderMovement {
  storeId: number;
  productId: number;
  orderId: number;
  /** 'sale' takes units out (negative), 'return' puts them back (positive). */
  kind: 'sale' | 'return';
  quantity: number;
  unitCostCents: number | null;
  staffId: number;
  note?: string | null | undefined;
}

const INSERT_ORDER_MOVEMENT = `
  INSERT INTO "stock_movements" ("uid", "store_id", "product_id", "kind", "quantity", "unit_cost_cents", "order_id",
    "staff_id", "note", "occurred_at", "created_at")
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/**
 * One ledger row linked to its order. The ledger trigger moves stock_levels in the same
 * statement and refuses stock below zero (INSUFFICIENT_STOCK) unless the product allows backorders.
 */
export function insertOrderMovement(sql: Database.Database, movement: OrderMovement, now: Date): void {
  const at = now.toISOString();
  prepared(sql, INSERT_ORDER_MOVEMENT).run(
    newUid(now.getTime()),
    movement.storeId,
    movement.productId,
    movement.kind,
    movement.quantity,
    movement.unitCostCents,
    movement.orderId,
    movement.staffId,
    movement.note ?? null,
    at,
    at,
  );
}

/** What one unit of a product cost when this order sold it; what a return puts back at. */
export function saleUnitCost(sql: Database.Database, orderId: number, productId: number): number | null {
  const row = prepared(
    sql,
    `SELECT "unit_cost_cents" FROM "stock_movements"
     WHERE "order_id" = ? AND "product_id" = ? AND "kind" = 'sale' ORDER BY "id" LIMIT 1`,
  ).get(orderId, productId) as { unit_cost_cents: number | null } | undefined;
  return row?.unit_cost_cents ?? null;
}
