import type Database from 'better-sqlite3';
import { rightCheckDigit } from '../../../shared/barcode';
import { newUid } from '../../../database/ids';
import { prepared } from '../../../database/prepared';
import type { ImportRow, ImportValue, ImportWriter, RowProblem, WriterContext, WriterFactory } from '../writer';
import { CatalogReferences } from './catalog-references';
import { writeGuardedRows, newCounts, textOf } from './row-guard';

/** Product fields stored in a products column of the same meaning, with the column. */
const COLUMNS = {
  sku: 'sku',
  barcode: 'barcode',
  name: 'name',
  description: 'description',
  price: 'price_cents',
  cost: 'cost_cents',
  taxRate: 'tax_rate_bp',
  reorderPoint: 'reorder_point',
  reorderQty: 'reorder_qty',
} as const;
type ColumnField = keyof typeof COLUMNS;

/** Defaults of a new product for the columns a file leaves out (as the products table has them). */
const DEFAULTS: Record<ColumnField, ImportValue> = {
  sku: null,
  barcode: null,
  name: null,
  description: null,
  price: 0,
  cost: 0,
  taxRate: 0,
  reorderPoint: 0,
  reorderQty: 0,
};

interface Existing {
  id: number;
}

/** Rules the catalog's own forms check (printable SKU, barcode check digit), said about the row. */
function codeProblem(row: ImportRow): RowProblem | null {
  const sku = textOf(row.values, 'sku');
  if (sku !== null && /\p{Cc}/u.test(sku)) {
    return { rowNumber: row.rowNumber, column: 'sku', value: sku, reason: 'must use printable characters only' };
  }
  const barcode = textOf(row.values, 'barcode');
  if (barcode === null) return null;
  if (!/^[\x21-\x7E]+$/.test(barcode)) {
    return {
      rowNumber: row.rowNumber,
      column: 'barcode',
      value: barcode,
      reason: 'must be letters, digits and symbols without spaces',
    };
  }
  const expected = rightCheckDigit(barcode);
  return expected === null
    ? null
    : {
        rowNumber: row.rowNumber,
        column: 'barcode',
        value: barcode,
        reason: `has a wrong check digit (expected ${expected})`,
      };
}

/**
 * Products by SKU or barcode. An update changes only the fields the file maps, bumps the version
 * (open edit forms then see they are stale) and names the importer as `updated_by`, so the price
 * history triggers record who changed a price and when, as for an edit on screen.
 */
export const productsWriter: WriterFactory = (ctx: WriterContext): ImportWriter => {
  const { sql } = ctx;
  const key = (ctx.naturalKey ?? 'sku') as 'sku' | 'barcode';
  const counts = newCounts();
  const references = new CatalogReferences(ctx);
  const findBy = (column: 'sku' | 'barcode', value: string) =>
    prepared(sql, `SELECT "id" FROM "products" WHERE "${column}" = ?`).get(value) as Existing | undefined;

  const write = (row: ImportRow): RowProblem | null => {
    const problem = codeProblem(row);
    if (problem) return problem;
    const keyValue = textOf(row.values, key);
    const existing = keyValue === null ? undefined : findBy(key, keyValue);
    if (existing && ctx.mode === 'skip') {
      counts.skipped += 1;
      return null;
    }
    if (existing && ctx.mode === 'insert') {
      return {
        rowNumber: row.rowNumber,
        column: key,
        value: keyValue,
        reason: 'is already in the catalog (this import adds new products only)',
      };
    }
    const taken = takenCode(row, existing?.id ?? null, findBy);
    if (taken) return taken;

    const links = resolveReferences(references, row);
    if ('reason' in links) return links;

    const productId = existing ? update(ctx, existing.id, row, links) : insert(ctx, row, links);
    if (existing) counts.updated += 1;
    else counts.inserted += 1;
    if (links.supplierId !== undefined && links.supplierId !== null)
      linkSupplier(sql, productId, links.supplierId, row);
    return null;
  };

  return {
    write: (rows) => writeGuardedRows(sql, rows, counts, write, () => references.forgetCreated()),
    finish: () => [],
    summary: () => ({ ...counts }),
  };
};

/** The SKU or barcode a row brings must not belong to another product. */
function takenCode(
  row: ImportRow,
  selfId: number | null,
  findBy: (column: 'sku' | 'barcode', value: string) => Existing | undefined,
): RowProblem | null {
  for (const column of ['sku', 'barcode'] as const) {
    const value = textOf(row.values, column);
    if (value === null) continue;
    const holder = findBy(column, value);
    if (holder && holder.id !== selfId) {
      return { rowNumber: row.rowNumber, column, value, reason: 'belongs to another product already' };
    }
  }
  return null;
}

