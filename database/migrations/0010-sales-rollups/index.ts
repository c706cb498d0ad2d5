import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rebuildStatements } from './rebuild';
import { lineCostStatements, tableStatements } from './tables';
import { triggerStatements } from './triggers';
import { utcOffsetTransitions } from './utc-offsets';

/**
 * Lines sold before this migration get the cost their sale recorded in the stock ledger, or the
 * product's cost today where the sale wrote no movement (imported history).
 */
const lineCostBackfill = `UPDATE "order_lines" SET "unit_cost_cents" = IFNULL(
   (SELECT m."unit_cost_cents" FROM "stock_movements" m
    WHERE m."order_id" = "order_lines"."order_id" AND m."product_id" = "order_lines"."product_id" AND m."kind" = 'sale'
    ORDER BY m."id" LIMIT 1),
   IFNULL((SELECT p."cost_cents" FROM "products" p WHERE p."id" = "order_lines"."product_id"), 0))`;

/**
 * Daily rollups of trade for the manager dashboards (docs/analytics.md), kept exact by triggers
 * in every writing transaction, and each store's UTC offsets so those triggers can read its
 * local days. The existing stores get their offsets and the rollups are built from the orders.
 */
export class SalesRollups1764900000000 implements MigrationInterface {
  name = 'SalesRollups1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [...lineCostStatements, lineCostBackfill, ...tableStatements]) {
      await queryRunner.query(statement);
    }
    const stores = (await queryRunner.query('SELECT "id", "time_zone" AS "zone" FROM "stores"')) as {
      id: number;
      zone: string;
    }[];
    for (const store of stores) {
      for (const { fromAt, offsetSeconds } of utcOffsetTransitions(store.zone)) {
        await queryRunner.query(
          'INSERT INTO "store_utc_offsets" ("store_id", "from_at", "offset_seconds") VALUES (?, ?, ?)',
          [store.id, fromAt, offsetSeconds],
        );
      }
    }
    for (const statement of [...rebuildStatements(null), ...triggerStatements]) await queryRunner.query(statement);
  }

  async down(): Promise<void> {
    throw new Error('Migrations only move forward; restore a backup instead.');
  }
}
