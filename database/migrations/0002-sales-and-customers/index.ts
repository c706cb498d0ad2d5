import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ruleStatements } from './rules';
import { indexes, tables } from './tables';

/** Returns and refunds, store credit, order timelines, discount approvals, customer interactions and segments. */
export class SalesAndCustomers1764100000000 implements MigrationInterface {
  name = 'SalesAndCustomers1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [...tables, ...indexes, ...ruleStatements]) await queryRunner.query(statement);
  }

  async down(): Promise<void> {
    throw new Error('Migrations only move forward; restore a backup instead.');
  }
}
