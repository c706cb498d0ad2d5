import type Database from 'better-sqlite3';
import { prepared } from '../../../database/prepared';
import { rankCustomers, type CustomerSums, type TopCustomer } from './customers';
import { storesOf, type StoreFilter } from './filters';
import { coverOf, periodsOf } from './periods';
import { bestFirst, type BestFirstList, type RankedRow } from './threshold';

type Family = 'every' | 'stores';

/**
 * The share of the stores at or below which their own ranks are read (and always for one store):
 * where customers shop across the chain, sales everywhere bound a fifth of the stores' spend too
 * loosely.
 */
const FEW_SHARE = 1 / 5;

/** Ranked rows of one list of a family: a period of every store's ranks, or of one store's. */
const LIST = {
  every: `FROM "sales_customer_ranks" r INDEXED BY "IDX_sales_customer_ranks_sales" WHERE r."period" = @period`,
  stores: `FROM "sales_store_customer_ranks" r INDEXED BY "IDX_sales_store_customer_ranks_sales"
           WHERE r."store_id" = @store AND r."period" = @period`,
} as const;

/**
 * Customers' figures over the range's own periods (periods.ts), one row per customer with trade
 * in it: every store's less `@stores`' ('every'; none when `others` is false), or `@stores`'
 * ('stores'); for the customers of `@keys` only when `keyed`.
 */
function sumsOf(family: Family, keyed: boolean, others: boolean): string {
  const keys = keyed ? 'json_each(@keys) k CROSS JOIN' : '';
  const onKey = keyed ? 'AND r."customer_id" = k."value"' : '';
  const figures = (sign: string) =>
    `r."customer_id" AS "customerId", ${sign}r."orders" AS "orders", ${sign}r."returns" AS "returns", ${sign}r."spend_cents" AS "spendCents"`;
  const ofStores = (sign: string) =>
    `SELECT ${figures(sign)} FROM ${keys} json_each(@stores) s CROSS JOIN json_each(@periods) j
     CROSS JOIN "sales_store_customer_ranks" r ON r."store_id" = s."value" AND r."period" = j."value" ${onKey}`;
  const parts =
    family === 'stores'
      ? [ofStores('')]
      : [
          `SELECT ${figures('')} FROM ${keys} json_each(@periods) j
           CROSS JOIN "sales_customer_ranks" r ON r."period" = j."value" ${onKey}`,
          ...(others ? [ofStores('-')] : []),
        ];
  return `SELECT "customerId", SUM("orders") AS "orders", SUM("spendCents") AS "spendCents" FROM (${parts.join(' UNION ALL ')})
    GROUP BY 1 HAVING SUM("orders") <> 0 OR SUM("returns") <> 0`;
}

/**
 * The best customers of the filter's stores by net spend in the range, ties by id (customers.ts),
 * exactly as summing every customer's orders and returns would rank them. Customers are read
 * best first (threshold.ts) by their sales over the whole periods covering the range (coverOf),
 * which bound their spend in it, and the customers met are summed exactly unless their sales over
 * those periods already rank them out:
 * - more than `fewShare` of the stores, and more than one: one list per period of every store's
 *   ranks (a customer's sales everywhere bound their spend in any of the stores); the stores'
 *   spend is every store's less the other stores';
 * - `fewShare` of the stores or fewer, or one store: one list per store and period of the stores'
 *   own ranks, whose sales bound the spend in so few stores far more tightly.
 * When the best could include customers with returns alone, every customer of the range is summed.
 */
export function topCustomers(
  sql: Database.Database,
  filter: StoreFilter,
  limit: number,
  fewShare = FEW_SHARE,
): TopCustomer[] {
  const chosen = storesOf(sql, filter);
  const others = storesOf(sql, { ...filter, storeIds: undefined }).filter((store) => !chosen.includes(store));
  const few = Math.max(1, (chosen.length + others.length) * fewShare);
  const family: Family = chosen.length > few ? 'every' : 'stores';
  const params = {
    stores: JSON.stringify(family === 'every' ? others : chosen),
    periods: JSON.stringify(periodsOf(filter.fromDay, filter.toDay)),
  };
  const page = (after: boolean) =>
    prepared(
      sql,
      `SELECT r."customer_id" AS "key", r."sales_cents" AS "value" ${LIST[family]}
         ${after ? 'AND (r."sales_cents", r."customer_id") < (@value, @key)' : ''}
       ORDER BY r."sales_cents" DESC, r."customer_id" DESC LIMIT @size`,
    );
  const first = page(false);
  const next = page(true);
  const listOf =
    (period: string, store?: number): BestFirstList =>
    (after, size) =>
      (after === null ? first : next).all({ store, period, ...after, size }) as RankedRow[];
  const cover = coverOf(filter.fromDay, filter.toDay);
  const lists =
    family === 'every'
      ? cover.map((period) => listOf(period))
      : chosen.flatMap((store) => cover.map((period) => listOf(period, store)));
  const some = prepared(sql, sumsOf(family, true, others.length > 0));
  // Sales over the covering periods, a lookup per store and period instead of per exact period.
  const bounds = prepared(
    sql,
    family === 'every'
      ? `SELECT r."customer_id" AS "key", SUM(r."sales_cents") AS "bound" FROM json_each(@keys) k CROSS JOIN json_each(@cover) j
         CROSS JOIN "sales_customer_ranks" r ON r."customer_id" = k."value" AND r."period" = j."value" GROUP BY 1`
      : `SELECT r."customer_id" AS "key", SUM(r."sales_cents") AS "bound" FROM json_each(@keys) k CROSS JOIN json_each(@stores) s
         CROSS JOIN json_each(@cover) j CROSS JOIN "sales_store_customer_ranks" r
           ON r."store_id" = s."value" AND r."customer_id" = k."value" AND r."period" = j."value" GROUP BY 1`,
  );
  const summed = new Map<number, CustomerSums>();
  const best = bestFirst(
    lists,
    (keys) =>
      (some.all({ ...params, keys: JSON.stringify(keys) }) as CustomerSums[]).map((row) => {
        summed.set(row.customerId, row);
        return { key: row.customerId, exact: row.spendCents };
      }),
    limit,
    (cents) => cents,
    {
      complete: false,
      firstPage: Math.max(16, limit * 2),
      boundsOf: (keys) =>
        bounds.all({ stores: params.stores, cover: JSON.stringify(cover), keys: JSON.stringify(keys) }) as {
          key: number;
          bound: number;
        }[],
    },
  );
  const rows =
    best === null
      ? (prepared(sql, sumsOf(family, false, others.length > 0)).all(params) as CustomerSums[])
      : best.map((row) => summed.get(row.key)!);
  return rankCustomers(sql, rows, limit);
}
