import { localHourOf } from '../0010-sales-rollups/triggers';
import { CUSTOMER_PERIODS_OF, PERIODS_OF } from './periods';
import { LINE_MEASURE_COLUMNS } from './tables';

/**
 * Triggers that keep the coarser rollups exact in the writing transaction.
 *
 * Category, brand and product ranks follow sales_product_days: every change of one of its rows
 * (a sale, a return, a paid pending order, an order moved; migration 0010's triggers) adds the
 * row's change to its day, block and month, so these tables follow every rule 0010 follows with
 * none of its own. A product moved to another category or brand takes its history with it.
 * Customer ranks follow the orders and returns: a sale adds its total on the day it was placed,
 * a return takes its refund off the day it was taken, and an order that changes customer, store,
 * time, total or status takes its figures out where they were and puts them back where they are.
 */
export const SALE = `IN ('paid', 'fulfilled', 'delivered')`;

const add = (columns: readonly string[]) =>
  columns.map((column) => `"${column}" = "${column}" + excluded."${column}"`).join(', ');
const COLUMNS = LINE_MEASURE_COLUMNS.map((column) => `"${column}"`).join(', ');
const RANK_COLUMNS = [...LINE_MEASURE_COLUMNS, 'net_units', 'net_revenue_exact'];

/** A grouping of products filed in sales_<dimension>_periods by the product's <dimension>_id (0 for none). */
export const DIMENSIONS = ['category', 'brand'] as const;
type Dimension = (typeof DIMENSIONS)[number];

/** The change `change(column)` of a sales_product_days row of store `store`, day `day`, product `product`, into every coarser table. */
function productDayUpserts(store: string, day: string, product: string, change: (column: string) => string): string[] {
  const values = LINE_MEASURE_COLUMNS.map(change).join(', ');
  return PERIODS_OF(day).flatMap((period) => [
    ...DIMENSIONS.map(
      (dimension) => `INSERT INTO "sales_${dimension}_periods" ("store_id", "period", "${dimension}_id", ${COLUMNS})
       SELECT ${store}, ${period}, IFNULL((SELECT p."${dimension}_id" FROM "products" p WHERE p."id" = ${product}), 0), ${values} WHERE 1
       ON CONFLICT ("store_id", "period", "${dimension}_id") DO UPDATE SET ${add(LINE_MEASURE_COLUMNS)}`,
    ),
    `INSERT INTO "sales_category_brands" ("period", "category_id", "brand_id", ${COLUMNS})
     SELECT ${period}, IFNULL(p."category_id", 0), IFNULL(p."brand_id", 0), ${values} FROM "products" p WHERE p."id" = ${product}
     ON CONFLICT ("period", "category_id", "brand_id") DO UPDATE SET ${add(LINE_MEASURE_COLUMNS)}`,
    `INSERT INTO "sales_product_ranks" ("period", "product_id", ${COLUMNS}, "net_units", "net_revenue_exact")
     SELECT ${period}, ${product}, ${values}, ${change('units')} - (${change('returned_units')}),
            ${change('net_exact')} - (${change('returned_net_exact')}) WHERE 1
     ON CONFLICT ("product_id", "period") DO UPDATE SET ${add(RANK_COLUMNS)}`,
  ]);
}

/** Rows the deleted sales_product_days row OLD leaves with nothing in them (an order moved away), dropped as a rebuild would. */
const OLD_EMPTY_ROWS = PERIODS_OF('OLD."day"').flatMap((period) => [
  ...DIMENSIONS.map(
    (dimension) => `DELETE FROM "sales_${dimension}_periods" WHERE "store_id" = OLD."store_id" AND "period" = ${period}
       AND "${dimension}_id" = IFNULL((SELECT p."${dimension}_id" FROM "products" p WHERE p."id" = OLD."product_id"), 0)
       AND "units" = 0 AND "returned_units" = 0`,
  ),
  `DELETE FROM "sales_category_brands" WHERE "period" = ${period} AND ("category_id", "brand_id") =
     (SELECT IFNULL(p."category_id", 0), IFNULL(p."brand_id", 0) FROM "products" p WHERE p."id" = OLD."product_id")
     AND "units" = 0 AND "returned_units" = 0`,
  `DELETE FROM "sales_product_ranks" WHERE "period" = ${period} AND "product_id" = OLD."product_id" AND "units" = 0 AND "returned_units" = 0`,
]);

