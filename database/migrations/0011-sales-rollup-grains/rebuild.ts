import { localHourOf } from '../0010-sales-rollups/triggers';
import { CUSTOMER_PERIODS_OF, PERIODS_OF, blockOf } from './periods';
import { LINE_MEASURE_COLUMNS } from './tables';
import { DIMENSIONS } from './triggers';

const SALE = `IN ('paid', 'fulfilled', 'delivered')`;
const COLUMNS = LINE_MEASURE_COLUMNS.map((column) => `"${column}"`).join(', ');
const SUMS = LINE_MEASURE_COLUMNS.map((column) => `SUM(d."${column}")`).join(', ');

/**
 * The coarser rollups recomputed set-based from migration 0010's product days and months (built
 * first) and from the orders: the backfill, and rebuildSalesRollups. Blocks are added up from the
 * day rows just written, grouped by product or customer first, the order the rank tables are
 * keyed in. `store` narrows the category and brand tables to one store; the product
 * and customer ranks cover every store, so they are always recomputed whole.
 */
export function rebuildStatements(store: number | null): string[] {
  return [...productRebuildStatements(store), ...customerRebuildStatements()];
}

/** The category, brand, pair and product periods (rebuildStatements without the customer ranks, which migration 0024 drops). */
export function productRebuildStatements(store: number | null): string[] {
  if (store !== null && !Number.isSafeInteger(store)) throw new RangeError(`Not a store id: ${store}`);
  const of = (alias: string) => (store === null ? '1' : `${alias}."store_id" = ${store}`);
  const [dayPeriod] = PERIODS_OF('d."day"');
  const dimensionStatements = DIMENSIONS.flatMap((dimension) => {
    const table = `"sales_${dimension}_periods"`;
    const into = `INSERT INTO ${table} ("store_id", "period", "${dimension}_id", ${COLUMNS})`;
    const keyOf = `IFNULL(p."${dimension}_id", 0)`;
    return [
      `DELETE FROM ${table} WHERE ${of(table)}`,
      `${into} SELECT d."store_id", ${dayPeriod}, ${keyOf}, ${SUMS}
       FROM "sales_product_days" d JOIN "products" p ON p."id" = d."product_id" WHERE ${of('d')} GROUP BY 1, 2, 3`,
      `${into} SELECT d."store_id", ${blockOf('d."period"')}, d."${dimension}_id", ${SUMS}
       FROM ${table} d WHERE ${of('d')} AND length(d."period") = 10 GROUP BY 1, 2, 3`,
      `${into} SELECT d."store_id", d."month", ${keyOf}, ${SUMS}
       FROM "sales_product_months" d JOIN "products" p ON p."id" = d."product_id" WHERE ${of('d')} GROUP BY 1, 2, 3`,
    ];
  });
  const rankInto = `INSERT INTO "sales_product_ranks" ("period", "product_id", ${COLUMNS}, "net_units", "net_revenue_exact")`;
  const rankSums = `${SUMS}, SUM(d."units") - SUM(d."returned_units"), SUM(d."net_exact") - SUM(d."returned_net_exact")`;
  return [
    ...dimensionStatements,
    `DELETE FROM "sales_product_ranks"`,
    `${rankInto} SELECT d."day", d."product_id", ${rankSums} FROM "sales_product_days" d GROUP BY 2, 1`,
    `${rankInto} SELECT ${blockOf('d."period"')}, d."product_id", ${rankSums} FROM "sales_product_ranks" d WHERE length(d."period") = 10 GROUP BY 2, 1`,
    `${rankInto} SELECT d."month", d."product_id", ${rankSums} FROM "sales_product_months" d GROUP BY 2, 1`,
    `DELETE FROM "sales_category_brands"`,
    `INSERT INTO "sales_category_brands" ("period", "category_id", "brand_id", ${COLUMNS})
     SELECT d."period", IFNULL(p."category_id", 0), IFNULL(p."brand_id", 0), ${SUMS}
     FROM "sales_product_ranks" d JOIN "products" p ON p."id" = d."product_id" GROUP BY 1, 2, 3`,
  ];
}

function customerRebuildStatements(): string[] {
  const customerInto = `INSERT INTO "sales_customer_ranks" ("period", "customer_id", "orders", "returns", "sales_cents", "spend_cents")`;
  return [
    `DELETE FROM "sales_customer_ranks"`,
    `${customerInto}
     SELECT "day", "customer_id", SUM("orders"), SUM("returns"), SUM("sales"), SUM("spend") FROM (
       SELECT substr(${localHourOf('o."store_id"', 'o."placed_at"')}, 1, 10) AS "day", o."customer_id", 1 AS "orders", 0 AS "returns",
              o."total_cents" AS "sales", o."total_cents" AS "spend"
       FROM "orders" o
       WHERE o."customer_id" IS NOT NULL AND (o."status" ${SALE}
         OR (o."status" = 'cancelled' AND EXISTS (SELECT 1 FROM "order_returns" c WHERE c."order_id" = o."id")))
       UNION ALL
       SELECT substr(${localHourOf('o."store_id"', 'r."created_at"')}, 1, 10), o."customer_id", 0, 1, 0, -r."refund_cents"
       FROM "order_returns" r JOIN "orders" o ON o."id" = r."order_id" WHERE o."customer_id" IS NOT NULL)
     WHERE 1 GROUP BY 2, 1`,
    ...CUSTOMER_PERIODS_OF('"period"')
      .slice(1)
      .map(
        (
          period,
        ) => `${customerInto} SELECT ${period}, "customer_id", SUM("orders"), SUM("returns"), SUM("sales_cents"), SUM("spend_cents")
         FROM "sales_customer_ranks" WHERE length("period") = 10 GROUP BY 2, 1`,
      ),
  ];
}
