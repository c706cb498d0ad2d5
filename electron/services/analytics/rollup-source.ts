import type Database from 'better-sqlite3';
import { narrowsProducts, productCondition, splitByMonths, storesOf, type TradeFilter } from './filters';

const LINE_COLUMNS = `"units", "gross_cents", "net_exact", "cost_cents", "returned_units", "returned_net_exact", "returned_cost_cents"`;
const IN_STORES = `"store_id" IN (SELECT "value" FROM json_each(@stores))`;

/**
 * Where a question about trade is answered from, and its parameters. Whole stores read
 * sales_store_days (a row per store and day). Questions narrowed to products, or grouped by
 * them, read products' rows: whole months of the range from sales_product_months, the days at
 * its ends from sales_product_days (`byDay` when the grain needs every day). Each part is its
 * own index range on (store_id, day|month), one store at a time.
 */
export interface RollupSource {
  /** A FROM clause: `x` with the measures' columns, "store_id" and "day" ('YYYY-MM-01' for a month row); `p` the product when byProduct. */
  from: string;
  params: Record<string, unknown>;
  /** True when `from` is sales_store_days, which also carries orders, returns and refunds. */
  wholeStores: boolean;
}

export function rollupSource(
  sql: Database.Database,
  filter: TradeFilter,
  { byProduct, byDay }: { byProduct: boolean; byDay: boolean },
): RollupSource {
  const stores = storesOf(sql, filter);
  const params = {
    stores: JSON.stringify(stores),
    fromDay: filter.fromDay,
    toDay: filter.toDay,
    categoryId: filter.categoryId ?? null,
    brandId: filter.brandId ?? null,
    ...splitByMonths(filter.fromDay, filter.toDay),
  };
  if (!byProduct && !narrowsProducts(filter)) {
    return {
      from: `(SELECT * FROM "sales_store_days" WHERE ${IN_STORES} AND "day" BETWEEN @fromDay AND @toDay) x`,
      params,
      wholeStores: true,
    };
  }
  const parts = byDay
    ? [
        `SELECT "store_id", "day", "product_id", ${LINE_COLUMNS} FROM "sales_product_days" WHERE ${IN_STORES} AND "day" BETWEEN @fromDay AND @toDay`,
      ]
    : [
        `SELECT "store_id", "month" || '-01' AS "day", "product_id", ${LINE_COLUMNS} FROM "sales_product_months"
         WHERE ${IN_STORES} AND "month" BETWEEN @firstMonth AND @lastMonth`,
        `SELECT "store_id", "day", "product_id", ${LINE_COLUMNS} FROM "sales_product_days" WHERE ${IN_STORES} AND "day" BETWEEN @headFrom AND @headTo`,
        `SELECT "store_id", "day", "product_id", ${LINE_COLUMNS} FROM "sales_product_days" WHERE ${IN_STORES} AND "day" BETWEEN @tailFrom AND @tailTo`,
      ];
  return {
    from: `(${parts.join(' UNION ALL ')}) x JOIN "products" p ON p."id" = x."product_id" AND ${productCondition(filter)}`,
    params,
    wholeStores: false,
  };
}
