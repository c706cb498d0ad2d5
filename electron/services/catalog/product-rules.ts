import type Database from 'better-sqlite3';
import { attributeIssues, type AttributeValues } from '../../../shared/attributes';
import { equivalentBarcodes } from '../../../shared/barcode';
import { AppError } from '../../../shared/errors';
import { effectiveAttributeSchema, requireCategory } from './category-chain';
import { prepared } from '../../../database/prepared';

/**
 * Rules a product must meet before it is written, checked here so the person gets a message that
 * names the field; the UNIQUE and FOREIGN KEY constraints stay as the last line of defence.
 */

function requireBrand(sql: Database.Database, brandId: number): void {
  if (!prepared(sql, 'SELECT 1 FROM "brands" WHERE "id" = ?').get(brandId)) {
    throw new AppError('NOT_FOUND', 'That brand does not exist.', { field: 'brandId' });
  }
}

function requireSuppliers(sql: Database.Database, supplierIds: readonly number[]): void {
  const exists = prepared(sql, 'SELECT 1 FROM "suppliers" WHERE "id" = ?');
  const missing = supplierIds.filter((supplierId) => !exists.get(supplierId));
  if (missing.length > 0) {
    throw new AppError('NOT_FOUND', 'A supplier on the list does not exist.', {
      field: 'suppliers',
      supplierIds: missing,
    });
  }
}

export function requireReferences(
  sql: Database.Database,
  refs: { categoryId?: number | null; brandId?: number | null; supplierIds?: readonly number[] },
): void {
  if (refs.categoryId != null) requireCategory(sql, refs.categoryId);
  if (refs.brandId != null) requireBrand(sql, refs.brandId);
  if (refs.supplierIds) requireSuppliers(sql, refs.supplierIds);
}

interface Holder {
  id: number;
  name: string;
}

/** SKUs compare without case (the column is NOCASE); a UPC-A and its EAN-13 form are the same barcode. */
export function requireFreeCodes(
  sql: Database.Database,
  codes: { sku?: string; barcode?: string | null },
  productId: number | null,
): void {
  if (codes.sku !== undefined) {
    const holder = prepared(sql, 'SELECT "id", "name" FROM "products" WHERE "sku" = ? AND "id" IS NOT ?').get(
      codes.sku,
      productId,
    ) as Holder | undefined;
    if (holder) throw codeTaken('sku', 'SKU', codes.sku, holder);
  }
  if (codes.barcode != null) {
    const lookup = prepared(sql, 'SELECT "id", "name" FROM "products" WHERE "barcode" = ? AND "id" IS NOT ?');
    for (const spelling of equivalentBarcodes(codes.barcode)) {
      const holder = lookup.get(spelling, productId) as Holder | undefined;
      if (holder) throw codeTaken('barcode', 'barcode', spelling, holder);
    }
  }
}

function codeTaken(field: 'sku' | 'barcode', label: string, code: string, holder: Holder): AppError {
  return new AppError('CONFLICT', `The ${label} ${code} is already used by "${holder.name}".`, {
    field,
    productId: holder.id,
  });
}

/** Attributes must fit the schema of the product's category, inherited definitions included. */
export function requireFittingAttributes(
  sql: Database.Database,
  categoryId: number | null,
  attributes: AttributeValues,
): void {
  const issues = attributeIssues(effectiveAttributeSchema(sql, categoryId), attributes);
  const first = issues[0];
  if (first) throw new AppError('VALIDATION', `${first.path}: ${first.message}`, { issues });
}
