import type Database from 'better-sqlite3';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import type { ProductRow, ProductSort, productListInput } from '../../../shared/contract';
import { sqliteOf } from '../../../database/data-source';
import { decodeCursor, encodeCursor } from './keyset-cursor';
import { toPrefixQuery } from './search-query';

export type ProductListQuery = z.output<typeof productListInput>;

/** The column each sort walks, with the id that breaks ties; each pair has an index. */
const SORT_COLUMNS: Record<ProductSort, { key: string; id: string; field: keyof RawRow }> = {
  name: { key: 'p."name"', id: 'p."id"', field: 'name' },
  sku: { key: 'p."sku"', id: 'p."id"', field: 'sku' },
  price: { key: 'p."price_cents"', id: 'p."id"', field: 'price_cents' },
  updated: { key: 'p."updated_at"', id: 'p."id"', field: 'updated_at' },
  onHand: { key: 'sl."on_hand"', id: 'sl."product_id"', field: 'on_hand' },
};

interface RawRow {
  id: number;
  sku: string;
  barcode: string | null;
  name: string;
  category_id: number | null;
  category_name: string | null;
  brand_name: string | null;
  price_cents: number;
  tax_rate_bp: number;
  on_hand: number;
  reorder_point: number;
  archived_at: string | null;
  updated_at: string;
}

/**
 * One page of the product list for a store, by keyset: the page after the cursor's row in the
 * chosen order, never OFFSET, so page 1,000 costs what page 1 does. A category filter includes
 * its whole subtree. Statements are prepared once per shape and cached by better-sqlite3's handle.
 */
export function listProducts(
  dataSource: DataSource,
  storeId: number,
  query: ProductListQuery,
): { items: ProductRow[]; nextCursor: string | null } {
  const sql = sqliteOf(dataSource);
  const sort = SORT_COLUMNS[query.sort];
  const descending = query.direction === 'desc';
  const match = query.search === undefined ? null : toPrefixQuery(query.search);
  const where = ['sl."store_id" = @storeId'];
  const params: Record<string, unknown> = { storeId, limit: query.limit + 1 };

  if (!query.includeArchived) where.push('p."archived_at" IS NULL');
  if (match !== null) {
    where.push('p."id" IN (SELECT "rowid" FROM "product_search" WHERE "product_search" MATCH @match)');
    params.match = match;
  }
  if (query.categoryId !== undefined) {
    where.push('p."category_id" IN (SELECT "id" FROM "subtree")');
    params.categoryId = query.categoryId;
  }
  if (query.cursor !== undefined) {
    const position = decodeCursor(query.cursor);
    where.push(`(${sort.key}, ${sort.id}) ${descending ? '<' : '>'} (@afterValue, @afterId)`);
    params.afterValue = position.value;
    params.afterId = position.id;
  }

  const direction = descending ? 'DESC' : 'ASC';
  const text = `
    ${query.categoryId === undefined ? '' : SUBTREE}
    SELECT p."id", p."sku", p."barcode", p."name", p."category_id", c."name" AS "category_name",
           b."name" AS "brand_name", p."price_cents", p."tax_rate_bp", sl."on_hand", p."reorder_point",
           p."archived_at", p."updated_at"
    FROM "products" p
    JOIN "stock_levels" sl ON sl."product_id" = p."id"
    LEFT JOIN "categories" c ON c."id" = p."category_id"
    LEFT JOIN "brands" b ON b."id" = p."brand_id"
    WHERE ${where.join(' AND ')}
    ORDER BY ${sort.key} ${direction}, ${sort.id} ${direction}
    LIMIT @limit`;

  const rows = prepared(sql, text).all(params) as RawRow[];
  const hasMore = rows.length > query.limit;
  const page = hasMore ? rows.slice(0, query.limit) : rows;
  const last = page[page.length - 1];
  return {
    items: page.map(toProductRow),
    nextCursor: hasMore && last ? encodeCursor({ value: last[sort.field] as string | number, id: last.id }) : null,
  };
}

const SUBTREE = `WITH RECURSIVE "subtree"("id") AS (
  SELECT @categoryId UNION ALL SELECT c."id" FROM "categories" c JOIN "subtree" s ON c."parent_id" = s."id")`;

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function prepared(sql: Database.Database, text: string): Database.Statement {
  let cache = statements.get(sql);
  if (!cache) statements.set(sql, (cache = new Map()));
  let statement = cache.get(text);
  if (!statement) cache.set(text, (statement = sql.prepare(text)));
  return statement;
}

function toProductRow(row: RawRow): ProductRow {
  return {
    id: row.id,
    sku: row.sku,
    barcode: row.barcode,
    name: row.name,
    categoryId: row.category_id,
    categoryName: row.category_name,
    brandName: row.brand_name,
    priceCents: row.price_cents,
    taxRateBp: row.tax_rate_bp,
    onHand: row.on_hand,
    reorderPoint: row.reorder_point,
    archived: row.archived_at !== null,
    updatedAt: row.updated_at,
  };
}
