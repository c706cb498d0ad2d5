import { CUSTOMER_PERIOD_CHECK } from '../0011-sales-rollup-grains/periods';

/**
 * sales_store_customer_ranks: store × period × customer, at the customer periods of migration
 * 0011 (days, blocks, months, quarters, years), with the same measures as sales_customer_ranks.
 * Keyed by store and customer first, so one customer's periods in a store sit together for its
 * exact sum; indexed by each store's periods' sales, which bound the spend of any part of them,
 * so top customers of some stores read each (store, period) list best first.
 */
export const tableStatement = `CREATE TABLE "sales_store_customer_ranks" ("store_id" integer NOT NULL, "period" text NOT NULL, "customer_id" integer NOT NULL, "orders" integer NOT NULL DEFAULT (0), "returns" integer NOT NULL DEFAULT (0), "sales_cents" integer NOT NULL DEFAULT (0), "spend_cents" integer NOT NULL DEFAULT (0), ${CUSTOMER_PERIOD_CHECK('sales_store_customer_ranks')}, PRIMARY KEY ("store_id", "customer_id", "period")) WITHOUT ROWID`;

/** Created after the backfill: building an index once is faster than keeping it through millions of inserts. */
export const indexStatement = `CREATE INDEX "IDX_sales_store_customer_ranks_sales" ON "sales_store_customer_ranks" ("store_id", "period", "sales_cents", "customer_id")`;