/**
 * The history of product NEW as rows `h` ("store_id", "period" and the measures): its days, or
 * its months. Found through the stores' days and the product's months, so a product without
 * sales costs a few hundred lookups and one with sales a lookup per store-day of the months it sold in.
 */
export const HISTORY_DAYS = `(SELECT DISTINCT "store_id", substr("day", 1, 7) AS "month" FROM "sales_store_days") sm
  JOIN "sales_product_months" m ON m."store_id" = sm."store_id" AND m."month" = sm."month" AND m."product_id" = NEW."id"
  JOIN "sales_store_days" s ON s."store_id" = m."store_id" AND s."day" BETWEEN m."month" || '-01' AND m."month" || '-31'
  JOIN "sales_product_days" h ON h."store_id" = s."store_id" AND h."day" = s."day" AND h."product_id" = NEW."id"`;
export const HISTORY_MONTHS = `(SELECT DISTINCT "store_id", substr("day", 1, 7) AS "month" FROM "sales_store_days") sm
  JOIN "sales_product_months" h ON h."store_id" = sm."store_id" AND h."month" = sm."month" AND h."product_id" = NEW."id"`;

/** Moves product NEW's history from its OLD dimension to its NEW one, at every period. */
function historyMoves(dimension: Dimension): string[] {
  const [day, block] = PERIODS_OF('h."day"');
  const sources = [
    { from: HISTORY_DAYS, period: day! },
    { from: HISTORY_DAYS, period: block! },
    { from: HISTORY_MONTHS, period: 'h."month"' },
  ];
  const table = `"sales_${dimension}_periods"`;
  const key = `"${dimension}_id"`;
  const sums = (sign: string) => LINE_MEASURE_COLUMNS.map((column) => `${sign}SUM(h."${column}")`).join(', ');
  return sources.flatMap(({ from, period }) => [
    `INSERT INTO ${table} ("store_id", "period", ${key}, ${COLUMNS})
     SELECT h."store_id", ${period}, IFNULL(OLD.${key}, 0), ${sums('-')} FROM ${from} WHERE 1 GROUP BY 1, 2
     ON CONFLICT ("store_id", "period", ${key}) DO UPDATE SET ${add(LINE_MEASURE_COLUMNS)}`,
    `DELETE FROM ${table} WHERE ${key} = IFNULL(OLD.${key}, 0) AND "units" = 0 AND "returned_units" = 0
       AND ("store_id", "period") IN (SELECT h."store_id", ${period} FROM ${from})`,
    `INSERT INTO ${table} ("store_id", "period", ${key}, ${COLUMNS})
     SELECT h."store_id", ${period}, IFNULL(NEW.${key}, 0), ${sums('')} FROM ${from} WHERE 1 GROUP BY 1, 2
     ON CONFLICT ("store_id", "period", ${key}) DO UPDATE SET ${add(LINE_MEASURE_COLUMNS)}`,
  ]);
}

