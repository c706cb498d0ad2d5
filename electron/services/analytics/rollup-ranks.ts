import type Database from 'better-sqlite3';
import { prepared } from '../../../database/prepared';
import { rankCustomers, type CustomerSums, type TopCustomer } from './customers';
import { coversEveryStore, narrowsProducts, productCondition, type StoreFilter, type TradeFilter } from './filters';
import { LINE_MEASURES, roundExactCents, tradeFigures, type MeasureRow, type TradeFigures } from './measures';
import { coverOf, periodsOf } from './periods';
import { topByThreshold, type RankedTable } from './threshold';
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

/**
 * The best customers by net spend over every store from sales_customer_ranks: read best first by
 * their sales over the fewest whole periods covering the range (a bound on their spend in it;
 * threshold.ts), summed exactly over the range's own periods. When the best could include
 * customers with returns alone, every customer of the range is summed. Null when the filter
 * names some stores only.
 */
export function topCustomersOfEveryStore(
  sql: Database.Database,
  filter: StoreFilter,
  limit: number,
): TopCustomer[] | null {
  if (!coversEveryStore(sql, filter)) return null;
  const periods = periodsOf(filter.fromDay, filter.toDay);
  const json = JSON.stringify(periods);
  const best = topByThreshold(
    sql,
    {
      table: 'sales_customer_ranks',
      key: 'customer_id',
      value: 'sales_cents',
      exact: 'spend_cents',
      index: 'IDX_sales_customer_ranks_sales',
    },
    periods,
    limit,
    (cents) => cents,
    { lists: coverOf(filter.fromDay, filter.toDay) },
  );
  if (best === null) {
    const every = prepared(
      sql,
      `SELECT r."customer_id" AS "customerId", SUM(r."orders") AS "orders", SUM(r."spend_cents") AS "spendCents"
       FROM json_each(@periods) j CROSS JOIN "sales_customer_ranks" r ON r."period" = j."value" GROUP BY 1`,
    ).all({ periods: json }) as CustomerSums[];
    return rankCustomers(sql, every, limit);
  }
  const orders = prepared(
    sql,
    `SELECT SUM(r."orders") FROM json_each(@periods) j CROSS JOIN "sales_customer_ranks" r
     ON r."period" = j."value" AND r."customer_id" = @customerId`,
  ).pluck();
  return rankCustomers(
    sql,
    best.map((row) => ({
      customerId: row.key,
      spendCents: row.exact,
      orders: orders.get({ periods: json, customerId: row.key }) as number,
    })),
    limit,
  );
}
