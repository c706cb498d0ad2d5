import type Database from 'better-sqlite3';
import { addDays } from '../../../shared/local-day';
import { prepared } from '../../../database/prepared';
import {
  CATEGORY_SUBTREE,
  coversEveryStore,
  narrowsProducts,
  productCondition,
  splitByMonths,
  storesOf,
  type MonthSplit,
  type TradeFilter,
} from './filters';
import { lineMeasureColumns } from './measures';
import { periodsOf } from './periods';
import type { GroupedBy, TradeSource } from './trade-questions';

const LINE_COLUMNS = lineMeasureColumns();
const IN_STORES = `"store_id" IN (SELECT "value" FROM json_each(@stores))`;

/**
 * Where a question about trade is answered from, and its parameters (docs/analytics.md), the
 * smallest table that holds it:
 * - whole stores: sales_store_days, a row per store and day;
 * - narrowed to or grouped by categories only, or brands only: sales_category_periods or
 *   sales_brand_periods, the range as its fewest periods (periods.ts), or its days when the grain
 *   needs every day (`byDay`);
 * - a category and a brand at once, or a brand alone, over every store and not by store:
 *   sales_category_brands; by store or of some stores: sales_store_category_brands;
 * - by product: products' rows of the stores, whole months from sales_product_months and the
 *   days at either end from sales_product_days: each narrowed product looked up in each store,
 *   month and day when they are few, else the stores' whole ranges of rows (top products over
 *   every store are ranked from sales_product_ranks, rollup-ranks.ts).
 * `x` carries the measures' columns, "store_id" and "day" (a period's first day).
 */
export function rollupSource(
  sql: Database.Database,
  filter: TradeFilter,
  { byProduct, byDay, groupedBy }: { byProduct: boolean; byDay: boolean; groupedBy?: GroupedBy },
): TradeSource {
  const stores = storesOf(sql, filter);
  const params = {
    stores: JSON.stringify(stores),
    fromDay: filter.fromDay,
    toDay: filter.toDay,
    categoryId: filter.categoryId ?? null,
    brandId: filter.brandId ?? null,
  };
  if (!byProduct && !narrowsProducts(filter)) {
    return {
      from: `(SELECT * FROM "sales_store_days" WHERE ${IN_STORES} AND "day" BETWEEN @fromDay AND @toDay) x`,
      params,
      wholeStores: true,
    };
  }
  const dimension = dimensionFor(filter, groupedBy);
  // Over every store, brands read fewer rows summed over categories than kept per store.
  if (dimension === 'brand' && groupedBy !== 'store' && coversEveryStore(sql, filter)) {
    return pairSource(filter, byDay, params);
  }
  // Each period (or day) of each store is one index range, narrowed by the key where the filter names it.
  if (dimension !== null) return pairRows(`sales_${dimension}_periods`, IN_STORES, filter, byDay, params);
  if (groupedBy !== 'product') {
    return groupedBy !== 'store' && coversEveryStore(sql, filter)
      ? pairSource(filter, byDay, params)
      : storePairSource(filter, byDay, params);
  }
  const split = splitByMonths(filter.fromDay, filter.toDay);
  const few = fewProducts(sql, filter, params, stores.length, byDay, split);
  if (few !== null) return few;
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
    params: { ...params, ...split },
    wholeStores: false,
  };
}

/** The category or brand table that answers a question narrowed to or grouped by one of them alone; null when neither does. */
function dimensionFor(filter: TradeFilter, groupedBy: GroupedBy | undefined): 'category' | 'brand' | null {
  if (groupedBy === 'product') return null;
  const category = filter.categoryId !== undefined || groupedBy === 'category';
  const brand = filter.brandId !== undefined || groupedBy === 'brand';
  if (category && brand) return null;
  return brand ? 'brand' : 'category';
}

