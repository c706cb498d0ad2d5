/**
 * Triggers that keep the rollups exact in the writing transaction, on every connection (the
 * app's, job threads', the command line's). Each is O(lines written) with indexed upserts.
 *
 * - An order line of a sale adds to its store's day and hour and its product's day and month,
 *   when it is written into a paid order or when its pending order is paid.
 * - A paid order counts once, on the day it was placed; cancelling it later takes nothing off,
 *   as the cancellation writes a return (docs/sales.md rule 4).
 * - A return line takes its units, cost and refund before tax off the day it was taken.
 * - A payment or refund adds to its method on the day it was taken.
 * - An order moved to another store or time (a correction; no screen does it) takes all of the
 *   above out where it was and puts it back where it now is.
 *
 * Local days and hours come from store_utc_offsets: the offset in force at the instant (latest
 * from_at at or before it). A store without rows cannot have a local day: the rollups' NOT NULL
 * day refuses the write rather than filing it on a wrong day.
 */
const SALE = `IN ('paid', 'fulfilled', 'delivered')`;

/** 'YYYY-MM-DD HH' on the wall clock of `store` at instant `at` (ISO-8601 text). */
export const localHourOf = (store: string, at: string) =>
  `strftime('%Y-%m-%d %H', ${at}, (SELECT printf('%+d seconds', u."offset_seconds") FROM "store_utc_offsets" u
     WHERE u."store_id" = ${store} AND u."from_at" <= ${at} ORDER BY u."from_at" DESC LIMIT 1))`;

/** Exact net revenue of line `alias` in ten-thousandths of a cent (exactLineNet of sale-sql.ts). */
export const exactNet = (alias: string) =>
  `(CASE WHEN ${alias}."discount_bp" IS NULL
     THEN (${alias}."quantity" * ${alias}."unit_price_cents" - ${alias}."discount_cents") * 10000
     ELSE ${alias}."quantity" * ${alias}."unit_price_cents" * (10000 - ${alias}."discount_bp") END)`;

/**
 * The tax given back by return line `alias`: the line's tax pro rata to the running count of its
 * returned units, rounded half up (refundedTaxCents of sale-sql.ts).
 */
export const returnedTax = (alias: string) => `(
  SELECT (2 * rt_line."tax_cents" * rt_upto."units" + rt_line."quantity") / (2 * rt_line."quantity")
       - (2 * rt_line."tax_cents" * (rt_upto."units" - ${alias}."quantity") + rt_line."quantity") / (2 * rt_line."quantity")
  FROM "order_lines" rt_line,
       (SELECT SUM(rt_earlier."quantity") AS "units" FROM "order_return_lines" rt_earlier
        WHERE rt_earlier."order_line_id" = ${alias}."order_line_id" AND rt_earlier."id" <= ${alias}."id") rt_upto
  WHERE rt_line."id" = ${alias}."order_line_id")`;

const add = (columns: readonly string[]) =>
  columns.map((column) => `"${column}" = "${column}" + excluded."${column}"`).join(', ');

const LINE_SALE = ['units', 'gross_cents', 'net_exact', 'cost_cents'];
const LINE_RETURN = ['returned_units', 'returned_net_exact', 'returned_cost_cents'];

/**
 * Upserts of the sale measures of the lines `lines` (a FROM clause naming `l`, the line, and
 * `t`, with the order's "store_id" and "local" hour) into the store and product tables. Lines of
 * one product in one order are grouped, so one statement never upserts the same key twice.
 */
export const saleUpserts = (from: string, sign = '') => [
  `INSERT INTO "sales_store_days" ("store_id", "day", "units", "gross_cents", "net_exact", "cost_cents", "tax_cents")
   SELECT t."store_id", substr(t."local", 1, 10), ${sign}SUM(l."quantity"), ${sign}SUM(l."quantity" * l."unit_price_cents"), ${sign}SUM(${exactNet('l')}),
          ${sign}SUM(l."quantity" * l."cost"), ${sign}SUM(l."tax_cents")
   FROM ${from} GROUP BY 1, 2
   ON CONFLICT ("store_id", "day") DO UPDATE SET ${add([...LINE_SALE, 'tax_cents'])}`,
  `INSERT INTO "sales_store_hours" ("store_id", "day", "hour", "units", "net_exact")
   SELECT t."store_id", substr(t."local", 1, 10), CAST(substr(t."local", 12, 2) AS INTEGER), ${sign}SUM(l."quantity"), ${sign}SUM(${exactNet('l')})
   FROM ${from} GROUP BY 1, 2, 3
   ON CONFLICT ("store_id", "day", "hour") DO UPDATE SET ${add(['units', 'net_exact'])}`,
  `INSERT INTO "sales_product_days" ("store_id", "day", "product_id", "units", "gross_cents", "net_exact", "cost_cents")
   SELECT t."store_id", substr(t."local", 1, 10), l."product_id", ${sign}SUM(l."quantity"), ${sign}SUM(l."quantity" * l."unit_price_cents"),
          ${sign}SUM(${exactNet('l')}), ${sign}SUM(l."quantity" * l."cost")
   FROM ${from} GROUP BY 1, 2, 3
   ON CONFLICT ("store_id", "day", "product_id") DO UPDATE SET ${add(LINE_SALE)}`,
  `INSERT INTO "sales_product_months" ("store_id", "month", "product_id", "units", "gross_cents", "net_exact", "cost_cents")
   SELECT t."store_id", substr(t."local", 1, 7), l."product_id", ${sign}SUM(l."quantity"), ${sign}SUM(l."quantity" * l."unit_price_cents"),
          ${sign}SUM(${exactNet('l')}), ${sign}SUM(l."quantity" * l."cost")
   FROM ${from} GROUP BY 1, 2, 3
   ON CONFLICT ("store_id", "month", "product_id") DO UPDATE SET ${add(LINE_SALE)}`,
];

