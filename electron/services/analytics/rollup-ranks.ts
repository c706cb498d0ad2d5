import type Database from 'better-sqlite3';
import { prepared } from '../../../database/prepared';
import { addDays } from '../../../shared/local-day';
import { NET_REVENUE_EXACT, NET_UNITS } from '../../../database/migrations/0013-store-product-rank-indexes';
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
import { bestFirst, topByThreshold, type BestFirstList, type RankedRow, type RankedTable } from './threshold';
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

const STORE_RANK = { revenue: NET_REVENUE_EXACT, units: NET_UNITS } as const;
// Sales and units sold in a whole month, never negative, bound the net of any of its days.
const STORE_BOUND = { revenue: '"net_exact"', units: '"units"' } as const;
// Spelled as a bound on the measure, not a row value, so the expression index seeks to the page.
const AFTER = (measure: string) => `AND ${measure} <= @value AND (${measure} < @value OR r."product_id" < @key)`;
const STORE_GRAINS = [
  { table: 'sales_product_months', column: 'month' },
  { table: 'sales_product_days', column: 'day' },
] as const;
const LINE_COLUMNS = lineMeasureColumns('r');

/**
 * The best products of some stores, from their product rows, read best first (threshold.ts)
 * through migration 0013's indexes: each store's whole months of the range by the ranked measure
 * itself, and each store's months the range covers in part by sales (or units sold) over the
 * whole month, which bound the net of its days in the range. Every product with a row in the
 * range has one in its months, so reading every list to its end meets them all. The products met
 * are summed exactly over the stores' whole months (sales_product_months) and edge days
 * (sales_product_days). Null when the filter covers every store (the product ranks answer it) or
 * narrows to a category or brand (the stores' rows of those products are summed instead: the
 * lists hold every product). `firstPage` is each list's first page.
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
  const grains = {
    month: [] as string[],
    day: [...daysOf(split.headFrom, split.headTo), ...daysOf(split.tailFrom, split.tailTo)],
  };
  for (let month = split.firstMonth; month <= split.lastMonth; month = addDays(`${month}-28`, 5).slice(0, 7)) {
    grains.month.push(month);
  }
  const inPart = [...new Set(grains.day.map((day) => day.slice(0, 7)))];
  const listsOf = (months: readonly string[], measure: string) => {
    const page = (after: boolean) =>
      prepared(
        sql,
        `SELECT r."product_id" AS "key", ${measure} AS "value" FROM "sales_product_months" r
         WHERE r."store_id" = @store AND r."month" = @month ${after ? AFTER(measure) : ''}
         ORDER BY ${measure} DESC, r."product_id" DESC LIMIT @size`,
      );
    const first = page(false);
    const next = page(true);
    return stores.flatMap((store) =>
      months.map(
        (month): BestFirstList =>
          (after, size) =>
            (after === null ? first : next).all({ store, month, ...after, size }) as RankedRow[],
      ),
    );
  };
  const measure = STORE_RANK[by];
  const lists = [...listsOf(grains.month, measure), ...listsOf(inPart, STORE_BOUND[by])];
  // Each product's rows in each store, month and day, looked up by key.
  const rowsOf = (columns: string) =>
    STORE_GRAINS.map(
      ({ table, column }) =>
        `SELECT r."product_id", ${columns} FROM json_each(@keys) k CROSS JOIN json_each(@stores) s
         CROSS JOIN json_each(@${column}s) j CROSS JOIN "${table}" r
           ON r."store_id" = s."value" AND r."${column}" = j."value" AND r."product_id" = k."value"`,
    ).join(' UNION ALL ');
  const params = {
    stores: JSON.stringify(stores),
    months: JSON.stringify(grains.month),
    days: JSON.stringify(grains.day),
  };
  const sums = prepared(
    sql,
    `SELECT x."product_id" AS "key", SUM(x."exact") AS "exact" FROM (${rowsOf(`${measure} AS "exact"`)}) x GROUP BY 1`,
  );
  // Over the months alone, whole or in part: a bound from far fewer rows than the range's days.
  const bounds = prepared(
    sql,
    `SELECT r."product_id" AS "key", SUM(CASE WHEN j."value" IN (SELECT "value" FROM json_each(@inPart))
       THEN ${STORE_BOUND[by]} ELSE ${measure} END) AS "bound"
     FROM json_each(@keys) k CROSS JOIN json_each(@stores) s CROSS JOIN json_each(@touched) j CROSS JOIN "sales_product_months" r
       ON r."store_id" = s."value" AND r."month" = j."value" AND r."product_id" = k."value"
     GROUP BY 1`,
  );
  const touched = {
    stores: params.stores,
    inPart: JSON.stringify(inPart),
    touched: JSON.stringify([...grains.month, ...inPart]),
  };
  const rank = by === 'revenue' ? roundExactCents : (units: number) => units;
  const best =
    bestFirst(
      lists,
      (keys) => sums.all({ ...params, keys: JSON.stringify(keys) }) as { key: number; exact: number }[],
      limit,
      rank,
      {
        complete: true,
        firstPage,
        boundsOf: (keys) => bounds.all({ ...touched, keys: JSON.stringify(keys) }) as { key: number; bound: number }[],
      },
    ) ?? [];
  const rows = prepared(
    sql,
    `SELECT x."product_id" AS "productId", p."sku", p."name", ${LINE_MEASURES}
     FROM (${rowsOf(LINE_COLUMNS)}) x JOIN "products" p ON p."id" = x."product_id"
     GROUP BY 1 ORDER BY ${by === 'revenue' ? '"netRevenueCents"' : '"units"'} DESC, 1 LIMIT @limit`,
  ).all({ ...params, keys: JSON.stringify(best.map((row) => row.key)), limit }) as ({
    productId: number;
    sku: string;
    name: string;
  } & MeasureRow)[];
  return rows.map(({ productId, sku, name, ...row }) => ({ productId, sku, name, ...tradeFigures(row) }));
}

function daysOf(fromDay: string, toDay: string): string[] {
  const days: string[] = [];
  for (let day = fromDay; day <= toDay; day = addDays(day, 1)) days.push(day);
  return days;
}
