import type { MigrationInterface, QueryRunner } from 'typeorm';
import { PERIODS_OF, PERIOD_CHECK, blockOf } from '../0011-sales-rollup-grains/periods';
import { LINE_MEASURE_COLUMNS } from '../0011-sales-rollup-grains/tables';
import { HISTORY_DAYS, HISTORY_MONTHS } from '../0011-sales-rollup-grains/triggers';

const TABLE = '"sales_store_category_brands"';
const COLUMNS = LINE_MEASURE_COLUMNS.map((column) => `"${column}"`).join(', ');
const MEASURES = LINE_MEASURE_COLUMNS.map((column) => `"${column}" integer NOT NULL DEFAULT (0)`).join(', ');
const ADD = LINE_MEASURE_COLUMNS.map((column) => `"${column}" = "${column}" + excluded."${column}"`).join(', ');
const KEY = '("store_id", "period", "brand_id", "category_id")';
const INTO = `INSERT INTO ${TABLE} ("store_id", "period", "brand_id", "category_id", ${COLUMNS})`;
const PAIR = (product: string) => `IFNULL(${product}."brand_id", 0), IFNULL(${product}."category_id", 0)`;

/**
 * Keyed by brand before category: a question names one brand and a category subtree, so each
 * store and period is one seek to the brand and a short range over its categories.
 */
export const tableStatement = `CREATE TABLE ${TABLE} ("store_id" integer NOT NULL, "period" text NOT NULL, "brand_id" integer NOT NULL, "category_id" integer NOT NULL, ${MEASURES}, ${PERIOD_CHECK('sales_store_category_brands')}, PRIMARY KEY ${KEY}) WITHOUT ROWID`;

/** The backfill, and a rebuild's: days and months from the products' own, blocks from the days just written. */
export const rebuildStatements = (store: number | null) => {
  if (store !== null && !Number.isSafeInteger(store)) throw new RangeError(`Not a store id: ${store}`);
  const of = (alias: string) => (store === null ? '1' : `${alias}."store_id" = ${store}`);
  const sums = LINE_MEASURE_COLUMNS.map((column) => `SUM(d."${column}")`).join(', ');
  return [
    `DELETE FROM ${TABLE} WHERE ${of(TABLE)}`,
    `${INTO} SELECT d."store_id", d."day", ${PAIR('p')}, ${sums}
     FROM "sales_product_days" d JOIN "products" p ON p."id" = d."product_id" WHERE ${of('d')} GROUP BY 1, 2, 3, 4`,
    `${INTO} SELECT d."store_id", ${blockOf('d."period"')}, d."brand_id", d."category_id", ${sums}
     FROM ${TABLE} d WHERE ${of('d')} AND length(d."period") = 10 GROUP BY 1, 2, 3, 4`,
    `${INTO} SELECT d."store_id", d."month", ${PAIR('p')}, ${sums}
     FROM "sales_product_months" d JOIN "products" p ON p."id" = d."product_id" WHERE ${of('d')} GROUP BY 1, 2, 3, 4`,
  ];
};

/** Adds `change(column)` of a sales_product_days row (`row`) to its store's day, block and month. */
const upserts = (row: 'NEW' | 'OLD', change: (column: string) => string) =>
  PERIODS_OF(`${row}."day"`).map(
    (
      period,
    ) => `${INTO} SELECT ${row}."store_id", ${period}, ${PAIR('p')}, ${LINE_MEASURE_COLUMNS.map(change).join(', ')}
     FROM "products" p WHERE p."id" = ${row}."product_id"
     ON CONFLICT ${KEY} DO UPDATE SET ${ADD}`,
  );

/** Rows the deleted sales_product_days row OLD leaves with nothing in them (an order moved away), dropped as a rebuild would. */
const oldEmptyRows = PERIODS_OF('OLD."day"').map(
  (period) => `DELETE FROM ${TABLE} WHERE "store_id" = OLD."store_id" AND "period" = ${period}
     AND ("brand_id", "category_id") = (SELECT ${PAIR('p')} FROM "products" p WHERE p."id" = OLD."product_id")
     AND "units" = 0 AND "returned_units" = 0`,
);

/** Moves product NEW's history, store by store, from its OLD category and brand to its NEW ones. */
function historyMoves(): string[] {
  const [day, block] = PERIODS_OF('h."day"');
  const sources = [
    { from: HISTORY_DAYS, period: day! },
    { from: HISTORY_DAYS, period: block! },
    { from: HISTORY_MONTHS, period: 'h."month"' },
  ];
  const sums = (sign: string) => LINE_MEASURE_COLUMNS.map((column) => `${sign}SUM(h."${column}")`).join(', ');
  const upsert = (row: 'OLD' | 'NEW', from: string, period: string, sign: string) =>
    `${INTO} SELECT h."store_id", ${period}, ${PAIR(row)}, ${sums(sign)} FROM ${from} WHERE 1 GROUP BY 1, 2
     ON CONFLICT ${KEY} DO UPDATE SET ${ADD}`;
  return sources.flatMap(({ from, period }) => [
    upsert('OLD', from, period, '-'),
    `DELETE FROM ${TABLE} WHERE ("brand_id", "category_id") = (${PAIR('OLD')}) AND "units" = 0 AND "returned_units" = 0
       AND ("store_id", "period") IN (SELECT h."store_id", ${period} FROM ${from})`,
    upsert('NEW', from, period, ''),
  ]);
}

const body = (statements: readonly string[]) => `BEGIN\n     ${statements.join(';\n     ')};\n   END`;

/**
 * The pairs follow sales_product_days row by row, so they keep every rule migration 0010 keeps
 * (sales, returns, paid pending orders, orders moved) with none of their own; a product moved to
 * another category or brand takes its history with it, as in migration 0011.
 */
export const triggerStatements = [
  `CREATE TRIGGER "trg_sales_product_days_store_pairs_insert" AFTER INSERT ON "sales_product_days"
   ${body(upserts('NEW', (column) => `NEW."${column}"`))}`,
  `CREATE TRIGGER "trg_sales_product_days_store_pairs_update" AFTER UPDATE ON "sales_product_days"
   ${body(upserts('NEW', (column) => `NEW."${column}" - OLD."${column}"`))}`,
  `CREATE TRIGGER "trg_sales_product_days_store_pairs_delete" AFTER DELETE ON "sales_product_days"
   ${body([...upserts('OLD', (column) => `-OLD."${column}"`), ...oldEmptyRows])}`,
  `CREATE TRIGGER "trg_products_sales_store_category_brands" AFTER UPDATE OF "category_id", "brand_id" ON "products"
   WHEN OLD."category_id" IS NOT NEW."category_id" OR OLD."brand_id" IS NOT NEW."brand_id"
   ${body(historyMoves())}`,
];

/** The triggers' names, so a rebuild can set them aside while it recomputes everything at once. */
export const triggerNames = triggerStatements.map((statement) => /CREATE TRIGGER "([^"]+)"/.exec(statement)![1]!);

/**
 * Trade by store × period × brand × category (docs/analytics.md), for questions that name a
 * category and a brand together and ask by store or of some stores: read a few periods of each
 * store instead of every product's rows.
 */
export class StoreCategoryBrands1765650000000 implements MigrationInterface {
  name = 'StoreCategoryBrands1765650000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [tableStatement, ...rebuildStatements(null), ...triggerStatements]) {
      await queryRunner.query(statement);
    }
  }

  async down(): Promise<void> {
    throw new Error('Migrations only move forward; restore a backup instead.');
  }
}
