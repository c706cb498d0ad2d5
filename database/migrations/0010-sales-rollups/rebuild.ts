import { exactNet, localHourOf, returnedTax } from './triggers';

/**
 * The rollups recomputed from the orders, by the same rules as the triggers: the backfill, and
 * rebuildSalesRollups of database/sales-rollups.ts (all stores, or one whose zone changed).
 * A sale is a paid order, or a paid order cancelled later (it has a return; docs/sales.md).
 */
const SALE = `IN ('paid', 'fulfilled', 'delivered')`;

const TABLES = [
  'sales_store_days',
  'sales_store_hours',
  'sales_store_payments',
  'sales_product_days',
  'sales_product_months',
];

/** `store` is a store id, or null for every store; it is a number, so it is safe in the text. */
export function rebuildStatements(store: number | null): string[] {
  if (store !== null && !Number.isSafeInteger(store)) throw new RangeError(`Not a store id: ${store}`);
  const of = (alias: string) => (store === null ? '1' : `${alias}."store_id" = ${store}`);

  const saleOrders = `"sale_orders" AS MATERIALIZED (
     SELECT o."id", o."store_id", ${localHourOf('o."store_id"', 'o."placed_at"')} AS "local"
     FROM "orders" o
     WHERE ${of('o')} AND (o."status" ${SALE}
       OR (o."status" = 'cancelled' AND EXISTS (SELECT 1 FROM "order_returns" c WHERE c."order_id" = o."id"))))`;
  const saleLines = `"sale_lines_of" AS (
     SELECT t."store_id", substr(t."local", 1, 10) AS "day", CAST(substr(t."local", 12, 2) AS INTEGER) AS "hour", l."product_id",
            l."quantity" AS "units", l."quantity" * l."unit_price_cents" AS "gross", ${exactNet('l')} AS "net",
            l."quantity" * IFNULL(l."unit_cost_cents", 0) AS "cost", l."tax_cents" AS "tax"
     FROM "sale_orders" t JOIN "order_lines" l ON l."order_id" = t."id")`;
  const returnLines = `"return_lines_of" AS (
     SELECT o."store_id", substr(${localHourOf('o."store_id"', 'r."created_at"')}, 1, 10) AS "day", l."product_id",
            e."quantity" AS "units", (e."refund_cents" - ${returnedTax('e')}) * 10000 AS "net", ${returnedTax('e')} AS "tax",
            e."quantity" * IFNULL(l."unit_cost_cents", 0) AS "cost"
     FROM "order_return_lines" e JOIN "order_returns" r ON r."id" = e."return_id" JOIN "orders" o ON o."id" = r."order_id"
     JOIN "order_lines" l ON l."id" = e."order_line_id"
     WHERE ${of('o')})`;

  return [
    ...TABLES.map((table) => `DELETE FROM "${table}" WHERE ${of(`"${table}"`)}`),
    `WITH ${saleOrders}, ${saleLines}, ${returnLines}
     INSERT INTO "sales_store_days" ("store_id", "day", "sale_orders", "units", "gross_cents", "net_exact", "cost_cents", "tax_cents",
       "returns", "refund_cents", "returned_units", "returned_net_exact", "returned_cost_cents", "returned_tax_cents")
     SELECT "store_id", "day", SUM("a"), SUM("b"), SUM("c"), SUM("d"), SUM("e"), SUM("f"), SUM("g"), SUM("h"), SUM("i"), SUM("j"), SUM("k"), SUM("m")
     FROM (
       SELECT "store_id", substr("local", 1, 10) AS "day", 1 AS "a", 0 AS "b", 0 AS "c", 0 AS "d", 0 AS "e", 0 AS "f",
              0 AS "g", 0 AS "h", 0 AS "i", 0 AS "j", 0 AS "k", 0 AS "m" FROM "sale_orders"
       UNION ALL
       SELECT "store_id", "day", 0, "units", "gross", "net", "cost", "tax", 0, 0, 0, 0, 0, 0 FROM "sale_lines_of"
       UNION ALL
       SELECT o."store_id", substr(${localHourOf('o."store_id"', 'r."created_at"')}, 1, 10), 0, 0, 0, 0, 0, 0, 1, r."refund_cents", 0, 0, 0, 0
       FROM "order_returns" r JOIN "orders" o ON o."id" = r."order_id" WHERE ${of('o')}
       UNION ALL
       SELECT "store_id", "day", 0, 0, 0, 0, 0, 0, 0, 0, "units", "net", "cost", "tax" FROM "return_lines_of")
     WHERE 1 GROUP BY "store_id", "day"`,
    `WITH ${saleOrders}, ${saleLines}
     INSERT INTO "sales_store_hours" ("store_id", "day", "hour", "sale_orders", "units", "net_exact")
     SELECT "store_id", "day", "hour", SUM("orders"), SUM("units"), SUM("net")
     FROM (
       SELECT "store_id", substr("local", 1, 10) AS "day", CAST(substr("local", 12, 2) AS INTEGER) AS "hour", 1 AS "orders",
              0 AS "units", 0 AS "net" FROM "sale_orders"
       UNION ALL
       SELECT "store_id", "day", "hour", 0, "units", "net" FROM "sale_lines_of")
     WHERE 1 GROUP BY "store_id", "day", "hour"`,
    `INSERT INTO "sales_store_payments" ("store_id", "day", "method", "payments", "paid_cents", "refunds", "refunded_cents")
     SELECT "store_id", "day", "method", SUM("kind" = 'payment'), SUM(IIF("kind" = 'payment', "amount_cents", 0)),
            SUM("kind" = 'refund'), SUM(IIF("kind" = 'refund', "amount_cents", 0))
     FROM (SELECT o."store_id", substr(${localHourOf('o."store_id"', 'p."created_at"')}, 1, 10) AS "day", p."method", p."kind", p."amount_cents"
           FROM "payments" p JOIN "orders" o ON o."id" = p."order_id" WHERE ${of('o')})
     WHERE 1 GROUP BY "store_id", "day", "method"`,
    `WITH ${saleOrders}, ${saleLines}, ${returnLines}
     INSERT INTO "sales_product_days" ("store_id", "day", "product_id", "units", "gross_cents", "net_exact", "cost_cents",
       "returned_units", "returned_net_exact", "returned_cost_cents")
     SELECT "store_id", "day", "product_id", SUM("a"), SUM("b"), SUM("c"), SUM("d"), SUM("e"), SUM("f"), SUM("g")
     FROM (
       SELECT "store_id", "day", "product_id", "units" AS "a", "gross" AS "b", "net" AS "c", "cost" AS "d", 0 AS "e", 0 AS "f", 0 AS "g"
       FROM "sale_lines_of"
       UNION ALL
       SELECT "store_id", "day", "product_id", 0, 0, 0, 0, "units", "net", "cost" FROM "return_lines_of")
     WHERE 1 GROUP BY "store_id", "day", "product_id"`,
    // Months are their days added up: the same sums, read once more from the table just built.
    `INSERT INTO "sales_product_months" ("store_id", "month", "product_id", "units", "gross_cents", "net_exact", "cost_cents",
       "returned_units", "returned_net_exact", "returned_cost_cents")
     SELECT "store_id", substr("day", 1, 7), "product_id", SUM("units"), SUM("gross_cents"), SUM("net_exact"), SUM("cost_cents"),
            SUM("returned_units"), SUM("returned_net_exact"), SUM("returned_cost_cents")
     FROM "sales_product_days" WHERE ${of('"sales_product_days"')} GROUP BY 1, 2, 3`,
  ];
}
