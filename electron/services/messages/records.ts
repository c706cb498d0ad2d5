import type Database from 'better-sqlite3';
import type { MessageRecordKind, RecordRef } from '../../../shared/contract/messages';
import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';

/** The table behind each kind of record a message can be attached to. */
export const RECORD_TABLES: Readonly<Record<MessageRecordKind, string>> = {
  product: 'products',
  order: 'orders',
  purchase_order: 'purchase_orders',
  customer: 'customers',
  transfer: 'stock_transfers',
};

const NAMES: Readonly<Record<MessageRecordKind, string>> = {
  product: 'product',
  order: 'order',
  purchase_order: 'purchase order',
  customer: 'customer',
  transfer: 'stock transfer',
};

/** What a person calls each record, for the message aliased `m` (an order by its number, a product by its name). */
export const RECORD_LABEL_SQL = `CASE m."record_kind"
  WHEN 'product' THEN (SELECT "name" FROM "products" WHERE "id" = m."record_id")
  WHEN 'order' THEN (SELECT 'Order ' || "order_number" FROM "orders" WHERE "id" = m."record_id")
  WHEN 'purchase_order' THEN (SELECT 'Purchase order ' || "number" FROM "purchase_orders" WHERE "id" = m."record_id")
  WHEN 'customer' THEN (SELECT "first_name" || ' ' || "last_name" FROM "customers" WHERE "id" = m."record_id")
  WHEN 'transfer' THEN (SELECT 'Transfer ' || t."id" || ' to ' || s."name" FROM "stock_transfers" t
    JOIN "stores" s ON s."id" = t."to_store_id" WHERE t."id" = m."record_id")
  END`;

/** Refuses a record that does not exist, before anything points at it. */
export function requireRecord(sql: Database.Database, record: RecordRef): void {
  const exists = prepared(sql, `SELECT 1 FROM "${RECORD_TABLES[record.kind]}" WHERE "id" = ?`).get(record.id);
  if (exists === undefined) {
    throw new AppError('NOT_FOUND', `There is no such ${NAMES[record.kind]}.`, { record });
  }
}
