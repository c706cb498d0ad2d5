import type { z } from 'zod';
import type { productCreateInput } from '../../../shared/contract';
import { newUid } from '../../../database/ids';
import type { CatalogWriter } from './catalog-writer';
import { fieldParams, type ProductFields } from './product-record';
import { requireFittingAttributes, requireFreeCodes, requireReferences } from './product-rules';
import { replaceProductSuppliers } from './product-suppliers';
import { prepared } from '../../../database/prepared';

export type NewProduct = z.output<typeof productCreateInput>;

/** Adds a product; the stock_levels rows for every store come from a trigger. Returns its id. */
export function createProduct(writer: CatalogWriter, input: NewProduct): number {
  const { sql } = writer;
  const { suppliers = [], ...given } = input;
  const fields: ProductFields = {
    ...given,
    barcode: given.barcode ?? null,
    description: given.description ?? null,
    categoryId: given.categoryId ?? null,
    brandId: given.brandId ?? null,
  };
  requireReferences(sql, { ...fields, supplierIds: suppliers.map((link) => link.supplierId) });
  requireFreeCodes(sql, fields, null);
  requireFittingAttributes(sql, fields.categoryId, fields.attributes);

  const result = prepared(
    sql,
    `INSERT INTO "products" ("uid", "sku", "barcode", "name", "description", "category_id", "brand_id", "price_cents",
       "cost_cents", "tax_rate_bp", "reorder_point", "reorder_qty", "allow_backorder", "attributes", "updated_by",
       "created_at", "updated_at")
     VALUES (@uid, @sku, @barcode, @name, @description, @categoryId, @brandId, @priceCents, @costCents, @taxRateBp,
       @reorderPoint, @reorderQty, @allowBackorder, @attributes, @staffId, @now, @now)`,
  ).run({ ...fieldParams(fields), uid: newUid(Date.parse(writer.now)), staffId: writer.staffId, now: writer.now });
  const productId = Number(result.lastInsertRowid);
  replaceProductSuppliers(sql, productId, suppliers);
  return productId;
}