/** Moves product NEW's history in sales_category_brands from its OLD category and brand to its NEW ones. */
function pairMoves(): string[] {
  const [day, block] = PERIODS_OF('h."day"');
  const sources = [
    { from: HISTORY_DAYS, period: day! },
    { from: HISTORY_DAYS, period: block! },
    { from: HISTORY_MONTHS, period: 'h."month"' },
  ];
  const key = (row: 'OLD' | 'NEW') => `IFNULL(${row}."category_id", 0), IFNULL(${row}."brand_id", 0)`;
  const sums = (sign: string) => LINE_MEASURE_COLUMNS.map((column) => `${sign}SUM(h."${column}")`).join(', ');
  const upsert = (row: 'OLD' | 'NEW', from: string, period: string, sign: string) =>
    `INSERT INTO "sales_category_brands" ("period", "category_id", "brand_id", ${COLUMNS})
     SELECT ${period}, ${key(row)}, ${sums(sign)} FROM ${from} WHERE 1 GROUP BY 1
     ON CONFLICT ("period", "category_id", "brand_id") DO UPDATE SET ${add(LINE_MEASURE_COLUMNS)}`;
  return sources.flatMap(({ from, period }) => [
    upsert('OLD', from, period, '-'),
    `DELETE FROM "sales_category_brands" WHERE ("category_id", "brand_id") = (${key('OLD')}) AND "units" = 0 AND "returned_units" = 0
       AND "period" IN (SELECT ${period} FROM ${from})`,
    upsert('NEW', from, period, ''),
  ]);
}

/**
 * What order `row` (OLD or NEW) gives its customer, as rows (day, customer_id, orders, returns,
 * spend): its total on the day it was placed when it is a sale (`isSale`, SQL), each return's
 * refund taken off on the day it was taken. `sign` '-' takes them out.
 */
export function customerRows(row: 'OLD' | 'NEW', isSale: string, sign: '' | '-'): string {
  const store = `${row}."store_id"`;
  return `(SELECT substr(${localHourOf(store, `${row}."placed_at"`)}, 1, 10) AS "day", ${row}."customer_id" AS "customer_id",
            ${sign}1 AS "orders", 0 AS "returns", ${sign}${row}."total_cents" AS "sales", ${sign}${row}."total_cents" AS "spend"
          WHERE ${row}."customer_id" IS NOT NULL AND ${isSale}
          UNION ALL
          SELECT substr(${localHourOf(store, 'r."created_at"')}, 1, 10), ${row}."customer_id", 0, ${sign}1, 0, ${sign === '-' ? '' : '-'}r."refund_cents"
          FROM "order_returns" r WHERE r."order_id" = ${row}."id" AND ${row}."customer_id" IS NOT NULL)`;
}

/** Upserts of customer rows `rows` (as customerRows gives) at every period. */
const customerUpserts = (rows: string) =>
  CUSTOMER_PERIODS_OF('c."day"').map(
    (
      period,
    ) => `INSERT INTO "sales_customer_ranks" ("period", "customer_id", "orders", "returns", "sales_cents", "spend_cents")
     SELECT ${period}, c."customer_id", SUM(c."orders"), SUM(c."returns"), SUM(c."sales"), SUM(c."spend") FROM ${rows} c WHERE 1 GROUP BY 1, 2
     ON CONFLICT ("customer_id", "period") DO UPDATE SET ${add(['orders', 'returns', 'sales_cents', 'spend_cents'])}`,
  );

const customerEmptyRows = (rows: string) =>
  CUSTOMER_PERIODS_OF('c."day"').map(
    (period) => `DELETE FROM "sales_customer_ranks" WHERE "orders" = 0 AND "returns" = 0
       AND ("period", "customer_id") IN (SELECT ${period}, c."customer_id" FROM ${rows} c)`,
  );

export const WAS_SALE = `(OLD."status" ${SALE} OR (OLD."status" = 'cancelled' AND EXISTS (SELECT 1 FROM "order_returns" x WHERE x."order_id" = OLD."id")))`;
/** A paid order cancelled stays a sale of its day, whether its return is written before or after the cancellation (rule 4). */
export const IS_SALE = `(NEW."status" ${SALE} OR (NEW."status" = 'cancelled' AND (OLD."status" ${SALE}
  OR EXISTS (SELECT 1 FROM "order_returns" x WHERE x."order_id" = NEW."id"))))`;

const body = (statements: readonly string[]) => `BEGIN\n     ${statements.join(';\n     ')};\n   END`;

