import { localHourOf } from '../0010-sales-rollups/triggers';
import { CUSTOMER_PERIODS_OF } from '../0011-sales-rollup-grains/periods';
import { SALE } from '../0011-sales-rollup-grains/triggers';

const INTO = `INSERT INTO "sales_store_customer_ranks" ("store_id", "period", "customer_id", "orders", "returns", "sales_cents", "spend_cents")`;

/**
 * sales_store_customer_ranks recomputed set-based from the orders and returns, for every store
 * or one: the backfill, and rebuildSalesRollups. Sales count on the store's day each order was
 * placed, refunds on the day each return was taken (docs/sales.md); the coarser periods are added
 * up from the day rows just written.
 */
export function rebuildStatements(store: number | null): string[] {
  const of = (alias: string) => (store === null ? '1' : `${alias}."store_id" = ${store}`);
  return [
    ...dayRebuildStatements(store),
    ...CUSTOMER_PERIODS_OF('"period"')
      .slice(1)
      .map(
        (
          period,
        ) => `${INTO} SELECT "store_id", ${period}, "customer_id", SUM("orders"), SUM("returns"), SUM("sales_cents"), SUM("spend_cents")
         FROM "sales_store_customer_ranks" WHERE ${of('"sales_store_customer_ranks"')} AND length("period") = 10 GROUP BY 1, 3, 2`,
      ),
  ];
}

/** The day rows alone, all the table keeps since migration 0024. */
export function dayRebuildStatements(store: number | null): string[] {
  if (store !== null && !Number.isSafeInteger(store)) throw new RangeError(`Not a store id: ${store}`);
  const of = (alias: string) => (store === null ? '1' : `${alias}."store_id" = ${store}`);
  return [
    `DELETE FROM "sales_store_customer_ranks" WHERE ${of('"sales_store_customer_ranks"')}`,
    `${INTO}
     SELECT "store_id", "day", "customer_id", SUM("orders"), SUM("returns"), SUM("sales"), SUM("spend") FROM (
       SELECT o."store_id", substr(${localHourOf('o."store_id"', 'o."placed_at"')}, 1, 10) AS "day", o."customer_id",
              1 AS "orders", 0 AS "returns", o."total_cents" AS "sales", o."total_cents" AS "spend"
       FROM "orders" o
       WHERE ${of('o')} AND o."customer_id" IS NOT NULL AND (o."status" ${SALE}
         OR (o."status" = 'cancelled' AND EXISTS (SELECT 1 FROM "order_returns" c WHERE c."order_id" = o."id")))
       UNION ALL
       SELECT o."store_id", substr(${localHourOf('o."store_id"', 'r."created_at"')}, 1, 10), o."customer_id", 0, 1, 0, -r."refund_cents"
       FROM "order_returns" r JOIN "orders" o ON o."id" = r."order_id" WHERE ${of('o')} AND o."customer_id" IS NOT NULL)
     WHERE 1 GROUP BY 1, 3, 2`,
  ];
}
