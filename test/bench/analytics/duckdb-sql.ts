import type { Grain, StoreFilter, TradeFilter } from '../../../electron/services/analytics/filters';
import { SALE_STATUSES } from '../../../shared/sales';

/**
 * The dashboard's questions as DuckDB SQL over the tables of duckdb-load.ts, by the same
 * definitions as sale-sql.ts and raw-source.ts: a sale is a paid order (or a paid order cancelled
 * later) on the store-local day it was placed; a return nets out on the local day it was taken,
 * its refund before tax; net revenue is exact (ten-thousandths of a cent) and rounded once. Local
 * days come from each store's offsets in force at the instant (ASOF JOIN), as the rollup triggers
 * read them. Instants are epoch milliseconds.
 */

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;

function day(value: string): string {
  if (!DAY.test(value)) throw new Error(`Not a day: ${value}`);
  return `DATE '${value}'`;
}

function ids(values: readonly number[]): string {
  if (values.length === 0 || !values.every(Number.isSafeInteger)) throw new Error(`Not ids: ${values.join(',')}`);
  return values.join(', ');
}

/** Cents from an exact sum, half away from zero, in integers: roundedNetCents of sale-sql.ts. */
export const DUCKDB_MACROS = `CREATE MACRO cents(x) AS CAST(sign(x) * ((abs(x) + 5000) // 10000) AS BIGINT)`;

const IS_SALE = `(o.status IN (${SALE_STATUSES.map((status) => `'${status}'`).join(', ')})
  OR (o.status = 'cancelled' AND o.id IN (SELECT order_id FROM order_returns)))`;

const localMs = (instant: string) => `${instant} + u.offset_seconds * 1000`;
const localDay = (instant: string) => `CAST(epoch_ms(${localMs(instant)}) AS DATE)`;

/**
 * Instants within two days of the range, which no UTC offset exceeds (at most a day either way):
 * a coarse bound DuckDB can skip data by; the local day then decides.
 */
function nearRange(filter: StoreFilter): string {
  const low = Date.parse(`${filter.fromDay}T00:00:00Z`) - 2 * MS_PER_DAY;
  const high = Date.parse(`${filter.toDay}T00:00:00Z`) + 3 * MS_PER_DAY;
  return `BETWEEN ${low} AND ${high}`;
}

/**
 * The common parts: the filter's sales and returns on their local days, each return line with
 * the tax it gave back (refundedTaxCents: the line's tax pro rata to the running count of its
 * returned units, rounded half up), and the subtree of the filter's category.
 */
function commonTables(filter: StoreFilter & { categoryId?: number | undefined }, allStores: readonly number[]): string {
  const stores = ids(filter.storeIds ?? allStores);
  const near = nearRange(filter);
  const range = `BETWEEN ${day(filter.fromDay)} AND ${day(filter.toDay)}`;
  const subtree =
    filter.categoryId === undefined
      ? ''
      : `subtree(id) AS (SELECT ${ids([filter.categoryId])} UNION SELECT c.id FROM categories c JOIN subtree s ON c.parent_id = s.id),`;
  return `WITH RECURSIVE ${subtree}
  sales AS (
    SELECT * FROM (
      SELECT o.id, o.store_id, o.customer_id, o.total_cents, ${localMs('o.placed_ms')} AS local_ms, ${localDay('o.placed_ms')} AS day
      FROM orders o ASOF JOIN store_utc_offsets u ON u.store_id = o.store_id AND o.placed_ms >= u.from_ms
      WHERE o.store_id IN (${stores}) AND o.placed_ms ${near} AND ${IS_SALE})
    WHERE day ${range}),
  taken AS (
    SELECT * FROM (
      SELECT r.id, o.store_id, o.customer_id, r.refund_cents, ${localDay('r.created_ms')} AS day
      FROM order_returns r JOIN orders o ON o.id = r.order_id
      ASOF JOIN store_utc_offsets u ON u.store_id = o.store_id AND r.created_ms >= u.from_ms
      WHERE o.store_id IN (${stores}) AND r.created_ms ${near})
    WHERE day ${range}),
  return_lines AS (
    SELECT e.*, SUM(e.quantity) OVER (PARTITION BY e.order_line_id ORDER BY e.id) AS upto FROM order_return_lines e),
  line_rows AS (
    SELECT s.store_id, s.day, l.product_id, l.quantity AS units, l.quantity::BIGINT * l.unit_price_cents AS gross_cents,
           CASE WHEN l.discount_bp IS NULL THEN (l.quantity::BIGINT * l.unit_price_cents - l.discount_cents) * 10000
                ELSE l.quantity::BIGINT * l.unit_price_cents * (10000 - l.discount_bp) END AS net_exact,
           l.quantity::BIGINT * COALESCE(l.unit_cost_cents, 0) AS cost_cents,
           0 AS returned_units, 0::BIGINT AS returned_net_exact, 0::BIGINT AS returned_cost_cents
    FROM sales s JOIN order_lines l ON l.order_id = s.id
    UNION ALL
    SELECT t.store_id, t.day, l.product_id, 0, 0, 0, 0, e.quantity,
           CAST(e.refund_cents - ((2 * l.tax_cents * e.upto + l.quantity) // (2 * l.quantity)
             - (2 * l.tax_cents * (e.upto - e.quantity) + l.quantity) // (2 * l.quantity)) AS BIGINT) * 10000,
           e.quantity::BIGINT * COALESCE(l.unit_cost_cents, 0)
    FROM taken t JOIN return_lines e ON e.return_id = t.id JOIN order_lines l ON l.id = e.order_line_id),
  store_rows AS (
    SELECT *, 0 AS sale_orders, 0 AS returns, 0 AS refund_cents FROM line_rows
    UNION ALL SELECT store_id, day, NULL, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0 FROM sales
    UNION ALL SELECT store_id, day, NULL, 0, 0, 0, 0, 0, 0, 0, 0, 1, refund_cents FROM taken)`;
}

