import type { MigrationInterface, QueryRunner } from 'typeorm';
import { customerTotalsStatements } from './customer-totals';
import { saleLinesStatements } from './sale-lines';

/**
 * Stores get a time zone, so every day is the store's own. The new column defaults to UTC (the
 * computer's zone cannot be known in SQL); the app sets it at first run, and an admin changes
 * it with stores.setTimeZone.
 */
const storeZone = [
  `ALTER TABLE "stores" ADD COLUMN "time_zone" text NOT NULL DEFAULT ('UTC')
     CONSTRAINT "CHK_stores_time_zone" CHECK (length(trim("time_zone")) > 0)`,
];

/** End of day counts the cancellations of a day from the orders' timelines. */
const cancellations = [
  `CREATE INDEX "IDX_order_status_changes_to" ON "order_status_changes" ("to_status", "changed_at")`,
];

/**
 * The low rows of a store carry what ranks them (stock on hand and the reorder point in force),
 * so lowStock.list ranks every low product from the index alone and reads product rows only for
 * the page it shows. Same name, same condition, a prefix the catalog's low-stock filter still uses.
 */
const lowStockCover = [
  `DROP INDEX "IDX_stock_levels_low"`,
  `CREATE INDEX "IDX_stock_levels_low" ON "stock_levels" ("store_id", "product_id", "on_hand", "effective_reorder_point")
     WHERE "on_hand" <= "effective_reorder_point" AND "effective_reorder_point" > 0`,
];

/**
 * Stores' time zones, and the figures read most often kept by the sale definition of
 * shared/sales.ts in the writing transaction: each customer's lifetime totals, and the lines
 * of sales by store, product and time for sales velocity.
 */
export class StoreLocalSales1764400000000 implements MigrationInterface {
  name = 'StoreLocalSales1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      ...storeZone,
      ...cancellations,
      ...lowStockCover,
      ...customerTotalsStatements,
      ...saleLinesStatements,
    ]) {
      await queryRunner.query(statement);
    }
  }

  async down(): Promise<void> {
    throw new Error('Migrations only move forward; restore a backup instead.');
  }
}