interface Links {
  categoryId?: number | null;
  brandId?: number | null;
  supplierId?: number | null;
}

/** The rows the category, brand and supplier names point to, or why the first that cannot be found fails. */
function resolveReferences(references: CatalogReferences, row: ImportRow): Links | RowProblem {
  const links: Links = {};
  const pairs = [
    ['category', 'categoryId', (name: string) => references.category(name)],
    ['brand', 'brandId', (name: string) => references.brand(name)],
    ['supplier', 'supplierId', (name: string) => references.supplier(name)],
  ] as const;
  for (const [field, link, resolve] of pairs) {
    if (!(field in row.values)) continue;
    const name = textOf(row.values, field);
    if (name === null) {
      links[link] = null;
      continue;
    }
    const found = resolve(name);
    if ('reason' in found) return { rowNumber: row.rowNumber, column: field, value: name, reason: found.reason };
    links[link] = found.id;
  }
  return links;
}

function insert(ctx: WriterContext, row: ImportRow, links: Links): number {
  const values = { ...DEFAULTS, ...pickColumns(row) };
  const result = prepared(
    ctx.sql,
    `INSERT INTO "products" ("uid", "sku", "barcode", "name", "description", "category_id", "brand_id", "price_cents",
       "cost_cents", "tax_rate_bp", "reorder_point", "reorder_qty", "updated_by", "created_at", "updated_at")
     VALUES (@uid, @sku, @barcode, @name, @description, @categoryId, @brandId, @price, @cost, @taxRate,
       @reorderPoint, @reorderQty, @staffId, @now, @now)`,
  ).run({
    ...values,
    categoryId: links.categoryId ?? null,
    brandId: links.brandId ?? null,
    uid: newUid(Date.parse(ctx.now)),
    staffId: ctx.staffId,
    now: ctx.now,
  });
  return Number(result.lastInsertRowid);
}

/** Only the mapped columns change. */
function update(ctx: WriterContext, id: number, row: ImportRow, links: Links): number {
  const values: Record<string, ImportValue> = pickColumns(row);
  for (const [field, value] of Object.entries(values))
    if (value === null) values[field] = DEFAULTS[field as ColumnField];
  const sets = Object.keys(values).map((field) => `"${COLUMNS[field as ColumnField]}" = @${field}`);
  if (links.categoryId !== undefined) sets.push('"category_id" = @categoryId');
  if (links.brandId !== undefined) sets.push('"brand_id" = @brandId');
  // The statement's text depends only on which fields the profile maps, so it is prepared once per import.
  prepared(
    ctx.sql,
    `UPDATE "products" SET ${[...sets, '"version" = "version" + 1', '"updated_by" = @staffId', '"updated_at" = @now'].join(', ')}
     WHERE "id" = @id`,
  ).run({
    ...values,
    ...(links.categoryId !== undefined ? { categoryId: links.categoryId } : {}),
    ...(links.brandId !== undefined ? { brandId: links.brandId } : {}),
    id,
    staffId: ctx.staffId,
    now: ctx.now,
  });
  return id;
}

/** The mapped columns' values; an empty cell of an optional field clears it (numbers go back to 0). */
function pickColumns(row: ImportRow): Record<string, ImportValue> {
  const picked: Record<string, ImportValue> = {};
  for (const field of Object.keys(COLUMNS) as ColumnField[]) {
    if (field in row.values) picked[field] = row.values[field] ?? DEFAULTS[field];
  }
  return picked;
}

/** The supplier link carries the supplier's SKU and the cost (the product's when the file has none). */
function linkSupplier(sql: Database.Database, productId: number, supplierId: number, row: ImportRow): void {
  prepared(
    sql,
    `INSERT INTO "product_suppliers" ("product_id", "supplier_id", "supplier_sku", "cost_cents")
     VALUES (@productId, @supplierId, @supplierSku, COALESCE(@cost, (SELECT "cost_cents" FROM "products" WHERE "id" = @productId)))
     ON CONFLICT ("product_id", "supplier_id") DO UPDATE SET
       "supplier_sku" = COALESCE(excluded."supplier_sku", "supplier_sku"), "cost_cents" = excluded."cost_cents"`,
  ).run({
    productId,
    supplierId,
    supplierSku: textOf(row.values, 'supplierSku'),
    cost: typeof row.values.cost === 'number' ? row.values.cost : null,
  });
}
