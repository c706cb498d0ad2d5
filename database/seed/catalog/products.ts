import type { SeededRandom } from '../random';
import { writeInChunks, type SeedContext } from '../seed-context';
import { iso } from '../seed-time';
import type { PlannedProduct } from './product-plan';
import { reorderPolicy } from './stock-policy';

/** What the stock and sales phases need of each product, by product index, in flat typed arrays. */
export interface SellableCatalog {
  productIds: Int32Array;
  priceCents: Int32Array;
  costCents: Int32Array;
  taxBp: Int32Array;
  reorderPoint: Int32Array;
  reorderQty: Int32Array;
  leadTimeDays: Int32Array;
  /** Product indexes of everything on sale, best seller first. */
  ranking: Int32Array;
}

const PRODUCTS_PER_TRANSACTION = 5_000;

/**
 * Inserts the planned products and their suppliers. Each product insert also fans out, by
 * trigger, into a stock_levels row per store and a search index row.
 */
export async function seedProducts(
  ctx: SeedContext,
  random: SeededRandom,
  planned: readonly PlannedProduct[],
  ranking: Int32Array,
  unitsPerStore: number,
): Promise<SellableCatalog> {
  const count = planned.length;
  const catalog: SellableCatalog = {
    productIds: new Int32Array(count),
    priceCents: Int32Array.from(planned, (p) => p.priceCents),
    costCents: Int32Array.from(planned, (p) => p.costCents),
    taxBp: Int32Array.from(planned, (p) => p.shelf.taxBp),
    reorderPoint: new Int32Array(count),
    reorderQty: new Int32Array(count),
    leadTimeDays: Int32Array.from(planned, (p) => p.supplier.leadTimeDays),
    ranking,
  };
  ranking.forEach((productIndex, rank) => {
    const product = planned[productIndex]!;
    const policy = reorderPolicy(
      rank,
      ranking.length,
      unitsPerStore,
      product.supplier.leadTimeDays,
      product.caseSize,
      ctx.time,
    );
    catalog.reorderPoint[productIndex] = policy.reorderPoint;
    catalog.reorderQty[productIndex] = policy.reorderQty;
  });

  const insertProduct = ctx.db.prepare(
    `INSERT INTO "products" ("uid", "sku", "barcode", "name", "category_id", "brand_id", "price_cents", "cost_cents", "tax_rate_bp",
       "reorder_point", "reorder_qty", "archived_at", "version", "created_at", "updated_at")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertSource = ctx.db.prepare(
    'INSERT INTO "product_suppliers" ("product_id", "supplier_id", "supplier_sku", "cost_cents") VALUES (?, ?, ?, ?)',
  );

  await writeInChunks(ctx, 'products', count, PRODUCTS_PER_TRANSACTION, (from, to) => {
    for (let index = from; index < to; index++) {
      const p = planned[index]!;
      const id = Number(
        insertProduct.run(
          random.uid(p.createdMs),
          p.sku,
          p.barcode,
          p.name,
          p.shelf.categoryId,
          p.brandId,
          p.priceCents,
          p.costCents,
          p.shelf.taxBp,
          catalog.reorderPoint[index],
          catalog.reorderQty[index],
          p.archivedMs === null ? null : iso(p.archivedMs),
          p.version,
          iso(p.createdMs),
          iso(p.updatedMs),
        ).lastInsertRowid,
      );
      catalog.productIds[index] = id;
      insertSource.run(id, p.supplier.id, supplierSku(random, p.supplier.code), p.costCents);
      if (p.backupSupplier) {
        const backupCost = Math.round(p.costCents * (1.03 + random.next() * 0.07));
        insertSource.run(id, p.backupSupplier.id, supplierSku(random, p.backupSupplier.code), backupCost);
      }
    }
  });
  return catalog;
}

function supplierSku(random: SeededRandom, supplierCode: string): string {
  return `${supplierCode}-${random.int(10_000, 99_999)}`;
}
