import type Database from 'better-sqlite3';
import { prepared } from '../../../database/prepared';

export interface SupplierLink {
  supplierId: number;
  supplierSku?: string | null;
  costCents: number;
}

/** Makes the product's supplier list exactly `links`. */
export function replaceProductSuppliers(
  sql: Database.Database,
  productId: number,
  links: readonly SupplierLink[],
): void {
  prepared(sql, 'DELETE FROM "product_suppliers" WHERE "product_id" = ?').run(productId);
  const insert = prepared(
    sql,
    'INSERT INTO "product_suppliers" ("product_id", "supplier_id", "supplier_sku", "cost_cents") VALUES (?, ?, ?, ?)',
  );
  for (const link of links) insert.run(productId, link.supplierId, link.supplierSku ?? null, link.costCents);
}

export function productSupplierIds(sql: Database.Database, productId: number): number[] {
  return (
    prepared(sql, 'SELECT "supplier_id" FROM "product_suppliers" WHERE "product_id" = ? ORDER BY "supplier_id"').all(
      productId,
    ) as { supplier_id: number }[]
  ).map((row) => row.supplier_id);
}