/** measures.ts LINE_MEASURES and STORE_MEASURES, over rows `x`. */
const LINE_MEASURES = `
  SUM(x.units) - SUM(x.returned_units) AS units,
  cents(SUM(x.net_exact)) AS salesCents,
  cents(SUM(x.gross_cents) * 10000 - SUM(x.net_exact)) AS discountCents,
  cents(SUM(x.returned_net_exact)) AS returnsCents,
  cents(SUM(x.net_exact) - SUM(x.returned_net_exact)) AS netRevenueCents,
  SUM(x.cost_cents) - SUM(x.returned_cost_cents) AS costCents`;
const STORE_MEASURES = `${LINE_MEASURES},
  SUM(x.sale_orders) AS orders, SUM(x.returns) AS returnCount, SUM(x.refund_cents) AS refundCents`;

/** The rows a trade question reads, as rollup-source.ts and raw-source.ts choose them. */
function tradeRows(filter: TradeFilter, byProduct: boolean): { from: string; measures: string; wholeStores: boolean } {
  if (!byProduct && filter.categoryId === undefined && filter.brandId === undefined) {
    return { from: 'store_rows x', measures: STORE_MEASURES, wholeStores: true };
  }
  const conditions = ['TRUE'];
  if (filter.categoryId !== undefined) conditions.push('p.category_id IN (SELECT id FROM subtree)');
  if (filter.brandId !== undefined) conditions.push(`p.brand_id = ${ids([filter.brandId])}`);
  return {
    from: `line_rows x JOIN products p ON p.id = x.product_id AND ${conditions.join(' AND ')}`,
    measures: LINE_MEASURES,
    wholeStores: false,
  };
}

/** One row of the whole range's figures (all NULL when it has no trade); orders and returns only for whole stores. */
export function tradeTotalsSql(
  filter: TradeFilter,
  allStores: readonly number[],
): { text: string; wholeStores: boolean } {
  const { from, measures, wholeStores } = tradeRows(filter, false);
  return { text: `${commonTables(filter, allStores)}\n  SELECT ${measures} FROM ${from}`, wholeStores };
}

const BUCKET: Record<Grain, string> = {
  day: 'x.day',
  week: "date_trunc('week', x.day)",
  month: "date_trunc('month', x.day)",
  quarter: "date_trunc('quarter', x.day)",
  year: "date_trunc('year', x.day)",
};

export function tradeSeriesSql(filter: TradeFilter, grain: Grain, allStores: readonly number[]): string {
  const { from, measures } = tradeRows(filter, false);
  return `${commonTables(filter, allStores)}
  SELECT strftime(CAST(${BUCKET[grain]} AS DATE), '%Y-%m-%d') AS bucket, ${measures} FROM ${from} GROUP BY 1 ORDER BY 1`;
}

export function tradeByStoreSql(filter: TradeFilter, allStores: readonly number[]): string {
  const { from, measures } = tradeRows(filter, false);
  return `${commonTables(filter, allStores)}
  SELECT x.store_id AS storeId, ${measures} FROM ${from} GROUP BY 1 ORDER BY 1`;
}

