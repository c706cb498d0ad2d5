import { localHourOf } from '../0010-sales-rollups/triggers';
import { CUSTOMER_PERIODS_OF } from '../0011-sales-rollup-grains/periods';
import { IS_SALE, SALE, WAS_SALE, customerRows } from '../0011-sales-rollup-grains/triggers';

/**
 * Triggers that keep sales_store_customer_ranks exact in the writing transaction, by the rules
 * migration 0011 keeps sales_customer_ranks by, in the order's store: a sale adds its total on
 * the day it was placed, a return takes its refund off the day it was taken, and an order that
 * changes customer, store, time, total or status takes its figures out where they were and puts
 * them back where they are.
 */
const MEASURES = ['orders', 'returns', 'sales_cents', 'spend_cents'];
const ADD = MEASURES.map((column) => `"${column}" = "${column}" + excluded."${column}"`).join(', ');

/** Order `row`'s customer rows (customerRows of 0011) in the order's store. */
const inStore = (row: 'OLD' | 'NEW', isSale: string, sign: '' | '-') =>
  `(SELECT ${row}."store_id" AS "store_id", c.* FROM ${customerRows(row, isSale, sign)} c)`;

/**
 * The triggers, keeping the rows at `periodsOf` each day (SQL text of its 'YYYY-MM-DD'): every
 * customer period here, the day alone since migration 0024.
 */
export function storeCustomerTriggers(periodsOf: (day: string) => string[]): string[] {
  /** Upserts of rows `rows` (store_id, day, customer_id, orders, returns, sales, spend) at each period. */
  const upserts = (rows: string) =>
    periodsOf('c."day"').map(
      (
        period,
      ) => `INSERT INTO "sales_store_customer_ranks" ("store_id", "period", "customer_id", "orders", "returns", "sales_cents", "spend_cents")
     SELECT c."store_id", ${period}, c."customer_id", SUM(c."orders"), SUM(c."returns"), SUM(c."sales"), SUM(c."spend")
     FROM ${rows} c WHERE 1 GROUP BY 1, 2, 3
     ON CONFLICT ("store_id", "customer_id", "period") DO UPDATE SET ${ADD}`,
    );
  /** Rows an order moved away leaves with nothing in them, dropped as a rebuild would. */
  const emptyRows = (rows: string) =>
    periodsOf('c."day"').map(
      (period) => `DELETE FROM "sales_store_customer_ranks" WHERE "orders" = 0 AND "returns" = 0
       AND ("store_id", "period", "customer_id") IN (SELECT c."store_id", ${period}, c."customer_id" FROM ${rows} c)`,
    );
  return [
    `CREATE TRIGGER "trg_orders_sales_store_customer_ranks_insert" AFTER INSERT ON "orders"
   WHEN NEW."customer_id" IS NOT NULL AND NEW."status" ${SALE}
   ${body(upserts(inStore('NEW', '1', '')))}`,
    `CREATE TRIGGER "trg_orders_sales_store_customer_ranks_update" AFTER UPDATE OF "status", "customer_id", "store_id", "placed_at", "total_cents" ON "orders"
   WHEN OLD."status" <> NEW."status" OR OLD."customer_id" IS NOT NEW."customer_id" OR OLD."store_id" <> NEW."store_id"
     OR OLD."placed_at" <> NEW."placed_at" OR OLD."total_cents" <> NEW."total_cents"
   ${body([
     ...upserts(inStore('OLD', WAS_SALE, '-')),
     ...emptyRows(inStore('OLD', WAS_SALE, '-')),
     ...upserts(inStore('NEW', IS_SALE, '')),
   ])}`,
    `CREATE TRIGGER "trg_order_returns_sales_store_customer_ranks" AFTER INSERT ON "order_returns"
   ${body(
     upserts(`(SELECT o."store_id" AS "store_id", substr(${localHourOf('o."store_id"', 'NEW."created_at"')}, 1, 10) AS "day",
        o."customer_id" AS "customer_id", 0 AS "orders", 1 AS "returns", 0 AS "sales", -NEW."refund_cents" AS "spend"
      FROM "orders" o WHERE o."id" = NEW."order_id" AND o."customer_id" IS NOT NULL)`),
   )}`,
  ];
}

const body = (statements: readonly string[]) => `BEGIN\n     ${statements.join(';\n     ')};\n   END`;

export const triggerStatements = storeCustomerTriggers(CUSTOMER_PERIODS_OF);

/** The triggers' names (the same at any periods), so migration 0024 can put day-only ones in their place. */
export const triggerNames = triggerStatements.map((statement) => /CREATE TRIGGER "([^"]+)"/.exec(statement)![1]!);