function daysOf(fromDay: string, toDay: string): string[] {
  const days: string[] = [];
  for (let day = fromDay; day <= toDay; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Lookups of narrowed products' rows in each store, month and edge day, past which reading whole ranges is faster. */
const FEW_STORE_LOOKUPS = 100_000;

/** The stores' product rows of the filter's few products, each looked up by its key; null when they are not few. */
function fewProducts(
  sql: Database.Database,
  filter: TradeFilter,
  params: Record<string, unknown>,
  stores: number,
  byDay: boolean,
  split: MonthSplit,
): TradeSource | null {
  if (!narrowsProducts(filter)) return null;
  const condition = productCondition(filter);
  const narrowed = prepared(sql, `SELECT COUNT(*) FROM "products" p WHERE ${condition}`).pluck().get(params) as number;
  const months: string[] = [];
  const days = byDay
    ? daysOf(filter.fromDay, filter.toDay)
    : [...daysOf(split.headFrom, split.headTo), ...daysOf(split.tailFrom, split.tailTo)];
  if (!byDay)
    for (let month = split.firstMonth; month <= split.lastMonth; month = addDays(`${month}-28`, 5).slice(0, 7))
      months.push(month);
  if (narrowed * stores * (months.length + days.length) > FEW_STORE_LOOKUPS) return null;
  const lookups = (table: string, column: string, list: string) =>
    `SELECT t."store_id", ${column === 'month' ? `t."month" || '-01'` : 't."day"'} AS "day", t."product_id", ${lineMeasureColumns('t')}
     FROM json_each(@stores) s CROSS JOIN json_each(${list}) j CROSS JOIN "products" p CROSS JOIN "${table}" t
       ON t."store_id" = s."value" AND t."${column}" = j."value" AND t."product_id" = p."id"
     WHERE ${condition}`;
  return {
    from: `(${lookups('sales_product_months', 'month', '@monthList')} UNION ALL ${lookups('sales_product_days', 'day', '@dayList')}) x
      JOIN "products" p ON p."id" = x."product_id"`,
    params: { ...params, monthList: JSON.stringify(months), dayList: JSON.stringify(days) },
    wholeStores: false,
  };
}

/** Rows of every store by category and brand from sales_category_brands, at the range's periods or days. */
function pairSource(filter: TradeFilter, byDay: boolean, params: Record<string, unknown>): TradeSource {
  return pairRows('sales_category_brands', '1', filter, byDay, params);
}

/** Rows of the filter's stores, each by category and brand, from sales_store_category_brands. */
function storePairSource(filter: TradeFilter, byDay: boolean, params: Record<string, unknown>): TradeSource {
  return pairRows('sales_store_category_brands', IN_STORES, filter, byDay, params);
}

/**
 * Rows of `table`, a rollup keyed by period and category or brand or both, of the stores
 * `stores` (an SQL condition) at the range's periods or days, narrowed to the filter's category
 * subtree and brand. `categoryOf` and `brandOf` name the columns the table has.
 */
function pairRows(
  table: string,
  stores: string,
  filter: TradeFilter,
  byDay: boolean,
  params: Record<string, unknown>,
): TradeSource {
  const conditions = [
    stores,
    '"period" IN (SELECT "value" FROM json_each(@periods))',
    filter.categoryId !== undefined ? `"category_id" IN ${CATEGORY_SUBTREE}` : '1',
    filter.brandId !== undefined ? '"brand_id" = @brandId' : '1',
  ];
  return {
    from: `(SELECT *, substr("period" || '-01', 1, 10) AS "day" FROM "${table}" WHERE ${conditions.join(' AND ')}) x`,
    params: {
      ...params,
      periods: JSON.stringify(byDay ? daysOf(filter.fromDay, filter.toDay) : periodsOf(filter.fromDay, filter.toDay)),
    },
    wholeStores: false,
    categoryOf: 'NULLIF(x."category_id", 0)',
    brandOf: 'NULLIF(x."brand_id", 0)',
  };
}
