import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * sales_store_customer_day_versions: a version per store and local day, raised whenever that
 * day's customer rows in sales_store_customer_ranks change (a sale, a return, a cancellation, a
 * customer merge, a rebuild), so a reader that keeps those rows in memory (analytics'
 * customer-days.ts) reloads only the days that changed since it last looked. Versions come from
 * one sequence (the highest so far, plus one), so "what changed since version v" is one range of
 * the version index. The day rows themselves get an index of their own, store and day first with
 * every figure the reader keeps, so it reads them in order from the index alone.
 */
export const tableStatements = [
  `CREATE INDEX "IDX_sales_store_customer_ranks_days" ON "sales_store_customer_ranks" ("store_id", "period", "customer_id", "orders", "spend_cents") WHERE length("period") = 10`,
  `CREATE TABLE "sales_store_customer_day_versions" ("store_id" integer NOT NULL, "day" text NOT NULL, "version" integer NOT NULL, CONSTRAINT "CHK_sales_store_customer_day_versions_day" CHECK (length("day") = 10), CONSTRAINT "CHK_sales_store_customer_day_versions_version" CHECK ("version" > 0), PRIMARY KEY ("store_id", "day")) WITHOUT ROWID`,
  `CREATE INDEX "IDX_sales_store_customer_day_versions_version" ON "sales_store_customer_day_versions" ("version")`,
];

const NEXT = `(SELECT COALESCE(MAX("version"), 0) + 1 FROM "sales_store_customer_day_versions")`;

/** Raises the version of the day of ranks row `row`, when it is a day's row (not a block, month, quarter or year). */
const raise = (row: 'NEW' | 'OLD') =>
  `INSERT INTO "sales_store_customer_day_versions" ("store_id", "day", "version") VALUES (${row}."store_id", ${row}."period", ${NEXT})
   ON CONFLICT ("store_id", "day") DO UPDATE SET "version" = excluded."version"`;

export const triggerStatements = [
  `CREATE TRIGGER "trg_sales_store_customer_ranks_day_version_insert" AFTER INSERT ON "sales_store_customer_ranks"
   WHEN length(NEW."period") = 10 BEGIN ${raise('NEW')}; END`,
  `CREATE TRIGGER "trg_sales_store_customer_ranks_day_version_update" AFTER UPDATE ON "sales_store_customer_ranks"
   WHEN length(NEW."period") = 10 BEGIN ${raise('NEW')}; END`,
  `CREATE TRIGGER "trg_sales_store_customer_ranks_day_version_delete" AFTER DELETE ON "sales_store_customer_ranks"
   WHEN length(OLD."period") = 10 BEGIN ${raise('OLD')}; END`,
];

/** The triggers' names, so a rebuild can set them aside and raise every day it rewrote at once (raiseStatements). */
export const triggerNames = triggerStatements.map((statement) => /CREATE TRIGGER "([^"]+)"/.exec(statement)![1]!);

/**
 * Every day of every store, or of one, raised to one new version: the backfill, and a rebuild's,
 * which rewrites those days wholesale (days it emptied keep a row, raised, so readers drop them).
 */
export const raiseStatements = (store: number | null) => {
  if (store !== null && !Number.isSafeInteger(store)) throw new RangeError(`Not a store id: ${store}`);
  const of = store === null ? '1' : `"store_id" = ${store}`;
  return [
    `UPDATE "sales_store_customer_day_versions" SET "version" = ${NEXT} WHERE ${of}`,
    `INSERT INTO "sales_store_customer_day_versions" ("store_id", "day", "version")
     SELECT DISTINCT "store_id", "period", ${NEXT} FROM "sales_store_customer_ranks" WHERE ${of} AND length("period") = 10
     ON CONFLICT ("store_id", "day") DO NOTHING`,
  ];
};

export class CustomerDayVersions1765800000000 implements MigrationInterface {
  name = 'CustomerDayVersions1765800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [...tableStatements, ...raiseStatements(null), ...triggerStatements]) {
      await queryRunner.query(statement);
    }
  }

  async down(): Promise<void> {
    throw new Error('Migrations only move forward; restore a backup instead.');
  }
}
