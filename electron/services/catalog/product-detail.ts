import type Database from 'better-sqlite3';
import type { ProductDetail } from '../../../shared/contract';
import { categoryChain, pathOf, schemaOf } from './category-chain';
import { requireProductRecord } from './product-record';
import { prepared } from '../../../database/prepared';

const PRICE_HISTORY_LIMIT = 100;

/** Everything the product screen shows: the fields, suppliers, stock in every store and price history. */
export function loadProductDetail(sql: Database.Database, id: number): ProductDetail {
  const product = requireProductRecord(sql, id);
  const chain = product.categoryId === null ? [] : categoryChain(sql, product.categoryId);
  const brand =
    product.brandId === null
      ? undefined
      : (prepared(sql, 'SELECT "name" FROM "brands" WHERE "id" = ?').get(product.brandId) as { name: string });

  const suppliers = prepared(
    sql,
    `SELECT ps."supplier_id" AS "supplierId", s."name", ps."supplier_sku" AS "supplierSku",
            ps."cost_cents" AS "costCents"
     FROM "product_suppliers" ps JOIN "suppliers" s ON s."id" = ps."supplier_id"
     WHERE ps."product_id" = ? ORDER BY s."name"`,
  ).all(id) as ProductDetail['suppliers'];

  const stock = (
    prepared(
      sql,
      `SELECT sl."store_id", s."name" AS "store_name", sl."on_hand", sl."reorder_point", sl."reorder_qty"
       FROM "stock_levels" sl JOIN "stores" s ON s."id" = sl."store_id"
       WHERE sl."product_id" = ? ORDER BY s."name", s."id"`,
    ).all(id) as {
      store_id: number;
      store_name: string;
      on_hand: number;
      reorder_point: number | null;
      reorder_qty: number | null;
    }[]
  ).map((row) => ({
    storeId: row.store_id,
    storeName: row.store_name,
    onHand: row.on_hand,
    reorderPoint: row.reorder_point ?? product.reorderPoint,
    reorderQty: row.reorder_qty ?? product.reorderQty,
    storeOverride: row.reorder_point !== null || row.reorder_qty !== null,
  }));

  const priceHistory = prepared(
    sql,
    `SELECT pc."field", pc."old_cents" AS "oldCents", pc."new_cents" AS "newCents",
            sm."display_name" AS "staffName", pc."changed_at" AS "changedAt"
     FROM "price_changes" pc LEFT JOIN "staff_members" sm ON sm."id" = pc."staff_id"
     WHERE pc."product_id" = ? ORDER BY pc."id" DESC LIMIT ${PRICE_HISTORY_LIMIT}`,
  ).all(id) as ProductDetail['priceHistory'];

  return {
    id: product.id,
    sku: product.sku,
    barcode: product.barcode,
    name: product.name,
    description: product.description,
    categoryId: product.categoryId,
    categoryPath: chain.length === 0 ? null : pathOf(chain),
    brandId: product.brandId,
    brandName: brand?.name ?? null,
    priceCents: product.priceCents,
    costCents: product.costCents,
    taxRateBp: product.taxRateBp,
    reorderPoint: product.reorderPoint,
    reorderQty: product.reorderQty,
    allowBackorder: product.allowBackorder,
    attributes: product.attributes,
    attributeSchema: schemaOf(chain),
    archived: product.archivedAt !== null,
    archivedAt: product.archivedAt,
    version: product.version,
    createdAt: product.createdAt,
    updatedAt: product.updatedAt,
    suppliers,
    stock,
    priceHistory,
  };
}
