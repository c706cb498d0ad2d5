import type Database from 'better-sqlite3';
import { prepared } from '../../../database/prepared';
import { daysSpanned } from '../../../shared/local-day';
import {
  coversEveryStore,
  narrowsProducts,
  productCondition,
  splitByMonths,
  storesOf,
  type TradeFilter,
} from './filters';
import {
  LINE_MEASURES,
  lineMeasureColumns,
  roundExactCents,
  tradeFigures,
  type MeasureRow,
  type TradeFigures,
} from './measures';
import { periodsOf } from './periods';
import { productLists } from './product-lists';
import { bestFirst, topByThreshold, type RankedTable } from './threshold';
import type { Ranking } from './trade-questions';

type TopProduct = { productId: number; sku: string; name: string } & TradeFigures;

/**
 * Products narrowed to so few that summing each one's rows over the periods (one lookup per
 * product and period) beats reading the periods best first, or whole.
 */
const FEW_LOOKUPS = 12_000;

const RANK_VALUE = { revenue: 'net_revenue_exact', units: 'net_units' } as const;
const RANK_INDEX = { revenue: 'IDX_sales_product_ranks_revenue', units: 'IDX_sales_product_ranks_units' } as const;

/**
 * The best products over every store from sales_product_ranks: a few products' sums when the
 * filter narrows to few (fewer lookups than `fewLookups`), else the periods read best first
 * (threshold.ts). Null when the filter names some stores only: sales_product_ranks keeps every
 * store together.
 */
export function topProductsOfEveryStore(
  sql: Database.Database,
  filter: TradeFilter,
  { by, limit }: Ranking,
  fewLookups = FEW_LOOKUPS,
): TopProduct[] | null {
  if (!coversEveryStore(sql, filter)) return null;
  const periods = periodsOf(filter.fromDay, filter.toDay);
  const params = { categoryId: filter.categoryId ?? null, brandId: filter.brandId ?? null };
  const condition = productCondition(filter);
  const rank = by === 'revenue' ? roundExactCents : (units: number) => units;
  let ids: number[];
  const narrowed = narrowsProducts(filter)
    ? (prepared(sql, `SELECT COUNT(*) FROM "products" p WHERE ${condition}`).pluck().get(params) as number)
    : Infinity;
  if (narrowed * periods.length <= fewLookups) {
    ids = prepared(sql, `SELECT p."id" FROM "products" p WHERE ${condition}`).pluck().all(params) as number[];
  } else {
    const ranked: RankedTable = {
      table: 'sales_product_ranks',
      key: 'product_id',
      value: RANK_VALUE[by],
      index: RANK_INDEX[by],
      join: narrowsProducts(filter) ? `JOIN "products" p ON p."id" = r."product_id" AND ${condition}` : '',
      params,
    };
    ids = (topByThreshold(sql, ranked, periods, limit, rank) ?? []).map((row) => row.key);
  }
  const rows = prepared(
    sql,
    `SELECT x."product_id" AS "productId", p."sku", p."name", ${LINE_MEASURES}
     FROM json_each(@ids) k CROSS JOIN json_each(@periods) j
     CROSS JOIN "sales_product_ranks" x ON x."product_id" = k."value" AND x."period" = j."value"
     JOIN "products" p ON p."id" = x."product_id"
     GROUP BY 1 ORDER BY ${by === 'revenue' ? '"netRevenueCents"' : '"units"'} DESC, 1 LIMIT @limit`,
  ).all({ periods: JSON.stringify(periods), ids: JSON.stringify(ids), limit }) as ({
    productId: number;
    sku: string;
    name: string;
  } & MeasureRow)[];
  return rows.map(({ productId, sku, name, ...row }) => ({ productId, sku, name, ...tradeFigures(row) }));
}

/** What the chosen stores' products rank by: sales less returns, as their rows add up. */
const NET = { revenue: '(r."net_exact" - r."returned_net_exact")', units: '(r."units" - r."returned_units")' } as const;
// Sales and units sold over a whole month are never negative, so they bound the net of any of its days.
const GROSS = { revenue: 'r."net_exact"', units: 'r."units"' } as const;
const LINE_COLUMNS = lineMeasureColumns('r');
/**
 * A week or less, up to this many store-days in all, is summed from its day rows whole (about a
 * thousand a store and day on the large file, some 2 ms each): the months whose sales bound it
 * are four times as long or more, so their lists rule out few products and are read thousands
 * deep (0.1–0.4 s for three stores over three to six days).
 */
const SHORT_DAYS = 7;
const FEW_STORE_DAYS = 24;