/** A paid order counted on its store's day and hour; `from` names `t` as in saleUpserts. */
const orderUpserts = (from: string, sign = '') => [
  `INSERT INTO "sales_store_days" ("store_id", "day", "sale_orders")
   SELECT t."store_id", substr(t."local", 1, 10), ${sign}1 FROM ${from}
   ON CONFLICT ("store_id", "day") DO UPDATE SET ${add(['sale_orders'])}`,
  `INSERT INTO "sales_store_hours" ("store_id", "day", "hour", "sale_orders")
   SELECT t."store_id", substr(t."local", 1, 10), CAST(substr(t."local", 12, 2) AS INTEGER), ${sign}1 FROM ${from}
   ON CONFLICT ("store_id", "day", "hour") DO UPDATE SET ${add(['sale_orders'])}`,
];

/** The order `id` with its store and local hour of placing, as `t`, when it is a sale. */
const paidOrder = (id: string) =>
  `(SELECT o."store_id", ${localHourOf('o."store_id"', 'o."placed_at"')} AS "local"
    FROM "orders" o WHERE o."id" = ${id} AND o."status" ${SALE}) t`;

/** The line NEW with its cost at sale time, as `l`. */
const NEW_LINE = `(SELECT NEW."product_id" AS "product_id", NEW."quantity" AS "quantity", NEW."unit_price_cents" AS "unit_price_cents",
      NEW."discount_cents" AS "discount_cents", NEW."discount_bp" AS "discount_bp", NEW."tax_cents" AS "tax_cents",
      IFNULL(NEW."unit_cost_cents", IFNULL((SELECT p."cost_cents" FROM "products" p WHERE p."id" = NEW."product_id"), 0)) AS "cost") l`;

/** The lines of order `id`, with their cost at sale time, as `l`. */
const linesOf = (id: string) =>
  `(SELECT x.*, IFNULL(x."unit_cost_cents", 0) AS "cost" FROM "order_lines" x WHERE x."order_id" = ${id}) l`;

/**
 * Return lines `e` of returns `r` (a FROM clause naming both) as `x`: the store `store` (the
 * order's), the local day of the return, units, refund before tax, tax given back and cost.
 */
const returnLines = (from: string, store: string) =>
  `(SELECT ${store} AS "store_id", substr(${localHourOf(store, 'r."created_at"')}, 1, 10) AS "day", l."product_id",
           e."quantity" AS "units", (e."refund_cents" - ${returnedTax('e')}) * 10000 AS "net", ${returnedTax('e')} AS "tax",
           e."quantity" * IFNULL(l."unit_cost_cents", 0) AS "cost"
    FROM ${from} JOIN "order_lines" l ON l."id" = e."order_line_id") x`;

const returnLineUpserts = (x: string, sign = '') => [
  `INSERT INTO "sales_store_days" ("store_id", "day", "returned_units", "returned_net_exact", "returned_cost_cents", "returned_tax_cents")
   SELECT x."store_id", x."day", ${sign}SUM(x."units"), ${sign}SUM(x."net"), ${sign}SUM(x."cost"), ${sign}SUM(x."tax") FROM ${x} WHERE 1 GROUP BY 1, 2
   ON CONFLICT ("store_id", "day") DO UPDATE SET ${add([...LINE_RETURN, 'returned_tax_cents'])}`,
  `INSERT INTO "sales_product_days" ("store_id", "day", "product_id", "returned_units", "returned_net_exact", "returned_cost_cents")
   SELECT x."store_id", x."day", x."product_id", ${sign}SUM(x."units"), ${sign}SUM(x."net"), ${sign}SUM(x."cost") FROM ${x} WHERE 1 GROUP BY 1, 2, 3
   ON CONFLICT ("store_id", "day", "product_id") DO UPDATE SET ${add(LINE_RETURN)}`,
  `INSERT INTO "sales_product_months" ("store_id", "month", "product_id", "returned_units", "returned_net_exact", "returned_cost_cents")
   SELECT x."store_id", substr(x."day", 1, 7), x."product_id", ${sign}SUM(x."units"), ${sign}SUM(x."net"), ${sign}SUM(x."cost") FROM ${x} WHERE 1 GROUP BY 1, 2, 3
   ON CONFLICT ("store_id", "month", "product_id") DO UPDATE SET ${add(LINE_RETURN)}`,
];

