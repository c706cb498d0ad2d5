import { CUSTOMER_PERIOD_CHECK, PERIOD_CHECK } from './periods';

/** Measures of lines sold and returned, as in migration 0010's tables. */
export const LINE_MEASURE_COLUMNS = [
  'units',
  'gross_cents',
  'net_exact',
  'cost_cents',
  'returned_units',
  'returned_net_exact',
  'returned_cost_cents',
] as const;
const LINE_MEASURES = LINE_MEASURE_COLUMNS.map((column) => `"${column}" integer NOT NULL DEFAULT (0)`).join(', ');

/**
 * The coarser rollups (docs/analytics.md), each keyed by what its charts group or rank on, at
 * the periods of periods.ts:
 *
 * - sales_category_periods / sales_brand_periods: store × period × the product's category or
 *   brand (0 for none), filed by the catalog of today;
 * - sales_category_brands: period × category × brand over every store, for questions that
 *   narrow to or group by both;
 * - sales_product_ranks: product × period over every store, with net units and net revenue
 *   (sales less returns) indexed by period, so top products read each period best first and stop
 *   early; keyed by product first, so one product's periods sit together for its exact sum;
 * - sales_customer_ranks: period × customer over every store (quarters and years too): sales
 *   placed and their totals (tax included), returns taken, and spend, the totals less the
 *   returns' refunds; indexed by sales, which bound the spend of any part of the period.
 */
export const tableStatements = [
  `CREATE TABLE "sales_category_periods" ("store_id" integer NOT NULL, "period" text NOT NULL, "category_id" integer NOT NULL, ${LINE_MEASURES}, ${PERIOD_CHECK('sales_category_periods')}, PRIMARY KEY ("store_id", "period", "category_id")) WITHOUT ROWID`,
  `CREATE TABLE "sales_brand_periods" ("store_id" integer NOT NULL, "period" text NOT NULL, "brand_id" integer NOT NULL, ${LINE_MEASURES}, ${PERIOD_CHECK('sales_brand_periods')}, PRIMARY KEY ("store_id", "period", "brand_id")) WITHOUT ROWID`,
  `CREATE TABLE "sales_category_brands" ("period" text NOT NULL, "category_id" integer NOT NULL, "brand_id" integer NOT NULL, ${LINE_MEASURES}, ${PERIOD_CHECK('sales_category_brands')}, PRIMARY KEY ("period", "category_id", "brand_id")) WITHOUT ROWID`,
  `CREATE TABLE "sales_product_ranks" ("period" text NOT NULL, "product_id" integer NOT NULL, ${LINE_MEASURES}, "net_units" integer NOT NULL DEFAULT (0), "net_revenue_exact" integer NOT NULL DEFAULT (0), ${PERIOD_CHECK('sales_product_ranks')}, PRIMARY KEY ("product_id", "period")) WITHOUT ROWID`,
  `CREATE TABLE "sales_customer_ranks" ("period" text NOT NULL, "customer_id" integer NOT NULL, "orders" integer NOT NULL DEFAULT (0), "returns" integer NOT NULL DEFAULT (0), "sales_cents" integer NOT NULL DEFAULT (0), "spend_cents" integer NOT NULL DEFAULT (0), ${CUSTOMER_PERIOD_CHECK('sales_customer_ranks')}, PRIMARY KEY ("customer_id", "period")) WITHOUT ROWID`,
];

/** The rank indexes, created after the backfill: building an index once is faster than keeping it through millions of inserts. */
export const indexStatements = [
  `CREATE INDEX "IDX_sales_product_ranks_revenue" ON "sales_product_ranks" ("period", "net_revenue_exact") `,
  `CREATE INDEX "IDX_sales_product_ranks_units" ON "sales_product_ranks" ("period", "net_units") `,
  `CREATE INDEX "IDX_sales_customer_ranks_sales" ON "sales_customer_ranks" ("period", "sales_cents") `,
];
