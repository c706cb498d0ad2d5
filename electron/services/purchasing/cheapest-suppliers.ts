import type Database from 'better-sqlite3';
import { prepared } from '../../../database/prepared';

export interface SupplierOffer {
  supplierId: number;
  supplierName: string;
  leadTimeDays: number;
  supplierSku: string | null;
  costCents: number;
}

/** Every offer for the given products, cheapest first within a product, ties to the older supplier. */
const OFFERS = `
  SELECT ps."product_id", ps."supplier_id", s."name" AS "supplier_name", s."lead_time_days", ps."supplier_sku",
         ps."cost_cents"
  FROM json_each(?) j
  JOIN "product_suppliers" ps ON ps."product_id" = j."value"
  JOIN "suppliers" s ON s."id" = ps."supplier_id"
  ORDER BY ps."product_id", ps."cost_cents", ps."supplier_id"`;

/** The product_suppliers row each product is cheapest from; products no supplier offers are absent. */
export function cheapestSuppliers(sql: Database.Database, productIds: readonly number[]): Map<number, SupplierOffer> {
  const rows = prepared(sql, OFFERS).all(JSON.stringify(productIds)) as {
    product_id: number;
    supplier_id: number;
    supplier_name: string;
    lead_time_days: number;
    supplier_sku: string | null;
    cost_cents: number;
  }[];
  const cheapest = new Map<number, SupplierOffer>();
  for (const row of rows) {
    if (cheapest.has(row.product_id)) continue;
    cheapest.set(row.product_id, {
      supplierId: row.supplier_id,
      supplierName: row.supplier_name,
      leadTimeDays: row.lead_time_days,
      supplierSku: row.supplier_sku,
      costCents: row.cost_cents,
    });
  }
  return cheapest;
}
