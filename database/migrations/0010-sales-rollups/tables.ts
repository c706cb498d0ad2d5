/**
 * The rollup tables, as the entities declare them. Every measure is an integer that only ever
 * has sums added to it, so a rollup row is the exact sum of what it covers:
 *
 * - cents for gross sales (quantity × unit price), tax, cost, refunds;
 * - net revenue in ten-thousandths of a cent (`net_exact`, exactLineNet of sale-sql.ts), so a
 *   sum of rows rounds once to the same cents as the raw lines (docs/sales.md rule 7);
 * - returned net revenue is what the returns refunded before their tax, in the same unit.
 *
 * Sales count on the store-local day (and hour) their order was placed; returns and payments on
 * the local day they were taken. Tables are keyed so each chart reads the smallest one that
 * answers it (docs/analytics.md).
 */
const DAY_CHECK = (table: string, column = 'day') =>
  `CONSTRAINT "CHK_${table}_${column}" CHECK (length("${column}") = 10)`;

/** Measures of lines sold and returned, shared by the store and product tables. */
const LINE_MEASURES = `"units" integer NOT NULL DEFAULT (0), "gross_cents" integer NOT NULL DEFAULT (0), "net_exact" integer NOT NULL DEFAULT (0), "cost_cents" integer NOT NULL DEFAULT (0), "returned_units" integer NOT NULL DEFAULT (0), "returned_net_exact" integer NOT NULL DEFAULT (0), "returned_cost_cents" integer NOT NULL DEFAULT (0)`;

export const tableStatements = [
  `CREATE TABLE "store_utc_offsets" ("store_id" integer NOT NULL, "from_at" text NOT NULL, "offset_seconds" integer NOT NULL, CONSTRAINT "CHK_store_utc_offsets_offset" CHECK ("offset_seconds" BETWEEN -86400 AND 86400), CONSTRAINT "FK_store_utc_offsets_store" FOREIGN KEY ("store_id") REFERENCES "stores" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("store_id", "from_at")) WITHOUT ROWID`,
  `CREATE TABLE "sales_store_days" ("store_id" integer NOT NULL, "day" text NOT NULL, "sale_orders" integer NOT NULL DEFAULT (0), ${LINE_MEASURES}, "tax_cents" integer NOT NULL DEFAULT (0), "returns" integer NOT NULL DEFAULT (0), "refund_cents" integer NOT NULL DEFAULT (0), "returned_tax_cents" integer NOT NULL DEFAULT (0), ${DAY_CHECK('sales_store_days')}, PRIMARY KEY ("store_id", "day")) WITHOUT ROWID`,
  `CREATE TABLE "sales_store_hours" ("store_id" integer NOT NULL, "day" text NOT NULL, "hour" integer NOT NULL, "sale_orders" integer NOT NULL DEFAULT (0), "units" integer NOT NULL DEFAULT (0), "net_exact" integer NOT NULL DEFAULT (0), ${DAY_CHECK('sales_store_hours')}, CONSTRAINT "CHK_sales_store_hours_hour" CHECK ("hour" BETWEEN 0 AND 23), PRIMARY KEY ("store_id", "day", "hour")) WITHOUT ROWID`,
  `CREATE TABLE "sales_store_payments" ("store_id" integer NOT NULL, "day" text NOT NULL, "method" text NOT NULL, "payments" integer NOT NULL DEFAULT (0), "paid_cents" integer NOT NULL DEFAULT (0), "refunds" integer NOT NULL DEFAULT (0), "refunded_cents" integer NOT NULL DEFAULT (0), ${DAY_CHECK('sales_store_payments')}, PRIMARY KEY ("store_id", "day", "method")) WITHOUT ROWID`,
  `CREATE TABLE "sales_product_days" ("store_id" integer NOT NULL, "day" text NOT NULL, "product_id" integer NOT NULL, ${LINE_MEASURES}, ${DAY_CHECK('sales_product_days')}, PRIMARY KEY ("store_id", "day", "product_id")) WITHOUT ROWID`,
  `CREATE TABLE "sales_product_months" ("store_id" integer NOT NULL, "month" text NOT NULL, "product_id" integer NOT NULL, ${LINE_MEASURES}, CONSTRAINT "CHK_sales_product_months_month" CHECK (length("month") = 7), PRIMARY KEY ("store_id", "month", "product_id")) WITHOUT ROWID`,
];

/** Each line's unit cost when it was sold: what margins subtract, whatever the product costs later. */
export const lineCostStatements = [
  `ALTER TABLE "order_lines" ADD COLUMN "unit_cost_cents" integer
     CONSTRAINT "CHK_order_lines_unit_cost" CHECK ("unit_cost_cents" IS NULL OR "unit_cost_cents" >= 0)`,
];
