import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import type { ProductListSort, ProductRow, productListInput } from '../../../shared/contract';
import { sqliteOf } from '../../../database/data-source';
import { attributeExpression, attributeSqlValue } from './attribute-sql';
import { decodeCursor, encodeCursor } from './keyset-cursor';
import { brandFilter, lowStockFilter, supplierFilter } from './list-filters';
import { LIST_ORDERS } from './product-list-orders';
import { planSearch } from './search-plan';
import { toSearchText } from './search-query';
import { prepared } from '../../../database/prepared';

export type ProductListQuery = z.output<typeof productListInput>;

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
  rank?: number;
}

const SUBTREE = `WITH RECURSIVE "subtree"("id") AS (
  SELECT @categoryId UNION ALL SELECT c."id" FROM "categories" c JOIN "subtree" s ON c."parent_id" = s."id")`;

/**
 * One page of the product list for a store, by keyset: the page after the cursor's row in the
 * chosen order, never OFFSET, so page 1,000 costs what page 1 does. A category filter includes
 * its whole subtree; attribute filters compare exact values. Relevance applies to search words
 * with few enough matches to rank; otherwise the list falls back to name order (and answers the
 * order it used, so the screen never claims a ranking it did not get). Statements are
 * prepared once per shape. Brand, supplier and low-stock filters narrow every order alike, the
 * relevance path included; stock (shown and filtered) is the given store's.
 */
export function listProducts(
  dataSource: DataSource,
  storeId: number,
  query: ProductListQuery,
): { items: ProductRow[]; nextCursor: string | null; sort: ProductListSort } {
  const sql = sqliteOf(dataSource);
  const text = query.search === undefined ? null : toSearchText(query.search);
  const search = text === null ? null : planSearch(sql, text, query.sort === 'relevance');
  const sort: ProductListSort = query.sort === 'relevance' && !search?.ranked ? 'name' : query.sort;
  const order = LIST_ORDERS[sort];
  const descending = !order.fixedDirection && query.direction === 'desc';
  const where = ['sl."store_id" = @storeId'];
  const params: Record<string, unknown> = { storeId, limit: query.limit + 1 };

  if (!query.includeArchived) where.push('p."archived_at" IS NULL');
  if (search !== null) {
    Object.assign(params, search.params);
    // Relevance starts from the matches, so they need no further filter.
    if (!search.ranked) where.push(search.filter(order.id));
  }
  if (query.categoryId !== undefined) {
    where.push('p."category_id" IN (SELECT "id" FROM "subtree")');
    params.categoryId = query.categoryId;
  }
  if (query.brandId !== undefined) {
    where.push(brandFilter(sql, order.id, query.brandId));
    params.brandId = query.brandId;
  }
  if (query.supplierId !== undefined) {
    where.push(supplierFilter(sql, order.id, query.supplierId));
    params.supplierId = query.supplierId;
  }
  if (query.lowStock === true) where.push(lowStockFilter(order.id));
  // Keys in a fixed order, so each set of filtered keys has one statement text (and one cache entry).
  Object.entries(query.attributes ?? {})
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .forEach(([key, value], index) => {
      where.push(`${attributeExpression('p."attributes"', key)} = @attribute${index}`);
      params[`attribute${index}`] = attributeSqlValue(value);
    });
  if (query.cursor !== undefined) {
    const position = decodeCursor(query.cursor, sort);
    where.push(`(${order.key}, ${order.id}) ${descending ? '<' : '>'} (@afterValue, @afterId)`);
    params.afterValue = position.value;
    params.afterId = position.id;
  }

  const direction = descending ? 'DESC' : 'ASC';
  // Low stock is a small set read from its own index: sorting it beats walking the sort's index
  // past every well-stocked product (the unary plus keeps the planner off the sort's index).
  const sortKey = query.lowStock === true ? `+${order.key}` : order.key;
  const statement = `
    ${query.categoryId === undefined ? '' : SUBTREE}
    SELECT p."id", p."sku", p."barcode", p."name", p."category_id", c."name" AS "category_name",
           b."name" AS "brand_name", p."price_cents", p."tax_rate_bp", sl."on_hand",
           sl."effective_reorder_point" AS "reorder_point",
           p."archived_at", p."updated_at"${sort === 'relevance' ? ', r."rank"' : ''}
    FROM ${typeof order.from === 'string' ? order.from : order.from(search?.rankedMatches ?? '')}
    LEFT JOIN "categories" c ON c."id" = p."category_id"
    LEFT JOIN "brands" b ON b."id" = p."brand_id"
    WHERE ${where.join(' AND ')}
    ORDER BY ${sortKey} ${direction}, ${order.id} ${direction}
    LIMIT @limit`;

  const rows = prepared(sql, statement).all(params) as RawRow[];
  const hasMore = rows.length > query.limit;
  const page = hasMore ? rows.slice(0, query.limit) : rows;
  const last = page[page.length - 1];
  return {
    items: page.map(toProductRow),
    nextCursor: hasMore && last ? encodeCursor({ value: last[order.field] ?? null, id: last.id }, sort) : null,
    sort,
  };
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
