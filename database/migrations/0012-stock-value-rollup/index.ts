import type { MigrationInterface, QueryRunner } from 'typeorm';
import { triggerStatements } from './triggers';

/** One row per store and pair of category and brand (0 for none), so every filter of the dashboard reads a few thousand rows. */
const tableStatement = `CREATE TABLE "stock_value_groups" ("store_id" integer NOT NULL, "category_id" integer NOT NULL, "brand_id" integer NOT NULL, "units" integer NOT NULL DEFAULT (0), "value_cents" integer NOT NULL DEFAULT (0), PRIMARY KEY ("store_id", "category_id", "brand_id")) WITHOUT ROWID`;

/** Stock on hand now by store, category and brand, at each product's cost now: what the triggers keep. */
export const STOCK_VALUE_GROUPS_SQL = `SELECT sl."store_id", IFNULL(p."category_id", 0) AS "category_id", IFNULL(p."brand_id", 0) AS "brand_id",
         SUM(sl."on_hand") AS "units", SUM(sl."on_hand" * p."cost_cents") AS "value_cents"
  FROM "stock_levels" sl JOIN "products" p ON p."id" = sl."product_id"
  WHERE sl."on_hand" > 0
  GROUP BY 1, 2, 3`;

/**
 * Stock value by category without a pass over every stock level (docs/analytics.md): a small
 * rollup of units on hand and their value at cost by store, category and brand, built from the
 * stock levels and kept by triggers from then on.
 */
export class StockValueRollup1765100000000 implements MigrationInterface {
  name = 'StockValueRollup1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const backfill = `INSERT INTO "stock_value_groups" ("store_id", "category_id", "brand_id", "units", "value_cents") ${STOCK_VALUE_GROUPS_SQL}`;
    for (const statement of [tableStatement, backfill, ...triggerStatements]) await queryRunner.query(statement);
  }

  async down(): Promise<void> {
    throw new Error('Migrations only move forward; restore a backup instead.');
  }
}