/** Returns `r` (a FROM clause with its WHERE) of an order in store `store`, counted with their refunds on their local days. */
const returnUpserts = (from: string, store: string, sign = '') =>
  `INSERT INTO "sales_store_days" ("store_id", "day", "returns", "refund_cents")
   SELECT ${store}, substr(${localHourOf(store, 'r."created_at"')}, 1, 10), ${sign}COUNT(*), ${sign}SUM(r."refund_cents") FROM ${from} GROUP BY 1, 2
   ON CONFLICT ("store_id", "day") DO UPDATE SET ${add(['returns', 'refund_cents'])}`;

/** Payments `p` (a FROM clause with its WHERE) of an order in store `store`, on their local days. */
const paymentUpserts = (from: string, store: string, sign = '') =>
  `INSERT INTO "sales_store_payments" ("store_id", "day", "method", "payments", "paid_cents", "refunds", "refunded_cents")
   SELECT ${store}, substr(${localHourOf(store, 'p."created_at"')}, 1, 10), p."method",
          ${sign}SUM(p."kind" = 'payment'), ${sign}SUM(IIF(p."kind" = 'payment', p."amount_cents", 0)),
          ${sign}SUM(p."kind" = 'refund'), ${sign}SUM(IIF(p."kind" = 'refund', p."amount_cents", 0))
   FROM ${from} GROUP BY 1, 2, 3
   ON CONFLICT ("store_id", "day", "method") DO UPDATE SET ${add(['payments', 'paid_cents', 'refunds', 'refunded_cents'])}`;

/** Everything order `row` (OLD or NEW) puts in the rollups, added or (sign '-') taken out. */
function wholeOrder(row: 'OLD' | 'NEW', sign: '' | '-'): string[] {
  const store = `${row}."store_id"`;
  const sale = `(SELECT ${store} AS "store_id", ${localHourOf(store, `${row}."placed_at"`)} AS "local"
     WHERE ${row}."status" ${SALE} OR (${row}."status" = 'cancelled' AND EXISTS (SELECT 1 FROM "order_returns" c WHERE c."order_id" = ${row}."id"))) t`;
  return [
    ...orderUpserts(`${sale} WHERE 1`, sign),
    ...saleUpserts(`${sale}, ${linesOf(`${row}."id"`)} WHERE 1`, sign),
    returnUpserts(`"order_returns" r WHERE r."order_id" = ${row}."id"`, store, sign),
    ...returnLineUpserts(
      returnLines(
        `"order_returns" r JOIN "order_return_lines" e ON e."return_id" = r."id" AND r."order_id" = ${row}."id"`,
        store,
      ),
      sign,
    ),
    paymentUpserts(`"payments" p WHERE p."order_id" = ${row}."id"`, store, sign),
  ];
}

/** Rows a moved order left with nothing in them, dropped so the tables hold what a rebuild would. */
const EMPTY_ROWS = [
  `DELETE FROM "sales_store_days" WHERE "store_id" = OLD."store_id" AND "sale_orders" = 0 AND "units" = 0 AND "gross_cents" = 0
     AND "net_exact" = 0 AND "cost_cents" = 0 AND "tax_cents" = 0 AND "returns" = 0 AND "refund_cents" = 0 AND "returned_units" = 0
     AND "returned_net_exact" = 0 AND "returned_cost_cents" = 0 AND "returned_tax_cents" = 0`,
  `DELETE FROM "sales_store_hours" WHERE "store_id" = OLD."store_id" AND "sale_orders" = 0 AND "units" = 0 AND "net_exact" = 0`,
  `DELETE FROM "sales_store_payments" WHERE "store_id" = OLD."store_id" AND "payments" = 0 AND "refunds" = 0`,
  ...['sales_product_days', 'sales_product_months'].map(
    (
      table,
    ) => `DELETE FROM "${table}" WHERE "store_id" = OLD."store_id" AND "product_id" IN (SELECT "product_id" FROM "order_lines" WHERE "order_id" = OLD."id")
      AND "units" = 0 AND "gross_cents" = 0 AND "net_exact" = 0 AND "cost_cents" = 0 AND "returned_units" = 0
      AND "returned_net_exact" = 0 AND "returned_cost_cents" = 0`,
  ),
];

