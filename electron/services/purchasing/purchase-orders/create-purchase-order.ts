import type Database from 'better-sqlite3';
import { newUid } from '../../../../database/ids';
import type { StaffAtStore } from '../../stock/channel-input';
import { prepared } from '../../../../database/prepared';
import { insertOrderLines, requireSupplier, type OrderLine } from './order-lines';

export interface DraftOrder {
  supplierId: number;
  lines: readonly OrderLine[];
  expectedAt?: string | null;
  note?: string | null;
}

/** Numbers count up per store; the dispatcher runs one write at a time, so MAX + 1 cannot collide. */
const NEXT_NUMBER = `SELECT IFNULL(MAX("number"), 0) + 1 FROM "purchase_orders" WHERE "store_id" = ?`;

const INSERT_ORDER = `
  INSERT INTO "purchase_orders" ("uid", "store_id", "number", "supplier_id", "status", "note", "expected_at",
    "created_by", "version", "created_at", "updated_at")
  VALUES (?, ?, ?, ?, 'draft', ?, ?, ?, 1, ?, ?)`;

/** A draft purchase order for the acting staff member's store; returns its id. */
export function createPurchaseOrder(sql: Database.Database, who: StaffAtStore, now: Date, draft: DraftOrder): number {
  requireSupplier(sql, draft.supplierId);
  const stamp = now.toISOString();
  const number = prepared(sql, NEXT_NUMBER).pluck().get(who.storeId) as number;
  const purchaseOrderId = Number(
    prepared(sql, INSERT_ORDER).run(
      newUid(now.getTime()),
      who.storeId,
      number,
      draft.supplierId,
      draft.note ?? null,
      draft.expectedAt ?? null,
      who.staffId,
      stamp,
      stamp,
    ).lastInsertRowid,
  );
  insertOrderLines(sql, who.storeId, purchaseOrderId, draft.lines);
  return purchaseOrderId;
}