/** Grouped by a product column; SQLite sorts NULL (no category, no brand) first. */
export function tradeByProductColumnSql(
  filter: TradeFilter,
  column: 'category_id' | 'brand_id',
  allStores: readonly number[],
): string {
  const { from, measures } = tradeRows(filter, true);
  return `${commonTables(filter, allStores)}
  SELECT p.${column} AS key, ${measures} FROM ${from} GROUP BY 1 ORDER BY 1 NULLS FIRST`;
}

export function topProductsSql(filter: TradeFilter, limit: number, allStores: readonly number[]): string {
  const { from, measures } = tradeRows(filter, true);
  return `${commonTables(filter, allStores)}
  SELECT x.product_id AS productId, p.sku, p.name, ${measures} FROM ${from}
  GROUP BY 1, 2, 3 ORDER BY netRevenueCents DESC, 1 LIMIT ${ids([limit])}`;
}

export function topBrandsSql(filter: TradeFilter, limit: number, allStores: readonly number[]): string {
  const { from, measures } = tradeRows(filter, true);
  return `${commonTables(filter, allStores)}
  SELECT p.brand_id AS brandId, b.name, ${measures} FROM ${from} JOIN brands b ON b.id = p.brand_id
  GROUP BY 1, 2 ORDER BY netRevenueCents DESC, 1 LIMIT ${ids([limit])}`;
}

/** Sales placed (no returns) at each local hour or ISO weekday: orders, units on their lines, net revenue. */
export function salesAtSql(filter: StoreFilter, at: 'hour' | 'weekday', allStores: readonly number[]): string {
  const key = at === 'hour' ? 'hour(epoch_ms(s.local_ms))' : 'isodow(s.day)';
  return `${commonTables(filter, allStores)},
  per_sale AS (
    SELECT ${key} AS key, COALESCE(SUM(l.quantity), 0) AS units,
           COALESCE(SUM(CASE WHEN l.discount_bp IS NULL THEN (l.quantity::BIGINT * l.unit_price_cents - l.discount_cents) * 10000
                             ELSE l.quantity::BIGINT * l.unit_price_cents * (10000 - l.discount_bp) END), 0) AS net_exact
    FROM sales s LEFT JOIN order_lines l ON l.order_id = s.id GROUP BY s.id, 1)
  SELECT key, COUNT(*) AS orders, SUM(units) AS units, cents(SUM(net_exact)) AS salesCents FROM per_sale GROUP BY 1`;
}

/** Every payment and refund of the stores' orders on the local days they were taken, by method. */
export function paymentMixSql(filter: StoreFilter, allStores: readonly number[]): string {
  return `SELECT method, COUNT(*) FILTER (WHERE kind = 'payment') AS payments,
         COALESCE(SUM(amount_cents) FILTER (WHERE kind = 'payment'), 0) AS paidCents,
         COUNT(*) FILTER (WHERE kind = 'refund') AS refunds,
         COALESCE(SUM(amount_cents) FILTER (WHERE kind = 'refund'), 0) AS refundedCents
  FROM (
    SELECT p.method, p.kind, p.amount_cents, ${localDay('p.created_ms')} AS day
    FROM payments p JOIN orders o ON o.id = p.order_id
    ASOF JOIN store_utc_offsets u ON u.store_id = o.store_id AND p.created_ms >= u.from_ms
    WHERE o.store_id IN (${ids(filter.storeIds ?? allStores)}) AND p.created_ms ${nearRange(filter)})
  WHERE day BETWEEN ${day(filter.fromDay)} AND ${day(filter.toDay)}
  GROUP BY method`;
}

/**
 * Customers by their sales placed in the range (tax included) less refunds of returns taken in it,
 * those who spent something net only; ties by id.
 */
export function topCustomersSql(filter: StoreFilter, limit: number, allStores: readonly number[]): string {
  return `${commonTables(filter, allStores)},
  spend AS (
    SELECT customer_id, 1 AS orders, total_cents AS cents FROM sales WHERE customer_id IS NOT NULL
    UNION ALL SELECT customer_id, 0, -refund_cents FROM taken WHERE customer_id IS NOT NULL)
  SELECT s.customer_id AS customerId, trim(c.first_name || ' ' || c.last_name) AS name,
         SUM(s.orders) AS orders, SUM(s.cents) AS spendCents
  FROM spend s JOIN customers c ON c.id = s.customer_id
  GROUP BY 1, 2 HAVING SUM(s.cents) > 0 ORDER BY spendCents DESC, 1 LIMIT ${ids([limit])}`;
}
