import type { MigrationInterface, QueryRunner } from 'typeorm';

const MEASURES = ['sale_orders', 'units', 'net_exact'] as const;
const COLUMNS = MEASURES.map((column) => `"${column}"`).join(', ');
const ADD = MEASURES.map((column) => `"${column}" = "${column}" + excluded."${column}"`).join(', ');

/** Adds `change(column)` of a sales_store_hours row of store `store`, day `day`, hour `hour` to its month. */
const upsert = (row: 'NEW' | 'OLD', change: (column: string) => string) =>
  `INSERT INTO "sales_store_hour_months" ("store_id", "month", "hour", ${COLUMNS})
   SELECT ${row}."store_id", substr(${row}."day", 1, 7), ${row}."hour", ${MEASURES.map(change).join(', ')} WHERE 1
   ON CONFLICT ("store_id", "month", "hour") DO UPDATE SET ${ADD}`;

export const tableStatement = `CREATE TABLE "sales_store_hour_months" ("store_id" integer NOT NULL, "month" text NOT NULL, "hour" integer NOT NULL, "sale_orders" integer NOT NULL DEFAULT (0), "units" integer NOT NULL DEFAULT (0), "net_exact" integer NOT NULL DEFAULT (0), CONSTRAINT "CHK_sales_store_hour_months_month" CHECK (length("month") = 7), CONSTRAINT "CHK_sales_store_hour_months_hour" CHECK ("hour" BETWEEN 0 AND 23), PRIMARY KEY ("store_id", "month", "hour")) WITHOUT ROWID`;

/** The backfill, and a rebuild's: months added up from the hours of their days. */
export const rebuildStatements = (store: number | null) => {
  if (store !== null && !Number.isSafeInteger(store)) throw new RangeError(`Not a store id: ${store}`);
  const of = store === null ? '1' : `"store_id" = ${store}`;
  return [
    `DELETE FROM "sales_store_hour_months" WHERE ${of}`,
    `INSERT INTO "sales_store_hour_months" ("store_id", "month", "hour", ${COLUMNS})
     SELECT "store_id", substr("day", 1, 7), "hour", ${MEASURES.map((column) => `SUM("${column}")`).join(', ')}
     FROM "sales_store_hours" WHERE ${of} GROUP BY 1, 2, 3`,
  ];
};

/**
 * Each month's hours follow its days' hours row by row, so they keep every rule sales_store_hours
 * keeps (migration 0010) with none of their own; a month a moved order leaves empty is dropped.
 */
export const triggerStatements = [
  `CREATE TRIGGER "trg_sales_store_hours_months_insert" AFTER INSERT ON "sales_store_hours"
   BEGIN ${upsert('NEW', (column) => `NEW."${column}"`)}; END`,
  `CREATE TRIGGER "trg_sales_store_hours_months_update" AFTER UPDATE ON "sales_store_hours"
   BEGIN ${upsert('NEW', (column) => `NEW."${column}" - OLD."${column}"`)}; END`,
  `CREATE TRIGGER "trg_sales_store_hours_months_delete" AFTER DELETE ON "sales_store_hours"
   BEGIN ${upsert('OLD', (column) => `-OLD."${column}"`)};
     DELETE FROM "sales_store_hour_months" WHERE "store_id" = OLD."store_id" AND "month" = substr(OLD."day", 1, 7)
       AND "hour" = OLD."hour" AND "sale_orders" = 0 AND "units" = 0 AND "net_exact" = 0; END`,
];

/**
 * Sales by hour of the day kept by store and month as well (docs/analytics.md), so the hour
 * chart reads a range's whole months a row per store, month and hour, and only the days at
 * either end by day.
 */
export class StoreHourMonths1765600000000 implements MigrationInterface {
  name = 'StoreHourMonths1765600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [tableStatement, ...rebuildStatements(null), ...triggerStatements]) {
      await queryRunner.query(statement);
    }
  }

  async down(): Promise<void> {
    throw new Error('Migrations only move forward; restore a backup instead.');
  }
}

/** The triggers' names, so a rebuild can set them aside while it recomputes everything at once. */
export const triggerNames = triggerStatements.map((statement) => /CREATE TRIGGER "([^"]+)"/.exec(statement)![1]!);
