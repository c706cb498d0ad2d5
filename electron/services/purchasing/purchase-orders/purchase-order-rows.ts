import type Database from 'better-sqlite3';
import type { PurchaseOrderDetail, PurchaseOrderSummary } from '../../../../shared/contract';
import { AppError } from '../../../../shared/errors';
import { prepared } from '../../../../database/prepared';
import { inStoreScope, type ScopedActor } from '../../../../shared/store-scope';

export interface PurchaseOrderRow {
  id: number;
  number: number;
  store_id: number;
  store_name: string;
  supplier_id: number;
  supplier_name: string;
  lead_time_days: number;
  status: PurchaseOrderSummary['status'];
  version: number;
  note: string | null;
  expected_at: string | null;
  sent_at: string | null;
  created_at: string;
  created_by_name: string;
  line_count: number;
  total_cents: number;
}

interface PurchaseOrderLineRow {
  product_id: number;
  sku: string;
  barcode: string | null;
  name: string;
  supplier_sku: string | null;
  quantity_ordered: number;
  quantity_received: number;
  unit_cost_cents: number;
}

/** Every purchase order query selects these columns; callers add WHERE, ORDER BY and LIMIT. */
export const PURCHASE_ORDER_HEADER = `
  SELECT po."id", po."number", po."store_id", st."name" AS "store_name", po."supplier_id",
         s."name" AS "supplier_name", s."lead_time_days", po."status", po."version", po."note", po."expected_at",
         po."sent_at", po."created_at", cb."display_name" AS "created_by_name",
         (SELECT COUNT(*) FROM "purchase_order_lines" l WHERE l."purchase_order_id" = po."id") AS "line_count",
         (SELECT IFNULL(SUM(l."quantity_ordered" * l."unit_cost_cents"), 0)
            FROM "purchase_order_lines" l WHERE l."purchase_order_id" = po."id") AS "total_cents"
  FROM "purchase_orders" po
  JOIN "stores" st ON st."id" = po."store_id"
  JOIN "suppliers" s ON s."id" = po."supplier_id"
  JOIN "staff_members" cb ON cb."id" = po."created_by"`;

/** Lines in the order they were entered, with the order's supplier's own SKU where known. */
const PURCHASE_ORDER_LINES = `
  SELECT l."product_id", p."sku", p."barcode", p."name", ps."supplier_sku", l."quantity_ordered",
         l."quantity_received", l."unit_cost_cents"
  FROM "purchase_order_lines" l
  JOIN "products" p ON p."id" = l."product_id"
  LEFT JOIN "product_suppliers" ps ON ps."product_id" = l."product_id" AND ps."supplier_id" = ?
  WHERE l."purchase_order_id" = ?
  ORDER BY l."id"`;

export function toPurchaseOrderSummary(row: PurchaseOrderRow): PurchaseOrderSummary {
  return {
    id: row.id,
    number: row.number,
    store: { id: row.store_id, name: row.store_name },
    supplier: { id: row.supplier_id, name: row.supplier_name, leadTimeDays: row.lead_time_days },
    status: row.status,
    version: row.version,
    note: row.note,
    expectedAt: row.expected_at,
    sentAt: row.sent_at,
    createdAt: row.created_at,
    createdByName: row.created_by_name,
    lineCount: row.line_count,
    totalCents: row.total_cents,
  };
}

export function getPurchaseOrderSummary(sql: Database.Database, purchaseOrderId: number): PurchaseOrderSummary {
  const row = prepared(sql, `${PURCHASE_ORDER_HEADER} WHERE po."id" = ?`).get(purchaseOrderId) as
    PurchaseOrderRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'That purchase order does not exist.', { id: purchaseOrderId });
  return toPurchaseOrderSummary(row);
}

/** One purchase order with its lines, as `viewer` sees it: whether its store is theirs to act in too. */
export function getPurchaseOrder(
  sql: Database.Database,
  purchaseOrderId: number,
  viewer: ScopedActor,
): PurchaseOrderDetail {
  const summary = getPurchaseOrderSummary(sql, purchaseOrderId);
  const lines = prepared(sql, PURCHASE_ORDER_LINES).all(summary.supplier.id, purchaseOrderId) as PurchaseOrderLineRow[];
  return {
    ...summary,
    inCallerStores: inStoreScope(viewer, summary.store.id),
    lines: lines.map((line) => ({
      productId: line.product_id,
      sku: line.sku,
      barcode: line.barcode,
      name: line.name,
      supplierSku: line.supplier_sku,
      quantityOrdered: line.quantity_ordered,
      quantityReceived: line.quantity_received,
      outstanding: Math.max(line.quantity_ordered - line.quantity_received, 0),
      unitCostCents: line.unit_cost_cents,
      lineTotalCents: line.quantity_ordered * line.unit_cost_cents,
    })),
  };
}
