import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rebuildStatements } from './rebuild';
import { indexStatement, tableStatement } from './tables';
import { triggerStatements } from './triggers';

/**
 * Customers' trade kept per store as well (docs/analytics.md), so top customers of some stores
 * read each store's periods best first instead of those stores' orders. Built from the orders,
 * then kept by triggers.
 */
export class StoreCustomerRanks1765250000000 implements MigrationInterface {
  name = 'StoreCustomerRanks1765250000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [tableStatement, ...rebuildStatements(null), indexStatement, ...triggerStatements]) {
      await queryRunner.query(statement);
    }
  }

  async down(): Promise<void> {
    throw new Error('Migrations only move forward; restore a backup instead.');
  }
}
