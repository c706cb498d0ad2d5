import type { z } from 'zod';
import type { productUpdateInput } from '../../../shared/contract';
import type { CatalogWriter } from './catalog-writer';
import { changesBetween, type FieldChanges } from '../../host/audit-changes';
import {
  fieldParams,
  requireProductRecord,
  staleVersion,
  type ProductFields,
  type ProductRecord,
} from './product-record';
import { requireFittingAttributes, requireFreeCodes, requireReferences } from './product-rules';
import { productSupplierIds, replaceProductSuppliers } from './product-suppliers';
import { prepared } from '../../../database/prepared';

export type ProductUpdate = z.output<typeof productUpdateInput>;

/**
 * Saves an edit made on `version` of the product. The later of two saves from the same version
 * is refused (CONFLICT with the current version), never silently overwriting the first. Fields
 * left out keep their value. Attributes are checked whenever they or the category change; an
 * edit that touches neither leaves them alone, so a schema tightened later does not block a price
 * change.
 */
export function updateProduct(writer: CatalogWriter, input: ProductUpdate): FieldChanges {
  const { sql } = writer;
  const current = requireProductRecord(sql, input.id);
  if (current.version !== input.version) throw staleVersion(current.version);

  const { id, version, suppliers, ...given } = input;
  const next: ProductFields = { ...pickFields(current), ...withoutUndefined(given) };
  requireReferences(sql, {
    categoryId: given.categoryId,
    brandId: given.brandId,
    supplierIds: suppliers?.map((link) => link.supplierId),
  });
  requireFreeCodes(sql, { sku: given.sku, barcode: given.barcode }, id);
  if (given.attributes !== undefined || given.categoryId !== undefined) {
    requireFittingAttributes(sql, next.categoryId, next.attributes);
  }

  const result = prepared(
    sql,
    `UPDATE "products" SET "sku" = @sku, "barcode" = @barcode, "name" = @name, "description" = @description,
       "category_id" = @categoryId, "brand_id" = @brandId, "price_cents" = @priceCents, "cost_cents" = @costCents,
       "tax_rate_bp" = @taxRateBp, "reorder_point" = @reorderPoint, "reorder_qty" = @reorderQty,
       "allow_backorder" = @allowBackorder, "attributes" = @attributes,
       "version" = "version" + 1, "updated_at" = @now, "updated_by" = @staffId
     WHERE "id" = @id AND "version" = @version`,
  ).run({ ...fieldParams(next), id, version, now: writer.now, staffId: writer.staffId });
  if (result.changes === 0) throw staleVersion(requireProductRecord(sql, id).version);

  const changes = changesBetween<ProductFields>(current, next, Object.keys(next) as (keyof ProductFields)[]);
  if (suppliers !== undefined) {
    changes.suppliers = { from: productSupplierIds(sql, id), to: suppliers.map((link) => link.supplierId) };
    replaceProductSuppliers(sql, id, suppliers);
  }
  return changes;
}

/** The record without its bookkeeping columns. */
function pickFields(record: ProductRecord): ProductFields {
  const {
    id: _id,
    version: _version,
    archivedAt: _archivedAt,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    ...fields
  } = record;
  return fields;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}
