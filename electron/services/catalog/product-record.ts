import type Database from 'better-sqlite3';
import type { AttributeValues } from '../../../shared/attributes';
import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';

/** The editable fields of a product as the contract names them, without its supplier list. */
export interface ProductFields {
  sku: string;
  barcode: string | null;
  name: string;
  description: string | null;
  categoryId: number | null;
  brandId: number | null;
  priceCents: number;
  costCents: number;
  taxRateBp: number;
  reorderPoint: number;
  reorderQty: number;
  allowBackorder: boolean;
  attributes: AttributeValues;
}

export interface ProductRecord extends ProductFields {
  id: number;
  version: number;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

interface RawProduct {
  id: number;
  sku: string;
  barcode: string | null;
  name: string;
  description: string | null;
  category_id: number | null;
  brand_id: number | null;
  price_cents: number;
  cost_cents: number;
  tax_rate_bp: number;
  reorder_point: number;
  reorder_qty: number;
  allow_backorder: number;
  attributes: string;
  version: number;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export function findProductRecord(sql: Database.Database, id: number): ProductRecord | null {
  const row = prepared(
    sql,
    `SELECT "id", "sku", "barcode", "name", "description", "category_id", "brand_id", "price_cents", "cost_cents",
            "tax_rate_bp", "reorder_point", "reorder_qty", "allow_backorder", "attributes", "version",
            "archived_at", "created_at", "updated_at"
     FROM "products" WHERE "id" = ?`,
  ).get(id) as RawProduct | undefined;
  return row ? toRecord(row) : null;
}

export function requireProductRecord(sql: Database.Database, id: number): ProductRecord {
  const record = findProductRecord(sql, id);
  if (!record) throw new AppError('NOT_FOUND', 'That product does not exist.', { productId: id });
  return record;
}

/** The editor loaded an older version than the one saved since: the later save loses and reloads. */
export function staleVersion(currentVersion: number): AppError {
  return new AppError('CONFLICT', 'Someone else saved this product meanwhile; reload it to see their changes.', {
    currentVersion,
  });
}

/** Named parameters for the columns of ProductFields, in SQLite's types. */
export function fieldParams(fields: ProductFields): Record<string, string | number | null> {
  return {
    sku: fields.sku,
    barcode: fields.barcode,
    name: fields.name,
    description: fields.description,
    categoryId: fields.categoryId,
    brandId: fields.brandId,
    priceCents: fields.priceCents,
    costCents: fields.costCents,
    taxRateBp: fields.taxRateBp,
    reorderPoint: fields.reorderPoint,
    reorderQty: fields.reorderQty,
    allowBackorder: fields.allowBackorder ? 1 : 0,
    attributes: JSON.stringify(fields.attributes),
  };
}

function toRecord(row: RawProduct): ProductRecord {
  return {
    id: row.id,
    sku: row.sku,
    barcode: row.barcode,
    name: row.name,
    description: row.description,
    categoryId: row.category_id,
    brandId: row.brand_id,
    priceCents: row.price_cents,
    costCents: row.cost_cents,
    taxRateBp: row.tax_rate_bp,
    reorderPoint: row.reorder_point,
    reorderQty: row.reorder_qty,
    allowBackorder: row.allow_backorder === 1,
    attributes: JSON.parse(row.attributes) as AttributeValues,
    version: row.version,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
