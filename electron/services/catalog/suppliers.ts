import type Database from 'better-sqlite3';
import type { SupplierDetail, SupplierRow } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';

const SELECT_SUPPLIERS = `
  SELECT s."id", s."name", s."contact_name" AS "contactName", s."email", s."phone",
         s."lead_time_days" AS "leadTimeDays", s."notes",
         (SELECT COUNT(*) FROM "product_suppliers" ps JOIN "products" p ON p."id" = ps."product_id"
          WHERE ps."supplier_id" = s."id" AND p."archived_at" IS NULL) AS "productCount"
  FROM "suppliers" s`;

const DETAIL_PRODUCT_LIMIT = 200;

export function listSuppliers(sql: Database.Database): SupplierRow[] {
  return prepared(sql, `${SELECT_SUPPLIERS} ORDER BY s."name", s."id"`).all() as SupplierRow[];
}

export function loadSupplier(sql: Database.Database, id: number): SupplierRow {
  const row = prepared(sql, `${SELECT_SUPPLIERS} WHERE s."id" = ?`).get(id) as SupplierRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'That supplier does not exist.', { supplierId: id });
  return row;
}

/** The supplier and the products it sells us (not archived), by name. */
export function loadSupplierDetail(sql: Database.Database, id: number): SupplierDetail {
  const supplier = loadSupplier(sql, id);
  const products = prepared(
    sql,
    `SELECT p."id" AS "productId", p."sku", p."name", ps."supplier_sku" AS "supplierSku", ps."cost_cents" AS "costCents"
     FROM "product_suppliers" ps JOIN "products" p ON p."id" = ps."product_id"
     WHERE ps."supplier_id" = ? AND p."archived_at" IS NULL
     ORDER BY p."name", p."id" LIMIT ${DETAIL_PRODUCT_LIMIT}`,
  ).all(id) as SupplierDetail['products'];
  return { ...supplier, products };
}
