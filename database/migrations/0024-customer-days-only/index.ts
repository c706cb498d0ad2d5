import type { MigrationInterface, QueryRunner } from 'typeorm';
import { customerTriggerNames } from '../0011-sales-rollup-grains/triggers';
import {
  storeCustomerTriggers,
  triggerNames as storeCustomerTriggerNames,
} from '../0014-store-customer-ranks/triggers';
import {
  tableStatements as dayIndexStatements,
  triggerStatements as dayVersionTriggers,
} from '../0021-customer-day-versions';

/** The table as it is from now on, under a name of its own until the old one is gone. */
const createTable = (name: string) =>
  `CREATE TABLE "${name}" ("store_id" integer NOT NULL, "period" text NOT NULL, "customer_id" integer NOT NULL, "orders" integer NOT NULL DEFAULT (0), "returns" integer NOT NULL DEFAULT (0), "sales_cents" integer NOT NULL DEFAULT (0), "spend_cents" integer NOT NULL DEFAULT (0), CONSTRAINT "CHK_sales_store_customer_ranks_period" CHECK (length("period") = 10), PRIMARY KEY ("store_id", "customer_id", "period")) WITHOUT ROWID`;
const COLUMNS = '"store_id", "period", "customer_id", "orders", "returns", "sales_cents", "spend_cents"';

/** Migration 0021's index of the day rows, which goes with the table it is on. */
const dayIndex = dayIndexStatements.find((statement) =>
  statement.startsWith('CREATE INDEX "IDX_sales_store_customer_ranks_days"'),
)!;

/**
 * Top customers add up each store's days in memory (docs/analytics.md), so the customer rows
 * kept for reading best first are dropped: sales_customer_ranks (every store, at every period)
 * with its triggers, and the blocks, months, quarters and years of sales_store_customer_ranks,
 * which is rebuilt with its day rows only (a CHECK now keeps it to days) and kept by triggers
 * that write the day alone. Its day rows, their index and their versions (migration 0021) stay
 * as they were, so readers reload nothing.
 */
export const statements = [
  ...[...customerTriggerNames, ...storeCustomerTriggerNames].map((name) => `DROP TRIGGER "${name}"`),
  `DROP TABLE "sales_customer_ranks"`,
  createTable('sales_store_customer_days'),
  `INSERT INTO "sales_store_customer_days" (${COLUMNS}) SELECT ${COLUMNS} FROM "sales_store_customer_ranks" WHERE length("period") = 10`,
  `DROP TABLE "sales_store_customer_ranks"`,
  `ALTER TABLE "sales_store_customer_days" RENAME TO "sales_store_customer_ranks"`,
  dayIndex,
  ...dayVersionTriggers,
  ...storeCustomerTriggers((day) => [day]),
];

export class CustomerDaysOnly1766100000000 implements MigrationInterface {
  name = 'CustomerDaysOnly1766100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(): Promise<void> {
    throw new Error('Migrations only move forward; restore a backup instead.');
  }
}