/** The triggers that follow sales_product_days and the catalog: category, brand, pair and product periods. */
export const productTriggerStatements = [
  `CREATE TRIGGER "trg_sales_product_days_grains_insert" AFTER INSERT ON "sales_product_days"
   ${body(productDayUpserts('NEW."store_id"', 'NEW."day"', 'NEW."product_id"', (column) => `NEW."${column}"`))}`,
  `CREATE TRIGGER "trg_sales_product_days_grains_update" AFTER UPDATE ON "sales_product_days"
   ${body(
     productDayUpserts(
       'NEW."store_id"',
       'NEW."day"',
       'NEW."product_id"',
       (column) => `(NEW."${column}" - OLD."${column}")`,
     ),
   )}`,
  `CREATE TRIGGER "trg_sales_product_days_grains_delete" AFTER DELETE ON "sales_product_days"
   ${body([
     ...productDayUpserts('OLD."store_id"', 'OLD."day"', 'OLD."product_id"', (column) => `-OLD."${column}"`),
     ...OLD_EMPTY_ROWS,
   ])}`,
  ...DIMENSIONS.map(
    (
      dimension,
    ) => `CREATE TRIGGER "trg_products_sales_${dimension}_periods" AFTER UPDATE OF "${dimension}_id" ON "products"
   WHEN OLD."${dimension}_id" IS NOT NEW."${dimension}_id"
   ${body(historyMoves(dimension))}`,
  ),
  `CREATE TRIGGER "trg_products_sales_category_brands" AFTER UPDATE OF "category_id", "brand_id" ON "products"
   WHEN OLD."category_id" IS NOT NEW."category_id" OR OLD."brand_id" IS NOT NEW."brand_id"
   ${body(pairMoves())}`,
];

/** The triggers that keep sales_customer_ranks from the orders and returns (dropped by migration 0024). */
export const customerTriggerStatements = [
  `CREATE TRIGGER "trg_orders_sales_customer_ranks_insert" AFTER INSERT ON "orders"
   WHEN NEW."customer_id" IS NOT NULL AND NEW."status" ${SALE}
   ${body(customerUpserts(customerRows('NEW', '1', '')))}`,
  `CREATE TRIGGER "trg_orders_sales_customer_ranks_update" AFTER UPDATE OF "status", "customer_id", "store_id", "placed_at", "total_cents" ON "orders"
   WHEN OLD."status" <> NEW."status" OR OLD."customer_id" IS NOT NEW."customer_id" OR OLD."store_id" <> NEW."store_id"
     OR OLD."placed_at" <> NEW."placed_at" OR OLD."total_cents" <> NEW."total_cents"
   ${body([
     ...customerUpserts(customerRows('OLD', WAS_SALE, '-')),
     ...customerEmptyRows(customerRows('OLD', WAS_SALE, '-')),
     ...customerUpserts(customerRows('NEW', IS_SALE, '')),
   ])}`,
  `CREATE TRIGGER "trg_order_returns_sales_customer_ranks" AFTER INSERT ON "order_returns"
   ${body(
     customerUpserts(`(SELECT substr(${localHourOf('o."store_id"', 'NEW."created_at"')}, 1, 10) AS "day", o."customer_id" AS "customer_id",
        0 AS "orders", 1 AS "returns", 0 AS "sales", -NEW."refund_cents" AS "spend"
      FROM "orders" o WHERE o."id" = NEW."order_id" AND o."customer_id" IS NOT NULL)`),
   )}`,
];

export const triggerStatements = [...productTriggerStatements, ...customerTriggerStatements];

const namesOf = (statements: readonly string[]) =>
  statements.map((statement) => /CREATE TRIGGER "([^"]+)"/.exec(statement)![1]!);

/** The triggers' names, so a rebuild can set them aside while it recomputes everything at once. */
export const productTriggerNames = namesOf(productTriggerStatements);
export const customerTriggerNames = namesOf(customerTriggerStatements);