export const triggerStatements = [
  // Stores in UTC need no computing; any other zone gets its rows from TypeScript (database/sales-rollups.ts).
  `CREATE TRIGGER "trg_stores_utc_offsets_insert" AFTER INSERT ON "stores"
   WHEN NEW."time_zone" = 'UTC'
   BEGIN
     INSERT INTO "store_utc_offsets" ("store_id", "from_at", "offset_seconds") VALUES (NEW."id", '0000-01-01T00:00:00.000Z', 0);
   END`,
  // A new zone's offsets are written by setStoreTimeZone, which then rebuilds the store's rollups.
  `CREATE TRIGGER "trg_stores_utc_offsets_zone" AFTER UPDATE OF "time_zone" ON "stores"
   WHEN OLD."time_zone" <> NEW."time_zone"
   BEGIN
     DELETE FROM "store_utc_offsets" WHERE "store_id" = NEW."id";
     INSERT INTO "store_utc_offsets" ("store_id", "from_at", "offset_seconds")
     SELECT NEW."id", '0000-01-01T00:00:00.000Z', 0 WHERE NEW."time_zone" = 'UTC';
   END`,
  `CREATE TRIGGER "trg_order_lines_unit_cost" AFTER INSERT ON "order_lines"
   WHEN NEW."unit_cost_cents" IS NULL
   BEGIN
     UPDATE "order_lines" SET "unit_cost_cents" = IFNULL((SELECT p."cost_cents" FROM "products" p WHERE p."id" = NEW."product_id"), 0)
     WHERE "id" = NEW."id";
   END`,
  `CREATE TRIGGER "trg_orders_sales_rollups_insert" AFTER INSERT ON "orders"
   WHEN NEW."status" ${SALE}
   BEGIN
     ${orderUpserts(`${paidOrder('NEW."id"')} WHERE 1`).join(';\n     ')};
   END`,
  `CREATE TRIGGER "trg_orders_sales_rollups_paid" AFTER UPDATE OF "status" ON "orders"
   WHEN NOT (OLD."status" ${SALE}) AND OLD."status" <> 'cancelled' AND NEW."status" ${SALE}
   BEGIN
     ${orderUpserts(`${paidOrder('NEW."id"')} WHERE 1`).join(';\n     ')};
     ${saleUpserts(`${paidOrder('NEW."id"')}, ${linesOf('NEW."id"')} WHERE 1`).join(';\n     ')};
   END`,
  // No screen moves an order, but a correction may: its sale, returns and payments move with it.
  `CREATE TRIGGER "trg_orders_sales_rollups_moved" AFTER UPDATE OF "store_id", "placed_at" ON "orders"
   WHEN OLD."store_id" <> NEW."store_id" OR OLD."placed_at" <> NEW."placed_at"
   BEGIN
     ${[...wholeOrder('OLD', '-'), ...EMPTY_ROWS, ...wholeOrder('NEW', '')].join(';\n     ')};
   END`,
  `CREATE TRIGGER "trg_order_lines_sales_rollups" AFTER INSERT ON "order_lines"
   BEGIN
     ${saleUpserts(`${paidOrder('NEW."order_id"')}, ${NEW_LINE} WHERE 1`).join(';\n     ')};
   END`,
  `CREATE TRIGGER "trg_order_returns_sales_rollups" AFTER INSERT ON "order_returns"
   BEGIN
     ${returnUpserts(
       `(SELECT NEW."created_at" AS "created_at", NEW."refund_cents" AS "refund_cents") r, "orders" o WHERE o."id" = NEW."order_id"`,
       'o."store_id"',
     )};
   END`,
  `CREATE TRIGGER "trg_order_return_lines_sales_rollups" AFTER INSERT ON "order_return_lines"
   BEGIN
     ${returnLineUpserts(
       returnLines(
         `(SELECT NEW."id" AS "id", NEW."order_line_id" AS "order_line_id", NEW."quantity" AS "quantity", NEW."refund_cents" AS "refund_cents") e
          JOIN "order_returns" r ON r."id" = NEW."return_id" JOIN "orders" o ON o."id" = r."order_id"`,
         'o."store_id"',
       ),
     ).join(';\n     ')};
   END`,
  `CREATE TRIGGER "trg_payments_sales_rollups" AFTER INSERT ON "payments"
   BEGIN
     ${paymentUpserts(
       `(SELECT NEW."created_at" AS "created_at", NEW."method" AS "method", NEW."kind" AS "kind", NEW."amount_cents" AS "amount_cents") p,
        "orders" o WHERE o."id" = NEW."order_id"`,
       'o."store_id"',
     )};
   END`,
];