/**
 * The best products of some stores: met best first in the lists of product-lists.ts (the
 * stores' months, or every store's periods), each product met bounded by the stores' months
 * (net over the whole ones, sales over those the range covers in part) and only then summed
 * exactly over their whole months and edge days (threshold.ts). Bounds and sums read each
 * product's own rows in each store, kept together by the product-first indexes of migration
 * 0023: a seek per product, store and part of the range, where looking each month and day up by
 * key scattered hundreds of reads per product over the file. Null when the filter covers every
 * store (the product ranks answer it), narrows to a category or brand (the stores' rows of
 * those products are summed instead: the lists hold every product), or is a few store-days
 * of a week or less (FEW_STORE_DAYS). `firstPage` is each list's first page.
 */
export function topProductsOfStores(
  sql: Database.Database,
  filter: TradeFilter,
  { by, limit }: Ranking,
  firstPage = Math.max(16, limit * 2),
): TopProduct[] | null {
  if (narrowsProducts(filter) || coversEveryStore(sql, filter)) return null;
  const stores = storesOf(sql, filter);
  const split = splitByMonths(filter.fromDay, filter.toDay);
  const days = daysSpanned(filter.fromDay, filter.toDay);
  if (days <= SHORT_DAYS && stores.length * days <= FEW_STORE_DAYS) return null;
  const storeCount = prepared(sql, 'SELECT COUNT(*) FROM "stores"').pluck().get() as number;
  const lists = productLists(sql, { stores, storeCount, fromDay: filter.fromDay, toDay: filter.toDay, split, by });
  const range = {
    stores: JSON.stringify(stores),
    fromMonth: filter.fromDay.slice(0, 7),
    toMonth: filter.toDay.slice(0, 7),
    firstMonth: split.firstMonth,
    lastMonth: split.lastMonth,
    headFrom: split.headFrom,
    headTo: split.headTo,
    tailFrom: split.tailFrom,
    tailTo: split.tailTo,
  };
  const keyed = (keys: number[]) => ({ ...range, keys: JSON.stringify(keys) });
  const sums = prepared(
    sql,
    `SELECT x."product_id" AS "key", SUM(x."exact") AS "exact" FROM (${rowsOf(`${NET[by]} AS "exact"`)}) x GROUP BY 1`,
  );
  // Over the months the range touches alone: a bound from a seek per store instead of three.
  const bounds = prepared(
    sql,
    `SELECT r."product_id" AS "key",
       SUM(CASE WHEN r."month" BETWEEN @firstMonth AND @lastMonth THEN ${NET[by]} ELSE ${GROSS[by]} END) AS "bound"
     FROM json_each(@keys) k CROSS JOIN json_each(@stores) s
     CROSS JOIN "sales_product_months" r INDEXED BY "IDX_sales_product_months_products"
       ON r."product_id" = k."value" AND r."store_id" = s."value" AND r."month" BETWEEN @fromMonth AND @toMonth
     GROUP BY 1`,
  );
  const rank = by === 'revenue' ? roundExactCents : (units: number) => units;
  const best =
    bestFirst(lists, (keys) => sums.all(keyed(keys)) as { key: number; exact: number }[], limit, rank, {
      complete: true,
      firstPage,
      boundsOf: (keys) => bounds.all(keyed(keys)) as { key: number; bound: number }[],
    }) ?? [];
  const rows = prepared(
    sql,
    `SELECT x."product_id" AS "productId", p."sku", p."name", ${LINE_MEASURES}
     FROM (${rowsOf(LINE_COLUMNS)}) x JOIN "products" p ON p."id" = x."product_id"
     GROUP BY 1 ORDER BY ${by === 'revenue' ? '"netRevenueCents"' : '"units"'} DESC, 1 LIMIT @limit`,
  ).all({ ...keyed(best.map((row) => row.key)), limit }) as ({
    productId: number;
    sku: string;
    name: string;
  } & MeasureRow)[];
  return rows.map(({ productId, sku, name, ...row }) => ({ productId, sku, name, ...tradeFigures(row) }));
}

/**
 * `columns` of products @keys' rows in stores @stores over the range: its whole months
 * (@firstMonth to @lastMonth) and its days before and after them (@headFrom to @headTo, @tailFrom
 * to @tailTo), one seek per product, store and part through the product-first indexes.
 */
function rowsOf(columns: string): string {
  const part = (table: string, column: string, from: string, to: string) =>
    `SELECT r."product_id", ${columns} FROM json_each(@keys) k CROSS JOIN json_each(@stores) s
     CROSS JOIN "${table}" r INDEXED BY "IDX_${table}_products"
       ON r."product_id" = k."value" AND r."store_id" = s."value" AND r."${column}" BETWEEN @${from} AND @${to}`;
  return [
    part('sales_product_months', 'month', 'firstMonth', 'lastMonth'),
    part('sales_product_days', 'day', 'headFrom', 'headTo'),
    part('sales_product_days', 'day', 'tailFrom', 'tailTo'),
  ].join(' UNION ALL ');
}
